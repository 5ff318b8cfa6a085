/// Dates as mail writes them, from seconds since 1970 and in UTC, worked out
/// by arithmetic so that the same instant gives the same bytes everywhere.
public enum MailDate {
  static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]

  /// `Mon, 21 Mar 2011 00:00:00 +0000` (RFC 5322 3.3).
  public static func rfc5322(_ seconds: Int) -> String {
    let (days, rest) = floorDivide(seconds, 86_400)
    let (year, month, day) = MeetingDate.civil(fromDays: days)
    let weekday = weekdays[((days % 7) + 7) % 7]
    let hour = rest / 3600
    let minute = rest / 60 % 60
    let second = rest % 60
    return "\(weekday), \(pad(day)) \(MeetingDate.shortMonthNames[month - 1]) \(year) "
      + "\(pad(hour)):\(pad(minute)):\(pad(second)) +0000"
  }

  /// `Mon Mar 21 00:00:00 2011`: the date of an mbox `From ` line (asctime).
  public static func asctime(_ seconds: Int) -> String {
    let (days, rest) = floorDivide(seconds, 86_400)
    let (year, month, day) = MeetingDate.civil(fromDays: days)
    let weekday = weekdays[((days % 7) + 7) % 7]
    let dayText = day < 10 ? " \(day)" : "\(day)"
    return "\(weekday) \(MeetingDate.shortMonthNames[month - 1]) \(dayText) "
      + "\(pad(rest / 3600)):\(pad(rest / 60 % 60)):\(pad(rest % 60)) \(year)"
  }

  /// `20110321000000`: for Message-IDs.
  public static func compact(_ seconds: Int) -> String {
    let (days, rest) = floorDivide(seconds, 86_400)
    let (year, month, day) = MeetingDate.civil(fromDays: days)
    return "\(year)\(pad(month))\(pad(day))\(pad(rest / 3600))\(pad(rest / 60 % 60))"
      + pad(rest % 60)
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  private static func floorDivide(_ value: Int, _ divisor: Int) -> (Int, Int) {
    let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    return (quotient, value - quotient * divisor)
  }
}
