/// A check over a topic. Each rule lives in its own file under `Lint/Rules/`
/// and carries examples that show, and test, what it finds.
public protocol LintRule: Sendable {
  /// Kebab-case, stable: used in output, in `lint:` settings and in
  /// `<!-- minutes-lint disable=ID -->` comments.
  var id: String { get }
  /// One line: what the rule finds.
  var description: String { get }
  /// The severity of its findings unless the roster's `lint:` section says
  /// otherwise (some rules raise it under `--final`).
  var severity: Severity { get }
  /// Topics that trigger the rule (marked where) and topics that do not.
  var examples: [RuleExample] { get }

  /// Whether its findings concern the page as a whole rather than one
  /// group's section; `--group` leaves those out.
  var isTopicWide: Bool { get }

  /// Whether its findings concern the file's bytes rather than its text
  /// (`encoding`): `--group` keeps them, whatever section they fall in.
  var isAboutTheFile: Bool { get }

  func check(_ context: LintContext) -> [Finding]
}

extension LintRule {
  public var isTopicWide: Bool { false }
  public var isAboutTheFile: Bool { false }

  /// A finding of this rule at a 1-based line and byte column.
  public func finding(
    _ message: String, line: Int, column: Int, in context: LintContext,
    severity: Severity? = nil, group: String? = nil
  ) -> Finding {
    Finding(
      rule: id, severity: severity ?? self.severity, message: message,
      location: context.topic.location(line: line, column: column), group: group)
  }
}

/// A topic snippet that shows what a rule finds.
///
/// Markers in the text — `1️⃣`, `2️⃣`, … as swift-format's tests write them —
/// stand where a finding is expected, at the byte column of the character
/// that follows the marker; they are stripped before the topic is checked. An
/// example without markers must not trigger the rule.
public struct RuleExample: Sendable {
  /// The snippet with its markers.
  public var markedText: String
  public var roster: Roster
  /// `--group NAME`, when the example is about that mode.
  public var group: String?
  public var isFinal: Bool
  /// The topic's file name (the meeting date is read from it).
  public var path: String
  /// The page of the previous meeting, a week before, when the example is
  /// about what the page did then (``RecentReports``).
  public var previous: String?
  /// The snippet as the rule sees it.
  public let text: String
  /// Where findings are expected, in marker order: 1-based line and byte column.
  public let expectedPositions: [(line: Int, column: Int)]

  public init(
    _ markedText: String, roster: Roster = .example, group: String? = nil, isFinal: Bool = false,
    path: String = "Mar22,2011ProductionMeeting.txt", previous: String? = nil
  ) {
    self.markedText = markedText
    self.roster = roster
    self.group = group
    self.isFinal = isFinal
    self.path = path
    self.previous = previous
    (text, expectedPositions) = RuleExample.stripMarkers(markedText)
  }

  public var triggers: Bool { !expectedPositions.isEmpty }

  /// The topic and context the example describes, dated the day of the
  /// meeting, with the previous page recorded as the meeting a week before.
  public var context: LintContext {
    let today = MeetingDate(year: 2011, month: 3, day: 22)!
    let topic = Topic(text: text, path: path)
    var recent = RecentReports()
    if let previous, let date = LintContext.meetingDate(ofTopicAt: path, roster: roster) {
      let before = date.adding(days: -7)
      let name = roster.meeting.topicPattern.name(for: before)
      let entry = Archive.Entry(name: name, date: before, path: "\(name).txt")
      recent.record(
        RecentReports.meeting(
          of: ArchiveTopic(entry: entry, topic: Topic(text: previous, path: entry.path)),
          roster: roster),
        on: before)
    }
    return LintContext(
      topic: topic, rosters: DatedRosters(roster), group: group, isFinal: isFinal, today: today,
      recentReports: recent)
  }

  /// Removes keycap markers (`1️⃣`: a digit, U+FE0F, U+20E3) and records
  /// where each stood.
  static func stripMarkers(_ marked: String) -> (String, [(line: Int, column: Int)]) {
    var text = ""
    var positions: [(line: Int, column: Int)] = []
    var line = 1
    var column = 1
    for character in marked {
      let scalars = character.unicodeScalars.map(\.value)
      if scalars.count >= 2, scalars.last == 0x20E3 {
        positions.append((line, column))
        continue
      }
      text.append(character)
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
    }
    return (text, positions)
  }
}

extension Roster {
  /// The roster the rules' examples are checked with: a small meeting shaped
  /// like the OSG one, with statistics and their checks.
  public static let example = Roster(
    meeting: Meeting(
      title: "OSG Production Meeting", web: "Production", parent: "WeeklyProductionMeetings",
      author: "DanFraser", weekday: .tuesday, topicPattern: "$mon$d,$yearProductionMeeting",
      archive: "minutes", templates: "templates", attendees: ["Brian", "Dan"]),
    groups: [
      Group(
        name: "CMS", owners: [Owner(name: "Burt")],
        stats: [StatDeclaration(name: "computing", shape: "{khours} khour/day, {success}% success")]
      ),
      Group(
        name: "LIGO", owners: [Owner(name: "Britta"), Owner(name: "Robert E.")],
        stats: [
          StatDeclaration(name: "usage", shape: "{users} users utilized {sites} sites"),
          StatDeclaration(
            name: "jobs", shape: "{jobs} jobs total ({ok} / {failed} = {rate}% success)",
            checks: ["jobs = ok + failed", "rate = 100 * ok / jobs"]),
        ]),
      Group(name: "Engage", owners: [Owner(name: "Mats"), Owner(name: "John")]),
    ])

  /// ``example`` with absences around the examples' meeting of 2011-03-22:
  /// LIGO's owners are away 2011-03-15..2011-03-29 and Engage reports every
  /// second week from 2011-03-15, so neither is due that day.
  public static let exampleWithAbsences: Roster = {
    var roster = Roster.example
    let start = MeetingDate(year: 2011, month: 3, day: 15)!
    roster.groups[1].away = [start...MeetingDate(year: 2011, month: 3, day: 29)!]
    roster.groups[2].reports = .every(weeks: 2, anchor: start)
    return roster
  }()

  /// ``example`` with a stand-in: Tom may write CMS's heading beside Burt.
  public static let exampleWithDeputies: Roster = {
    var roster = Roster.example
    roster.groups[0].deputies = [Owner(name: "Tom")]
    return roster
  }()

  /// ``example`` over time, around the examples' meeting of 2011-03-22:
  /// LIGO ended on 2011-03-15, Engage reports only when it has news, and
  /// Campus starts on 2011-04-05.
  public static let exampleOverTime: Roster = {
    var roster = Roster.example
    roster.groups[1].life = DatePeriod(until: MeetingDate(year: 2011, month: 3, day: 15)!)
    roster.groups[2].reports = .whenNews
    var campus = Group(name: "Campus", owners: [Owner(name: "Dan")])
    campus.life = DatePeriod(since: MeetingDate(year: 2011, month: 4, day: 5)!)
    roster.groups.append(campus)
    return roster
  }()
}
