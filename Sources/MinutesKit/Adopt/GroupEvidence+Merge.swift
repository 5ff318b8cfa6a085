extension GroupEvidence {
  /// Folds the evidence of another heading name of the same group (a former
  /// name, or a heading used now and then) into this one.
  mutating func absorb(_ other: GroupEvidence) {
    let otherIsNewer = (other.lastReport ?? other.first) > (lastReport ?? first)
    if recent.isEmpty || (otherIsNewer && !other.recent.isEmpty) { recent = other.recent }
    recentDates = Array(
      Set(recentDates + other.recentDates).sorted().suffix(GroupEvidence.recentLimit))
    count += other.count
    reports += other.reports
    positionSum += other.positionSum
    if other.first < first {
      first = other.first
      firstIndex = other.firstIndex
      firstOwners = other.firstOwners
    }
    if other.last > last {
      last = other.last
      lastIndex = other.lastIndex
      lastOwners = other.lastOwners
    }
    GroupEvidence.merge(other.owners, into: &owners)
    GroupEvidence.merge(other.standIns, into: &standIns)
    for (weeks, seen) in other.gaps { gaps[weeks, default: 0] += seen }
    if let date = other.lastReport, lastReport.map({ $0 < date }) ?? true { lastReport = date }
    for (key, stat) in other.stats where (stats[key]?.count ?? 0) < stat.count { stats[key] = stat }
    for (move, seen) in other.labelMoves { labelMoves[move, default: 0] += seen }
    for (label, seen) in other.labelSeen { labelSeen[label, default: 0] += seen }
  }

  private static func merge(
    _ people: [String: PersonEvidence], into target: inout [String: PersonEvidence]
  ) {
    for (key, person) in people {
      guard var known = target[key] else {
        target[key] = person
        continue
      }
      known.count += person.count
      if person.first < known.first { known.first = person.first }
      if person.last > known.last {
        known.last = person.last
        known.name = person.name
      }
      target[key] = known
    }
  }
}
