/// What a group did at one meeting, as `minutes history` shows it.
public enum ReportStatus: String, Sendable, Equatable, Codable, CaseIterable {
  /// Its section holds a report.
  case reported
  /// Its section is there but holds no report (lint's `empty-section`).
  case empty
  /// The page has no section for it (lint's `missing-section`).
  case missing
  /// The roster's `away:` covers the meeting.
  case away
  /// The roster's `reports:` cadence skips the meeting.
  case notDue = "not-due"
  /// A group that reports when it has news (`reports: when-news`) had none.
  case noNews = "no-news"
  /// The meeting is after today: its topic is written, the meeting not held.
  case notHeld = "not-held"
  /// The group did not exist at the meeting (the roster's `since:`, `until:`).
  case noGroup = "no-group"

  /// A report that was due and did not come.
  public var isMissed: Bool { self == .empty || self == .missing }
}

/// Groups × meetings: who reported at each of a run of meetings, and which
/// groups have gone quiet.
///
/// A group is flagged when it missed ``flagThreshold`` or more reports in a
/// row (empty or no section while due), the way the ASF board flags a project
/// that did not report: meetings at which it was away or not due neither
/// break nor extend the run.
public struct MeetingHistory: Sendable, Equatable {
  public struct Meeting: Sendable, Equatable, Encodable {
    public var date: MeetingDate
    public var topic: String

    public init(date: MeetingDate, topic: String) {
      self.date = date
      self.topic = topic
    }

    enum CodingKeys: String, CodingKey { case date, topic }

