/// Which groups reported at the meetings before a topic: what `empty-section`
/// asks to tell a group that has stopped writing in its section from one
/// that forgot this week.
///
/// A group is *quiet* as of a meeting when, at the last ``window`` filled
/// meetings before it (a page on which at least one group reported; a blank
/// template says nothing about anyone), it reported at most ``quietAtMost``
/// times and missed its report (an empty or absent section while due) at
/// least `window - quietAtMost` times. Meetings at which it was away, not
/// due or did not exist count neither way, so a new group, or one back from
/// leave, is not quiet. Fewer than `window` filled meetings known: nobody is
/// quiet by that count. A group that missed its report at the last
/// ``missesInARow`` filled meetings at which it owed one is quiet too: the
/// coordinator has been told that often, and a group that has paused is not
/// a group that forgot. Either way it is quiet until it reports again. The
/// figures were chosen on a year of real pages (docs/lint.md).
///
/// With hindsight: when filled meetings after the topic are known too (an
/// archive read after the fact, not this week's page), a group is quiet
/// when it reported at fewer than two in three of the meetings it owed
/// among the ``lookahead`` filled meetings before the topic and the
/// ``lookahead`` after (leaving the section empty now and then was what it
/// did around then), or missed the meetings right before and after (a
/// pause).
///
/// It also says what the page's practice was at the filled meetings before
/// (the last ``recallWindow``, a quarter of a year of weekly meetings), so that a finding about how the page is written now (the owners in a
/// group's heading, a heading the roster does not know, a figure a group no
/// longer writes) is said once, on the first page that does it, and not on
/// every page since: ``sameOwnersWritten(_:group:asOf:same:)``,
/// ``hadUnknownHeading(_:asOf:)``, ``lackedStat(_:group:asOf:)``.
///
/// A pure value: the runner reads the previous topics once per run and
/// records what each meeting showed (``record(_:on:)``); rules only ask.
public struct RecentReports: Sendable, Equatable {
  /// What one meeting's page showed, by group id.
  public struct Meeting: Sendable, Equatable {
    /// Groups whose section held a report.
    public var reported: Set<String>
    /// Groups that owed a report and whose section was empty or absent.
    public var missed: Set<String>
    /// The names written in a group's heading (its first heading on the
    /// page; empty when it names none) where they were not the owners of the
    /// roster of that day (what `owner-mismatch` reports), by group id.
    public var mismatchedOwners: [String: [String]]
    /// ``nameKey(_:)`` of the page's headings that were neither a group nor
    /// a heading every page carries.
    public var unknownHeadings: Set<String>
    /// For each group that reported (by id; no entry when nothing was
    /// missing), the names of the statistics the roster of that day declared
    /// for it that its sections did not hold.
    public var missingStats: [String: Set<String>]
    /// The days an owner of a group announced, in its section, that they
    /// will be away (``AnnouncedAbsence``), by group id.
    public var announcedAbsences: [String: [DatePeriod]]
    /// The names written in each group's first heading on the page, by
    /// group id (none when it named nobody).
    public var headingNames: [String: [String]]
    /// ``RecentReports/labelKey(_:)`` of the labelled lines (`Issue X: …`,
    /// with a value or not) of the groups' sections.
    public var labels: Set<UInt64>
    /// Groups whose report says its writer is back from an absence
    /// (``AnnouncedAbsence/saysBack(in:)``), by id.
    public var backFromAbsence: Set<String>

    public init(
      reported: Set<String> = [], missed: Set<String> = [],
      mismatchedOwners: [String: [String]] = [:],
      unknownHeadings: Set<String> = [], missingStats: [String: Set<String>] = [:],
      announcedAbsences: [String: [DatePeriod]] = [:], headingNames: [String: [String]] = [:],
      labels: Set<UInt64> = [], backFromAbsence: Set<String> = []
    ) {
      self.backFromAbsence = backFromAbsence
      self.labels = labels
      self.headingNames = headingNames
      self.reported = reported
      self.missed = missed
      self.mismatchedOwners = mismatchedOwners
      self.unknownHeadings = unknownHeadings
      self.missingStats = missingStats
      self.announcedAbsences = announcedAbsences
    }

