/// Makes dated owners cover every day of a group's life, as the roster
/// requires: an owner first named after a gap starts the day after the
/// previous owner's last day, and the owner named last runs to the end.
enum OwnerCoverage {
  static func close(
    _ periods: inout [(since: MeetingDate?, until: MeetingDate?)], since: MeetingDate,
    until: MeetingDate
  ) {
    guard !periods.isEmpty else { return }
    let order = periods.indices.sorted {
      (periods[$0].since ?? since) < (periods[$1].since ?? since)
    }
    var covered: MeetingDate? = nil
    for index in order {
      let start = periods[index].since ?? since
      let needed = covered.map { $0.adding(days: 1) } ?? since
      if start > needed { periods[index].since = needed > since ? needed : nil }
      let end = periods[index].until ?? until
      if covered.map({ end > $0 }) ?? true { covered = end }
    }
    if let covered, covered < until,
      let latest = periods.indices.max(by: {
        (periods[$0].until ?? until) < (periods[$1].until ?? until)
      })
    {
      periods[latest].until = nil
    }
  }
}
