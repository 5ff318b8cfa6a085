import Foundation

/// Whether a group is expected to report at a meeting.
public enum Attendance: String, Sendable, Equatable, Codable, CaseIterable {
  /// The group reports at this meeting.
  case due
  /// The owners are away (a date or range in the roster's `away:`).
  case away
  /// The group's cadence skips this meeting.
  case notDue = "not-due"
  /// The group reports only when it has news (`reports: when-news`).
  case whenNews = "when-news"

  /// Whether `new` writes the group's section for the person to fill in
  /// (rather than the "not reporting" note).
  public var writesSection: Bool { self == .due || self == .whenNews }

  /// Words for a reader: `due`, `away`, `not due`.
  public var phrase: String {
    switch self {
    case .due: "due"
    case .away: "away"
    case .notDue: "not due"
    case .whenNews: "when it has news"
    }
  }
}

extension Group {
  /// Whether the group reports at the meeting on `date`. An `away:` date wins
  /// over the cadence: the owners' absence is the reason a reader wants.
  public func isDue(on date: MeetingDate) -> Attendance {
    if away.contains(where: { $0.contains(date) }) { return .away }
    if reports == .whenNews { return .whenNews }
    return reports.isDue(on: date) ? .due : .notDue
  }
}

extension Group {
  /// Reads one `away:` entry: `2011-03-22` or `2011-03-15..2011-03-29`, both
  /// ends included.
  public static func awayPeriod(parsing text: String) throws(MinutesError) -> ClosedRange<
    MeetingDate
  > {
    let expected = "a date like 2011-03-22 or a range like 2011-03-15..2011-03-29"
    let trimmed = text.split(whereSeparator: \.isWhitespace).joined()
    let ends = trimmed.components(separatedBy: "..")
    guard ends.count <= 2 else { throw MinutesError("expected \(expected), found '\(text)'") }
    var dates: [MeetingDate] = []
    for end in ends {
      guard let date = MeetingDate(iso: end) else {
        throw MinutesError("expected \(expected), found '\(text)'")
      }
      dates.append(date)
    }
    guard dates[0] <= dates[dates.count - 1] else {
      throw MinutesError(
        "the range '\(text)' ends before it starts (write the earlier date first)")
    }
    return dates[0]...dates[dates.count - 1]
  }
}
