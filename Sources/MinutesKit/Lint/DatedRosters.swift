import Foundation

/// The roster as of each meeting day of a run (``Roster/asOf(_:)``), made
/// once for each set of days on which it is the same: lint asks for it once
/// per topic, and making it anew for each was a tenth of a large archive's
/// time.
final class DatedRosters: @unchecked Sendable {
  /// The roster with all its dates.
  let roster: Roster
  /// `roster.usesPreviousFigures`, asked once rather than for each topic.
  let usesPreviousFigures: Bool
  /// The undated roster's day, the same on every day.
  private let always: DayRoster?
  private let lock = NSLock()
  private var byFacts: [[Int]: DayRoster] = [:]

  init(_ roster: Roster) {
    self.roster = roster
    self.usesPreviousFigures = roster.usesPreviousFigures
    self.always = roster.isDated ? nil : DayRoster(roster)
  }

  /// `roster.asOf(date)`.
  func roster(on date: MeetingDate) -> Roster { day(on: date).roster }

  /// `roster.asOf(date)` with the lookups of that day.
  func day(on date: MeetingDate) -> DayRoster {
    if let always { return always }
    let facts = DatedRosters.facts(of: roster, on: date)
    lock.lock()
    let known = byFacts[facts]
    lock.unlock()
    if let known { return known }
    let dated = DayRoster(roster.asOf(date))
    lock.lock()
    byFacts[facts] = dated
    lock.unlock()
    return dated
  }

  /// What ``Roster/asOf(_:)`` reads of the day: for each group whether it
  /// lives, which of its names it has, and which owners, deputies and
  /// statistics hold. Two days with the same facts have the same roster.
  static func facts(of roster: Roster, on date: MeetingDate) -> [Int] {
    var facts: [Int] = []
    // By index: a group copied is a dozen references, and this runs for
    // every page.
    let groups = roster.groups
    for index in groups.indices {
      facts.append(groups[index].exists(on: date) ? 1 : 0)
      facts.append(groups[index].formerNames.firstIndex { date <= $0.until } ?? -1)
      for owner in groups[index].owners { facts.append(owner.period.contains(date) ? 1 : 0) }
      for deputy in groups[index].deputies {
        facts.append(deputy.period.contains(date) ? 1 : 0)
      }
      for stat in groups[index].stats { facts.append(stat.period.contains(date) ? 1 : 0) }
    }
    return facts
  }
}

/// The roster of one meeting day and what every page of that day looks up
/// in it, worked out once for the day's roster: building the lookup of the
/// groups' names for each page was a twentieth of lint's time. A class, so
/// that the lint context of each page holds it by one reference.
final class DayRoster: @unchecked Sendable {
  let roster: Roster
  /// The day's groups by any name a heading may give them.
  let groups: GroupLookup
  /// ``Roster/carrySectionKeys``.
  let carrySectionKeys: [String]
  /// For each group id, the position of the first group with it.
  let positionByID: [String: Int]
  /// For each group's position, that of the first group with its id
  /// (``positionByID`` read by position, with no id hashed).
  let firstPositionWithID: [Int]
  /// The names of each group's statistics, by the group's position.
  let statNames: [Set<String>]
  /// The names of each group's owners then deputies, by its position.
  let ownersAndDeputies: [[String]]
  /// Everyone a page's attendee list may name: the groups' owners and
  /// deputies, then the meeting's attendees (``PageAttendance``).
  let people: [String]
  /// ``OwnerMismatchRule/accepts(_:for:)`` of the owners headings wrote,
  /// by group position: pages write the same heading week after week, and
  /// the answer takes splitting and comparing names. Guarded by `lock`.
  private var accepted: [OwnersWritten: Bool] = [:]
  private let lock = NSLock()

  /// The owners a heading of a group wrote (nil: none).
  private struct OwnersWritten: Hashable {
    var groupIndex: Int
    var names: [String]?
  }
  /// The statistics' matchers of each group, by the group's position.
  let statMatchers: [StatMatchers]

  /// A group's statistics' matchers in one list, as a line is tried
  /// against them: a statistic's shapes side by side, first shape first.
  struct StatMatchers: Sendable {
    var matchers: [StatMatcher] = []
    /// For each of `matchers`, the position of its statistic in the
    /// group's `stats`.
    var statPositions: [Int] = []
    /// The matchers' ``StatMatcher/anchorWords``, one of which a line holds
    /// if any matcher may occur on it: most lines of a section are passed
    /// over with one look instead of one for each shape. Nil when a shape
    /// may occur on any line.
    var anyAnchor: WordSet? = nil
  }

  init(_ roster: Roster) {
    self.roster = roster
    self.groups = GroupLookup(roster.groups)
    self.carrySectionKeys = roster.carrySectionKeys
    var positionByID: [String: Int] = [:]
    var firstPositionWithID: [Int] = []
    for position in roster.groups.indices {
      let first = positionByID[roster.groups[position].id] ?? position
      positionByID[roster.groups[position].id] = first
      firstPositionWithID.append(first)
    }
    self.positionByID = positionByID
    self.firstPositionWithID = firstPositionWithID
    self.statNames = roster.groups.map { Set($0.stats.map(\.name)) }
    self.ownersAndDeputies = roster.groups.map { ($0.owners + $0.deputies).map(\.name) }
    self.people = ownersAndDeputies.flatMap { $0 } + roster.meeting.attendees
    self.statMatchers = roster.groups.map { group in
      var list = StatMatchers()
      for position in group.stats.indices {
        for matcher in group.stats[position].matchers {
          list.matchers.append(matcher)
          list.statPositions.append(position)
        }
      }
      let anchors = list.matchers.map(\.anchorWords)
      if !anchors.contains(where: { $0 == nil }) {
        list.anyAnchor = WordSet(lowercasedBytes: anchors.flatMap { $0 ?? [] })
      }
      return list
    }
  }

  /// Whether `owner-mismatch` accepts a heading of the group at `index`
  /// naming `written` (nil: nobody), worked out once per heading and day.
  func acceptsOwners(_ written: [String]?, groupAt index: Int) -> Bool {
    let key = OwnersWritten(groupIndex: index, names: written)
    lock.lock()
    let known = accepted[key]
    lock.unlock()
    if let known { return known }
    let answer = OwnerMismatchRule.accepts(written, for: roster.groups[index])
    lock.lock()
    accepted[key] = answer
    lock.unlock()
    return answer
  }
}