    /// `{"date": "2011-03-22", "topic": "Mar22,2011ProductionMeeting"}`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(date.iso, forKey: .date)
      try container.encode(topic, forKey: .topic)
    }
  }

  public struct Row: Sendable, Equatable {
    public var group: String
    /// One per meeting, in meeting order.
    public var statuses: [ReportStatus]
    /// The names the group had at these meetings besides `group` (a rename
    /// within the window), earliest first.
    public var formerNames: [String]

    public init(group: String, statuses: [ReportStatus], formerNames: [String] = []) {
      self.group = group
      self.statuses = statuses
      self.formerNames = formerNames
    }

    /// Meetings at which the group reported.
    public var reported: Int { statuses.filter { $0 == .reported }.count }
    /// Meetings at which a report was due (reported or missed).
    public var due: Int { statuses.filter { $0 == .reported || $0.isMissed }.count }
    /// The longest run of missed reports in a row, skipping meetings at which
    /// the group was away or not due.
    public var longestMissedRun: Int { MeetingHistory.missedRuns(statuses).longest }
    /// Missed reports in a row up to the latest meeting.
    public var missedInARow: Int { MeetingHistory.missedRuns(statuses).current }
    public var isFlagged: Bool { longestMissedRun >= MeetingHistory.flagThreshold }
  }

  /// Missed reports in a row that flag a group.
  public static let flagThreshold = 2

  public var meetings: [Meeting]
  public var rows: [Row]

  public init(meetings: [Meeting], rows: [Row]) {
    self.meetings = meetings
    self.rows = rows
  }

  /// The history of every roster group over `topics` (in meeting order),
  /// each topic read against the roster of its day (``Roster/asOf(_:)``).
  /// Groups that existed at none of the meetings are left out. A meeting
  /// after `today` has not been held: a section not yet filled in there is
  /// not a missed report.
  public init(topics: [ArchiveTopic], roster: Roster, today: MeetingDate? = nil) {
    var builder = Builder(entries: topics.map(\.entry), roster: roster, today: today)
    for topic in topics { builder.add(topic) }
    self = builder.history
  }

  /// The history of the roster's archive (or `folder`) over its latest
  /// `last` meetings, its topics read and classified on all cores a batch
  /// at a time: memory stays flat however large the archive.
  public static func load(
    roster: Roster, folder: String? = nil, last: Int? = nil, today: MeetingDate? = nil
  ) throws(MinutesError) -> MeetingHistory {
    let (_, entries) = try ArchiveTopic.entries(roster: roster, folder: folder, last: last)
    var builder = Builder(entries: entries, roster: roster, today: today)
    let reading = builder.reading
    try ArchiveTopic.map(entries, { reading.statuses(at: $0) }) { builder.append($0) }
    return builder.history
  }

  /// ``MeetingHistory/init(topics:roster:today:)`` a topic at a time.
  struct Builder {
    private var meetings: [Meeting]
    private var statuses: [[ReportStatus]]
    private let formerNames: [[String]]
    /// The groups shown and how a topic's statuses are read, which the
    /// workers of a parallel run share.
    let reading: Reading

    /// What reading the statuses of a topic takes: the groups, the rosters
    /// of their days, today.
    struct Reading: Sendable {
      let groups: [Group]
      let rosters: DatedRosters
      let today: MeetingDate?

      /// The status of each of ``groups`` at the meeting of `topic`.
      func statuses(at topic: ArchiveTopic) -> [ReportStatus] {
        MeetingHistory.statuses(of: groups, in: topic.context(rosters: rosters), today: today)
      }
    }

    /// A history of the meetings of `entries`, in meeting order, whose
    /// topics are then given to ``add(_:)`` (or their statuses to
    /// ``append(_:)``) in that order.
    init(entries: [Archive.Entry], roster: Roster, today: MeetingDate?) {
      meetings = entries.map { Meeting(date: $0.date, topic: $0.name) }
      let groups = roster.groups.filter { group in
        entries.isEmpty || entries.contains { group.exists(on: $0.date) }
      }
      statuses = groups.map { _ in [] }
      formerNames = groups.map { group in
        group.formerNames.map(\.name).filter { name in
          entries.contains { group.exists(on: $0.date) && group.name(on: $0.date) == name }
        }
      }
      reading = Reading(groups: groups, rosters: DatedRosters(roster), today: today)
    }

    mutating func add(_ topic: ArchiveTopic) {
      append(reading.statuses(at: topic))
    }

    /// Adds the next meeting's statuses, one per group, as
    /// ``Reading/statuses(at:)`` gives them.
    mutating func append(_ found: [ReportStatus]) {
      for index in statuses.indices { statuses[index].append(found[index]) }
    }

    var history: MeetingHistory {
      MeetingHistory(
        meetings: meetings,
        rows: reading.groups.indices.map { index in
          Row(
            group: reading.groups[index].name, statuses: statuses[index],
            formerNames: formerNames[index])
        })
    }
  }

  /// A group's status at the meeting of `context`. The roster's word comes
  /// first: a group that did not exist, was away or not due is shown so even
  /// when its section holds the note `new` writes for it. Otherwise the
  /// section decides, judged as lint's `empty-section` and `missing-section`
  /// judge it; a section that only says "Not reporting this week" is an
  /// absence. `group` is the roster's, found in the meeting's roster by its
  /// `id` whatever it was called then.
  public static func status(
    of group: Group, in context: LintContext, today: MeetingDate? = nil
  ) -> ReportStatus {
    statuses(of: [group], in: context, today: today)[0]
  }

  /// ``status(of:in:today:)`` of each of `groups`, the page's sections read
  /// once for all of them: a run over an archive asks for every group of
  /// every page, and a pass over the sections per group copied each group.
  static func statuses(
    of groups: [Group], in context: LintContext, today: MeetingDate? = nil
  ) -> [ReportStatus] {
    let dated = context.roster.groups
    // A roster group is found in the meeting's roster by its id, the first
    // with it; a section counts for the group whose id its group has.
    let firstWithID = context.day.positionByID
    // What the sections say, by position in the meeting's roster.
    var found = [ReportStatus](repeating: .missing, count: dated.count)
    for position in context.reportSections.indices {
      guard let index = context.reportSections[position].groupIndex else { continue }
      let first = context.day.firstPositionWithID[index]
      if isAbsenceNote(context.reportSections[position].section, in: context.topic) {
        if found[first] != .reported { found[first] = .away }
      } else if context.groupReports(sectionAt: position) {
        found[first] = .reported
      } else if found[first] == .missing {
        found[first] = .empty
      }
    }
    // By index: a group copied is a dozen references.
    return groups.indices.map { position in
      guard let first = firstWithID[groups[position].id] else { return .noGroup }
      let attendance = context.attendance(ofGroupAt: first)
      switch attendance {
      case .away: return .away
      case .notDue: return .notDue
      case .due, .whenNews: break
      }
      let status = found[first]
      guard status.isMissed else { return status }
      if attendance == .whenNews { return .noNews }
      if let today, context.meetingDate > today { return .notHeld }
      return status
    }
  }

  /// Whether everything written in the section is a "Not reporting this
  /// week" line, as `new` writes for an absent group and people write by hand.
  static func isAbsenceNote(_ section: Section, in topic: Topic) -> Bool {
    var found = false
    for index in section.bodyRange where topic.lines[index].kind.holdsWriting {
      guard let says = saysNotReporting(topic.lines[index].text) else { continue }
      guard says else { return false }
      found = true
    }
    return found
  }

  private static let notReporting = Array("not reporting".utf8)

  /// Whether a line, its leading spaces, tabs and `*` left out, starts with
  /// "not reporting" in any case; nil when nothing else is written on it.
  /// Read by bytes where they decide: the line is not lowercased.
  static func saysNotReporting(_ line: String) -> Bool? {
    let utf8 = line.utf8
    var start = utf8.startIndex
    while start < utf8.endIndex,
      utf8[start] == UInt8(ascii: " ") || utf8[start] == UInt8(ascii: "\t")
        || utf8[start] == UInt8(ascii: "*")
    {
      utf8.formIndex(after: &start)
    }
    if start == utf8.endIndex { return nil }
    // An ASCII byte after the marks: each mark skipped is a character of
    // its own, and the words start here.
    if ASCII.isASCII(utf8[start]),
      let decided = ByteSearch.startsWithLowercased(line[start...], asciiPrefix: notReporting)
    {
      return decided
    }
    var text = Substring(line)
    while let first = text.first, first == " " || first == "\t" || first == "*" {
      text = text.dropFirst()
    }
    if text.isEmpty { return nil }
    return text.lowercased().hasPrefix("not reporting")
  }

  /// The longest run of missed reports and the run that reaches the end.
  static func missedRuns(_ statuses: [ReportStatus]) -> (longest: Int, current: Int) {
    var longest = 0
    var current = 0
    for status in statuses {
      if status.isMissed {
        current += 1
        longest = max(longest, current)
      } else if status == .reported {
        current = 0
      }
    }
    return (longest, current)
  }
}
