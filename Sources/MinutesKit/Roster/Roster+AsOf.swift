/// The meeting as it was on one day: the single place where the roster's
/// dates are read. Every command takes the roster of a topic's day from
/// here, so that lint of a 2010 topic checks it against the 2010 meeting,
/// `new` writes only the groups alive on its day, and `history` and `stats`
/// count a group only while it exists, under the name it had.
extension Roster {
  /// The roster of the meeting on `date`: only the groups alive then, each
  /// under the name it had then (its other names kept as aliases, so a
  /// heading still using the old name finds it) with the owners and deputies
  /// of that day. A roster without dates is returned as it is.
  public func asOf(_ date: MeetingDate) -> Roster {
    guard isDated else { return self }
    var copy = self
    copy.groups = groups.compactMap { $0.asOf(date) }
    return copy
  }
}

extension Group {
  /// Whether the group exists on `date` (its `since:` and `until:`).
  public func exists(on date: MeetingDate) -> Bool { life.contains(date) }

  /// The group's name on `date`: the first former name still in use then,
  /// else its current name.
  public func name(on date: MeetingDate) -> String {
    formerNames.first { date <= $0.until }?.name ?? name
  }

  /// The group as it was on `date`, nil when it did not exist then: its
  /// name, owners, deputies and statistics of that day.
  public func asOf(_ date: MeetingDate) -> Group? {
    guard exists(on: date) else { return nil }
    guard isDated else { return self }
    var copy = self
    let current = name(on: date)
    copy.aliases = ([name] + otherNames).filter { nameKey($0) != nameKey(current) }
    copy.name = current
    copy.formerNames = []
    let owners = owners.filter { $0.period.contains(date) }
    // The loader refuses a day of the group's life without an owner; a
    // roster built in code keeps every owner rather than none.
    copy.owners = owners.isEmpty ? self.owners : owners
    copy.deputies = deputies.filter { $0.period.contains(date) }
    copy.stats = stats.filter { $0.period.contains(date) }
    return copy
  }
}
