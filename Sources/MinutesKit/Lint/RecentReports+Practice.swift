/// What the page's practice was at the meetings around a topic, as the
/// rules ask it of ``RecentReports``: the owners its headings named, its
/// unknown headings and labels, the figures a group stopped writing, and
/// the absences its owners announced or ended. Each is said once over
/// time, or read with hindsight, instead of on every page.
extension RecentReports {
  /// Whether the heading of the group with id `group` named the people of
  /// `written` (empty: nobody), not the roster's owners, at one of the last
  /// ``recallWindow`` filled meetings before `date` too, as `same` compares names:
  /// the owners the page has been writing, told already, not a change of
  /// this week's. A week with the heading renamed or left out between does
  /// not make the same change news again.
  public func sameOwnersWritten(
    _ written: [String], group: String, asOf date: MeetingDate,
    same: ([String], [String]) -> Bool
  ) -> Bool {
    filledMeetings(before: date).suffix(recallWindow).contains { earlier in
      meetings[earlier]?.mismatchedOwners[group].map { same(written, $0) } ?? false
    }
  }

  /// Whether one of the last ``recallWindow`` filled meetings before `date` had a
  /// heading with ``nameKey(_:)`` `key` that was no group and no standard
  /// heading either.
  public func hadUnknownHeading(_ key: String, asOf date: MeetingDate) -> Bool {
    filledMeetings(before: date).suffix(recallWindow).contains {
      meetings[$0]?.unknownHeadings.contains(key) ?? false
    }
  }

  /// The id of the group whose heading named the people of `written`, as
  /// `same` compares names, at the latest of the last ``recallWindow``
  /// filled meetings before `date` that has such a heading; nil when none.
  public func group(
    headedBy written: [String], asOf date: MeetingDate, same: ([String], [String]) -> Bool
  ) -> String? {
    for earlier in filledMeetings(before: date).suffix(recallWindow).reversed() {
      guard let named = meetings[earlier]?.headingNames else { continue }
      if let match = named.filter({ same(written, $0.value) }).map(\.key).min() { return match }
    }
    return nil
  }

  /// The label of a line `Label: value` as labels are compared over time:
  /// its letters and digits before the first colon, case folded, as a hash
  /// (``ByteSearch/foldedHash(before:in:)``: no string for the many lines
  /// of a page that hold a colon); nil when no colon follows a letter.
  public static func labelKey(_ text: String) -> UInt64? {
    ByteSearch.foldedHash(before: ":", in: text)
  }

  /// Whether the groups' sections at the previous filled meeting before
  /// `date` had a line labelled `key` (``labelKey(_:)``): a standing item.
  public func hadLabel(_ key: UInt64, asOf date: MeetingDate) -> Bool {
    previousFilledMeeting(before: date)?.labels.contains(key) ?? false
  }

  /// Whether, with hindsight, the group with id `group` came back from an
  /// absence after a gap that takes in `date`: its first report at the
  /// filled meetings after (``lookahead``, its misses passed over) says so.
  public func cameBack(_ group: String, after date: MeetingDate) -> Bool {
    for later in filledMeetings(after: date) {
      guard let meeting = meetings[later] else { continue }
      if meeting.reported.contains(group) { return meeting.backFromAbsence.contains(group) }
    }
    return false
  }

  /// Whether an owner of the group with id `group` announced, at one of the
  /// last ``recallWindow`` filled meetings before `date`, an absence that
  /// takes in `date`.
  public func announcedAway(_ group: String, on date: MeetingDate) -> Bool {
    filledMeetings(before: date).suffix(recallWindow).contains { earlier in
      meetings[earlier]?.announcedAbsences[group]?.contains { $0.contains(date) } ?? false
    }
  }

  /// Whether, with hindsight, the group with id `group` stopped writing the
  /// statistic named `stat` at the meeting of `date`: it reported at least
  /// twice at the filled meetings after (``lookahead``) and lacked the
  /// figure each time. The roster, not the page, is behind.
  public func droppedStat(_ stat: String, group: String, asOf date: MeetingDate) -> Bool {
    let reports = filledMeetings(after: date).compactMap { meetings[$0] }.filter {
      $0.reported.contains(group)
    }
    return reports.count >= 2
      && reports.allSatisfy { $0.missingStats[group]?.contains(stat) ?? false }
  }

  /// Whether the group with id `group` reported at the previous filled
  /// meeting before `date` without the statistic named `stat`: a figure it
  /// has stopped writing, not one it forgot this week.
  public func lackedStat(_ stat: String, group: String, asOf date: MeetingDate) -> Bool {
    guard let previous = previousFilledMeeting(before: date), previous.reported.contains(group)
    else { return false }
    return previous.missingStats[group]?.contains(stat) ?? false
  }
}