    /// At least one group reported: the page was filled in.
    public var isFilled: Bool { !reported.isEmpty }
  }

  /// Filled meetings looked back over for quiet groups.
  public var window: Int
  /// Filled meetings looked back over for what a page has said before (the
  /// owners written in a heading, an unknown heading): a stand-in who heads
  /// a group's section now and then is known after the first time. The
  /// longer of the two windows is what a run reads and keeps.
  public var recallWindow: Int
  /// Filled meetings on each side of a topic that hindsight looks at.
  public var lookahead: Int
  /// Reports in the window up to which a group is quiet.
  public var quietAtMost: Int
  /// Misses in a row, at the filled meetings of the window at which the
  /// group owed a report, after which it is quiet; 0 turns this off.
  public var missesInARow: Int
  /// Every meeting recorded, by date.
  public private(set) var meetings: [MeetingDate: Meeting] = [:]
  /// The dates of the filled meetings, earliest first.
  private var filledDates: [MeetingDate] = []

  public static let defaultWindow = 5
  public static let defaultQuietAtMost = 1
  public static let defaultMissesInARow = 2
  public static let defaultRecallWindow = 13
  public static let defaultLookahead = 4

  public init(
    window: Int = RecentReports.defaultWindow,
    quietAtMost: Int = RecentReports.defaultQuietAtMost,
    missesInARow: Int = RecentReports.defaultMissesInARow,
    recallWindow: Int = RecentReports.defaultRecallWindow,
    lookahead: Int = RecentReports.defaultLookahead
  ) {
    self.recallWindow = recallWindow
    self.lookahead = lookahead
    self.window = window
    self.quietAtMost = quietAtMost
    self.missesInARow = missesInARow
  }

  /// Whether nothing was recorded (standard input, a topic without a date).
  public var isEmpty: Bool { meetings.isEmpty }

  /// Records the meeting of `date`. Two topics of one day make one meeting.
  public mutating func record(_ meeting: Meeting, on date: MeetingDate) {
    // The usual case, the first topic of its day, is kept as it is (a
    // merge copied every field of both for each group that reported).
    guard var merged = meetings[date] else {
      var first = meeting
      first.missed.subtract(first.reported)
      first.missingStats = first.missingStats.filter {
        first.reported.contains($0.key) && !$0.value.isEmpty
      }
      meetings[date] = first
      noteFilled(first, on: date)
      return
    }
    // A figure is missing from the meeting when no topic of the day that
    // held the group's report held it.
    var missing: [String: Set<String>] = [:]
    for group in merged.reported.union(meeting.reported) {
      let held = [merged, meeting].filter { $0.reported.contains(group) }.map {
        $0.missingStats[group] ?? []
      }
      let common = held.dropFirst().reduce(held[0]) { $0.intersection($1) }
      if !common.isEmpty { missing[group] = common }
    }
    merged.missingStats = missing
    merged.reported.formUnion(meeting.reported)
    merged.missed.formUnion(meeting.missed)
    merged.missed.subtract(merged.reported)
    merged.mismatchedOwners.merge(meeting.mismatchedOwners) { first, _ in first }
    merged.unknownHeadings.formUnion(meeting.unknownHeadings)
    merged.headingNames.merge(meeting.headingNames) { first, _ in first }
    merged.labels.formUnion(meeting.labels)
    merged.backFromAbsence.formUnion(meeting.backFromAbsence)
    merged.announcedAbsences.merge(meeting.announcedAbsences) { old, new in
      old + new.filter { !old.contains($0) }
    }
    meetings[date] = merged
    noteFilled(merged, on: date)
  }

  /// Keeps `filledDates` in order as a filled meeting is recorded.
  private mutating func noteFilled(_ meeting: Meeting, on date: MeetingDate) {
    if meeting.isFilled, !filledDates.contains(date) {
      let position = filledDates.firstIndex { $0 > date } ?? filledDates.endIndex
      filledDates.insert(date, at: position)
    }
  }

  /// Forgets the meetings before `date`.
  mutating func forget(before date: MeetingDate) {
    meetings = meetings.filter { $0.key >= date }
    filledDates.removeAll { $0 < date }
  }

