/// The days for which something in the roster holds: a group's life, an
/// owner's or a deputy's time on a section. Both ends are included; a
/// missing end is open, so `DatePeriod()` is always.
public struct DatePeriod: Sendable, Equatable, CustomStringConvertible {
  /// The first day, nil for "from the start of the archive".
  public var since: MeetingDate?
  /// The last day, nil for "still".
  public var until: MeetingDate?

  public init(since: MeetingDate? = nil, until: MeetingDate? = nil) {
    self.since = since
    self.until = until
  }

  /// True for the period that holds every day.
  public var isAlways: Bool { since == nil && until == nil }

  public func contains(_ date: MeetingDate) -> Bool {
    if let since, date < since { return false }
    if let until, date > until { return false }
    return true
  }

  /// Whether some day lies in both periods.
  public func overlaps(_ other: DatePeriod) -> Bool {
    if let until, let since = other.since, until < since { return false }
    if let since, let otherUntil = other.until, otherUntil < since { return false }
    return true
  }

  /// As `minutes roster` shows it: `since 2011-01-04`, `until 2011-05-17`,
  /// `2011-01-04 to 2011-05-17`, or `always`.
  public var description: String {
    switch (since, until) {
    case (nil, nil): "always"
    case (let since?, nil): "since \(since.iso)"
    case (nil, let until?): "until \(until.iso)"
    case (let since?, let until?): "\(since.iso) to \(until.iso)"
    }
  }
}
