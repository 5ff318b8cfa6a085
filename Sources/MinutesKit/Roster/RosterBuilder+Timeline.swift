import Yams

/// The roster's dated keys: a group's life (`since:`, `until:`), its former
/// names (`was:`), other names (`aliases:`), stand-ins (`deputies:`), and the
/// days of each owner. Kept apart from the rest of the loader: these are the
/// keys ``Roster/asOf(_:)`` reads.
extension RosterBuilder {
  static let formerNameKeys = ["name", "until"]

  /// Reads the group's dated keys into `group`.
  func buildTimeline(_ fields: Entries, into group: inout Group) throws(MinutesError) {
    let name = group.name
    group.life = try buildPeriod(fields, what: "group '\(name)'")
    if let node = fields.optional("deputies") {
      group.deputies = try buildOwners(node, group: name, role: "deputy")
    }
    if let node = fields.optional("aliases") {
      group.aliases = try stringList(node, "a list of other names", item: "a group name")
    }
    if let node = fields.optional("was") {
      group.formerNames = try buildFormerNames(node, group: group)
    }
    for alias in group.aliases + group.formerNames.map(\.name)
    where nameKey(alias) == nameKey(name) {
      throw MinutesError(
        "'\(alias)' is the name of group '\(name)' itself; list only other names",
        at: group.nameLocation ?? group.location)
    }
  }

  /// `since:` and `until:` of a group, an owner or a deputy; `what` names it.
  func buildPeriod(_ fields: Entries, what: String) throws(MinutesError) -> DatePeriod {
    let since = try fields.optional("since").map { node throws(MinutesError) in
      try date(node)
    }
    let until = try fields.optional("until").map { node throws(MinutesError) in
      try date(node)
    }
    if let since, let until, until < since, let node = fields.optional("until") {
      throw MinutesError(
        "\(what) ends (until \(until.iso)) before it starts (since \(since.iso))",
        at: yaml.location(node))
    }
    return DatePeriod(since: since, until: until)
  }

  /// `was: [{name: Virtual Organizations Group, until: 2011-09-27}]`, earliest first.
  func buildFormerNames(_ node: Node, group: Group) throws(MinutesError) -> [FormerName] {
    guard case .sequence(let sequence) = node else {
      var error = mismatch(node, "a list of former names")
      if case .scalar(let scalar) = node {
        error.message += " (write [{name: \(scalar.string), until: 2011-03-22}])"
      }
      throw error
    }
    var names: [FormerName] = []
    for item in sequence {
      guard case .mapping = item else {
        var error = mismatch(item, "a former name with the last day it was used")
        if case .scalar(let scalar) = item {
          error.message += " (write {name: \(scalar.string), until: 2011-03-22})"
        }
        throw error
      }
      let fields = try entries(
        item, expected: "a former name (name, until)", allowed: RosterBuilder.formerNameKeys,
        context: "a former name of group '\(group.name)'")
      let name = try string(fields.required("name", "the former name"), "a group name")
      let untilNode = try fields.required(
        "until", "the last day the group had this name, like 2011-03-22")
      let until = try date(untilNode)
      if let previous = names.last, until <= previous.until {
        throw MinutesError(
          "former name '\(name)' ends on \(until.iso), not after '\(previous.name)' "
            + "(\(previous.until.iso)); list former names earliest first",
          at: yaml.location(untilNode))
      }
      if let since = group.life.since, until < since {
        throw MinutesError(
          "former name '\(name)' ends on \(until.iso), before group '\(group.name)' starts "
            + "(since \(since.iso))", at: yaml.location(untilNode))
      }
      if let end = group.life.until, until >= end {
        throw MinutesError(
          "former name '\(name)' is used until \(until.iso), but group '\(group.name)' ends "
            + "on \(end.iso) (the group would never have its name '\(group.name)')",
          at: yaml.location(untilNode))
      }
      names.append(FormerName(name: name, until: until, location: yaml.location(item)))
    }
    return names
  }

  /// Checks across groups, once all are read: on every meeting day of a
  /// group's life some owner holds, and no name means two groups on the
  /// same days.
  func checkTimelines(of groups: [Group], weekday: Weekday) throws(MinutesError) {
    for group in groups { try checkOwnerCoverage(group, weekday: weekday) }
    var names:
      [(key: String, name: String, period: DatePeriod, group: Group, at: SourceLocation?)] =
        []
    for group in groups {
      var start = group.life.since
      for former in group.formerNames {
        names.append(
          (
            nameKey(former.name), former.name, DatePeriod(since: start, until: former.until),
            group, former.location
          ))
        start = former.until.adding(days: 1)
      }
      for alias in group.aliases {
        names.append((nameKey(alias), alias, group.life, group, group.location))
      }
      names.append(
        (
          nameKey(group.name), group.name, DatePeriod(since: start, until: group.life.until),
          group, group.nameLocation
        ))
    }
    for (index, entry) in names.enumerated() {
      for other in names[..<index]
      where other.key == entry.key && other.group.id != entry.group.id
        && other.period.overlaps(entry.period)
      {
        // Two current names are the loader's "duplicate group" error already.
        throw MinutesError(
          "name '\(entry.name)' of group '\(entry.group.name)' is also a name of group "
            + "'\(other.group.name)' on the same days (give them different names, or dates "
            + "that do not overlap; first at line \(other.at?.line ?? 0))", at: entry.at)
      }
    }
  }

  /// A meeting day within the group's life on which none of its owners
  /// holds is an error: nobody would be named for the section.
  func checkOwnerCoverage(_ group: Group, weekday: Weekday) throws(MinutesError) {
    guard group.owners.contains(where: { !$0.period.isAlways }) else { return }
    let origin = MeetingDate(year: 1, month: 1, day: 1)!
    let owners = group.owners.sorted { ($0.period.since ?? origin) < ($1.period.since ?? origin) }
    // The first day not yet known to have an owner.
    var reached = group.life.since ?? origin
    for owner in owners {
      if let since = owner.period.since, since > reached {
        let gapEnd = since.adding(days: -1)
        if reached == origin {
          throw MinutesError(
            "group '\(group.name)' has no owner before \(since.iso) (give it 'since: "
              + "\(since.iso)' or an owner without 'since:')", at: owner.location ?? group.location)
        }
        if let meeting = RosterBuilder.meetingDay(from: reached, to: gapEnd, weekday: weekday),
          group.life.contains(meeting)
        {
          throw MinutesError(
            "group '\(group.name)' has no owner on \(meeting.iso) (between \(reached.iso) and "
              + "\(gapEnd.iso)); extend an owner's 'until:' or start one earlier",
            at: owner.location ?? group.location)
        }
      }
      guard let until = owner.period.until else { return }
      reached = max(reached, until.adding(days: 1))
    }
    let end = group.life.until ?? reached.adding(days: 6)
    if let meeting = RosterBuilder.meetingDay(from: reached, to: end, weekday: weekday) {
      throw MinutesError(
        "group '\(group.name)' has no owner from \(meeting.iso) on (every owner's 'until:' "
          + "is earlier; end the group with 'until:' or add an owner)",
        at: group.owners.last?.location ?? group.location)
    }
  }

  /// The first day on `weekday` from `start` to `end`, both included.
  static func meetingDay(from start: MeetingDate, to end: MeetingDate, weekday: Weekday)
    -> MeetingDate?
  {
    let day = start.weekday == weekday ? start : start.next(weekday)
    return day <= end ? day : nil
  }
}