  /// The filled meetings a run reads and keeps: the longer window.
  public var reach: Int { max(window, recallWindow) }

  /// The last ``reach`` filled meetings before `date`, latest last; fewer
  /// when fewer are known.
  public func filledMeetings(before date: MeetingDate) -> [MeetingDate] {
    let end = filledDates.firstIndex { $0 >= date } ?? filledDates.endIndex
    return Array(filledDates[max(0, end - reach)..<end])
  }

  /// The first ``lookahead`` filled meetings after `date`, earliest first;
  /// none for this week's page.
  public func filledMeetings(after date: MeetingDate) -> [MeetingDate] {
    let start = filledDates.firstIndex { $0 > date } ?? filledDates.endIndex
    return Array(filledDates[start..<min(start + lookahead, filledDates.endIndex)])
  }

  /// Whether a filled meeting after `date` is known: the meeting of `date`
  /// has gone by, and its page is read with hindsight.
  public func hasGoneBy(_ date: MeetingDate) -> Bool { !filledMeetings(after: date).isEmpty }

  /// Groups that usually report at a held meeting, at least, for a page
  /// with one report to be a meeting that went by without its reports.
  public static let usualReportsOfAHeldMeeting = 3

  /// Whether the page of `date`, on which `reportCount` groups reported, is
  /// a meeting that went by without its reports (not held, or not written
  /// up): at most one group wrote, where at the filled meetings around it
  /// (``lookahead`` on each side, as known) the median was at least
  /// ``usualReportsOfAHeldMeeting``. A meeting of few groups, where one
  /// report is the usual, is not.
  public func isUnheld(reportCount: Int, on date: MeetingDate) -> Bool {
    guard reportCount <= 1 else { return false }
    let around = (filledMeetings(before: date).suffix(lookahead) + filledMeetings(after: date))
      .compactMap { meetings[$0]?.reported.count }.sorted()
    guard !around.isEmpty else { return false }
    return around[around.count / 2] >= Self.usualReportsOfAHeldMeeting
  }

  /// Whether the group with id `group` reported (true) or missed its report
  /// (false) at each of `dates` at which it owed one, in the order given.
  /// A meeting that went by without its reports (``isUnheld(reportCount:on:)``)
  /// owed nobody anything.
  private func owedReports(_ group: String, at dates: some Sequence<MeetingDate>) -> [Bool] {
    dates.compactMap { date in
      guard let meeting = meetings[date] else { return nil }
      if meeting.reported.contains(group) { return true }
      if isUnheld(reportCount: meeting.reported.count, on: date) { return nil }
      return meeting.missed.contains(group) ? false : nil
    }
  }

  /// Whether the group with id `group` had stopped writing in its section
  /// as of the meeting of `date`: from the meetings before it, or with
  /// hindsight from those around it when later ones are known.
  public func isQuiet(_ group: String, asOf date: MeetingDate) -> Bool {
    // Whether the group reported, latest first, at the meetings it owed.
    let owed = owedReports(group, at: filledMeetings(before: date).suffix(window).reversed())
    if missesInARow > 0, owed.count >= missesInARow,
      !owed.prefix(missesInARow).contains(true)
    {
      return true
    }
    let later = filledMeetings(after: date)
    if !later.isEmpty, lookahead > 0 {
      let before = owed.prefix(lookahead)
      let after = owedReports(group, at: later)
      // A gap between two others: the group had paused.
      if before.first == false, after.first == false { return true }
      let around = before + after
      return around.count >= 2 && around.filter { $0 }.count * 3 < around.count * 2
    }
    guard window > 0, filledMeetings(before: date).count >= window else { return false }
    let reported = owed.filter { $0 }.count
    return reported <= quietAtMost && owed.count - reported >= window - quietAtMost
  }

  /// The last filled meeting before `date` (the last earlier page on which
  /// at least one group reported), nil when none is known.
  public func previousFilledMeeting(before date: MeetingDate) -> Meeting? {
    let end = filledDates.firstIndex { $0 >= date } ?? filledDates.endIndex
    return end > 0 ? meetings[filledDates[end - 1]] : nil
  }
}
