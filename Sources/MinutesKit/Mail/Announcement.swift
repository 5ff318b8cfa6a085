/// `minutes announce`: the topic of a meeting that is over, as a plain-text
/// mail to the list, with who reported and the open actions before the
/// minutes themselves. Refused while `lint --final` finds errors.
public struct Announcement: Sendable {
  /// The message, or nil when the topic is not ready.
  public var message: MailMessage?
  /// What `lint --final` found at error level; non-empty means refused.
  public var refusals: [Finding]

  public static func make(
    topic: Topic, roster: Roster, mail: MailSettings, list: MailAddress, today: MeetingDate,
    stamp: MailStamp, recentReports: RecentReports = RecentReports()
  ) -> Announcement {
    let date = LintContext.meetingDate(ofTopicAt: topic.path, roster: roster) ?? today
    // The page as `lint --final` checks it: a group quiet for weeks does not
    // hold the minutes back.
    let context = LintContext(
      topic: topic, rosters: DatedRosters(roster), isFinal: true, today: date,
      recentReports: recentReports)
    let errors = Linter().lint(context).filter { $0.severity == .error }
    guard errors.isEmpty else { return Announcement(message: nil, refusals: errors) }
    let name = LintContext.topicName(ofFileAt: topic.path)
    let inline = PlainTextInline(viewURL: mail.viewURL, web: roster.meeting.web, topic: name)
    var body: [String] = []
    body.append("\(roster.meeting.title), \(ReminderMessage.longDate(date))")
    body.append("The minutes on the wiki: \(mail.links(web: roster.meeting.web, topic: name).view)")
    body.append("")
    body += summary(context: context, roster: roster)
    body.append("")
    body += openActions(topic: topic, date: date, roster: roster, inline: inline)
    body.append("")
    body.append(String(repeating: "=", count: TextWrap.width))
    body.append("")
    body.append(PlainTextTopic.render(topic, inline: inline))
    let message = MailMessage(
      from: mail.from, to: [list], replyTo: mail.replyTo,
      subject: "[\(roster.meeting.title)] Minutes of \(ReminderMessage.longDate(date))",
      body: body.joined(separator: "\n"), date: stamp.time,
      messageID: stamp.messageID(about: name, domain: mail.from.domain))
    return Announcement(message: message, refusals: [])
  }

  /// `Reported: CMS (Burt), ...`, then the groups without a report and
  /// those not reporting this week, each as lint and `history` judge it.
  static func summary(context: LintContext, roster: Roster) -> [String] {
    var reported: [String] = []
    var silent: [String] = []
    var absent: [String] = []
    // The lint context's roster is the meeting's day: its groups, names and owners.
    for group in context.roster.groups {
      let who = "\(group.name) (\(group.ownerList))"
      switch MeetingHistory.status(of: group, in: context) {
      case .reported: reported.append(who)
      case .empty, .missing, .notHeld: silent.append(who)
      case .away: absent.append("\(group.name) (away)")
      case .notDue: absent.append("\(group.name) (not due)")
      case .noNews: absent.append("\(group.name) (no news)")
      case .noGroup: continue
      }
    }
    var lines: [String] = []
    let none = ["none"]
    lines += TextWrap.wrap(
      "Reported: " + (reported.isEmpty ? none : reported).joined(separator: ", "), rest: "  ")
    if !silent.isEmpty {
      lines += TextWrap.wrap("No report: " + silent.joined(separator: ", "), rest: "  ")
    }
    if !absent.isEmpty {
      lines += TextWrap.wrap(
        "Not reporting this week: " + absent.joined(separator: ", "), rest: "  ")
    }
    return lines
  }

  /// The open items and actions `minutes new` would carry to next week.
  static func openActions(
    topic: Topic, date: MeetingDate, roster: Roster, inline: PlainTextInline
  ) -> [String] {
    let items = OpenItems.find(in: topic, date: date, roster: roster).filter {
      $0.kind != .rollover
    }
    guard !items.isEmpty else { return ["Open actions: none"] }
    var lines = ["Open actions:"]
    for item in items {
      var first = item.lines.first.map { inline.render(itemText($0)) } ?? ""
      guard !first.isEmpty else { continue }
      if let section = item.section,
        !roster.carrySectionKeys.contains(nameKey(section))
      {
        first += " [\(section)]"
      }
      lines += TextWrap.wrap(first, first: "  - ", rest: "    ")
    }
    return lines
  }

  /// An item's line without its list marker.
  static func itemText(_ line: String) -> String {
    switch LineClassifier.kind(of: line) {
    case .bullet(let item), .numbered(let item), .definition(_, let item): item.text
    default: line
    }
  }
}
