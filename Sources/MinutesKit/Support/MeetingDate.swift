import Foundation

/// A calendar day without a time or a time zone: the day a meeting is held.
///
/// Topic names, `--date` and carried-item notes all speak of days, never of
/// instants; keeping days apart from `Date` keeps time zones out of them.
public struct MeetingDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// Returns nil for a day that does not exist (February 30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= MeetingDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses a `--date` option: `YYYY-MM-DD`, with a message that says what
  /// is wrong, a shape or a day that does not exist.
  public static func parse(option text: String, name: String = "--date") throws(MinutesError)
    -> MeetingDate
  {
    if let date = MeetingDate(iso: text) { return date }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month)
    {
      throw MinutesError(
        "bad \(name) '\(text)': \(monthNames[month - 1]) \(year) has no day \(day) "
          + "(it has \(daysIn(month: month, year: year)))")
    }
    throw MinutesError("bad \(name) '\(text)' (expected a day as YYYY-MM-DD, e.g. 2011-03-22)")
  }

  /// Parses `YYYY-MM-DD`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The day `instant` falls on in UTC.
  public init(_ instant: Date) {
    let days = Int((instant.timeIntervalSince1970 / 86_400).rounded(.down))
    self = MeetingDate.fromDaysSinceEpoch(days)
  }

  /// `2011-03-22`.
  public var iso: String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }

  public var description: String { iso }

  /// TWiki's `$day $mon $year`: `08 Mar 2011`.
  public var twikiDate: String {
    String(format: "%02d %@ %04d", day, MeetingDate.shortMonthNames[month - 1], year)
  }

  public var weekday: Weekday {
    // 1970-01-01 was a Thursday.
    let index = ((daysSinceEpoch % 7) + 7 + 4) % 7
    return Weekday(rawValue: index + 1)!
  }

  public func adding(days: Int) -> MeetingDate {
    MeetingDate.fromDaysSinceEpoch(daysSinceEpoch + days)
  }

  /// Whole days from `self` to `other` (negative when `other` is earlier).
  public func days(until other: MeetingDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// The first day strictly after `self` that falls on `weekday`.
  public func next(_ weekday: Weekday) -> MeetingDate {
    let distance = (weekday.rawValue - self.weekday.rawValue + 7) % 7
    return adding(days: distance == 0 ? 7 : distance)
  }

  public static func < (lhs: MeetingDate, rhs: MeetingDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public static let shortMonthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's civil-from-days algorithms: exact for every Gregorian day.
  var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func fromDaysSinceEpoch(_ days: Int) -> MeetingDate {
    let (year, month, day) = civil(fromDays: days)
    return MeetingDate(year: year, month: month, day: day)!
  }

  /// Year, month, day of a count of days since 1970-01-01, for any count
  /// (Howard Hinnant's civil_from_days).
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
