import Foundation

/// The instant a command treats as now: `SOURCE_DATE_EPOCH` when set (the
/// reproducible-builds convention, so tests and scripts get the same bytes
/// every run), else the clock.
public enum SourceDateEpoch {
  /// Seconds since 1970. A set but unusable `SOURCE_DATE_EPOCH` is an error
  /// rather than a silent fall back to the clock.
  public static func now(
    environment: [String: String] = ProcessInfo.processInfo.environment, clock: Date = Date()
  ) throws(MinutesError) -> Int {
    // Empty counts as unset, as most tools that read the variable treat it.
    guard let value = environment["SOURCE_DATE_EPOCH"], !value.isEmpty else {
      return Int(clock.timeIntervalSince1970.rounded(.down))
    }
    guard let seconds = Int(value), seconds >= 0, value.allSatisfy(\.isASCII) else {
      throw MinutesError(
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got '\(value)')")
    }
    return seconds
  }

  /// The day a check runs, for items with no meeting date to age against:
  /// the day of `now()`.
  public static func checkingDay() throws(MinutesError) -> MeetingDate {
    MeetingDate(Date(timeIntervalSince1970: TimeInterval(try now())))
  }
}
