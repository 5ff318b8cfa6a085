/// How often a group reports: the roster's `reports:` key.
///
/// Meetings are weekly; a group that reports less often is not due at some of
/// them, and neither `new`, `lint` nor `history` should treat its silence
/// there as a missed report.
public enum Cadence: Sendable, Equatable, CustomStringConvertible {
  /// Every meeting (the default).
  case weekly
  /// Every `weeks` weeks, at the meeting of `anchor` and every `weeks` weeks
  /// before and after it.
  case every(weeks: Int, anchor: MeetingDate)
  /// The first meeting of each month: the one in the month's first seven days.
  case firstOfMonth
  /// Only when it has news: its section is written every week, and an
  /// empty or missing one is not a gap.
  case whenNews

  /// As the roster writes it.
  public var description: String {
    switch self {
    case .weekly: "weekly"
    case .every(let weeks, let anchor): "every \(weeks) weeks from \(anchor.iso)"
    case .firstOfMonth: "first of month"
    case .whenNews: "when-news"
    }
  }

  /// Whether a meeting on `date` is one the group reports at.
  ///
  /// Weeks are counted from the anchor by rounding the distance in days to
  /// whole weeks, so a meeting moved by a day or two (a topic named for a
  /// Monday in a Tuesday series) still falls in its week.
  public func isDue(on date: MeetingDate) -> Bool {
    switch self {
    case .weekly, .whenNews:
      return true
    case .every(let weeks, let anchor):
      let days = anchor.days(until: date)
      let week = (days + (days >= 0 ? 3 : -3)) / 7
      return ((week % weeks) + weeks) % weeks == 0
    case .firstOfMonth:
      return date.day <= 7
    }
  }
}

extension Cadence {
  /// Reads the roster's `reports:` text: `weekly`, `every N weeks from
  /// YYYY-MM-DD`, `biweekly from YYYY-MM-DD`, `first of month`. Words are
  /// compared without case; the error says what would be right.
  public init(parsing text: String) throws(MinutesError) {
    let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    let example = "'weekly', 'every 2 weeks from 2011-03-08', 'first of month', 'when-news'"
    switch words {
    case ["when-news"], ["when", "news"], ["when", "it", "has", "news"]:
      self = .whenNews
      return
    case ["weekly"], ["every", "week"]:
      self = .weekly
      return
    case ["first", "of", "month"], ["first", "of", "the", "month"]:
      self = .firstOfMonth
      return
    default: break
    }
    var weeks: Int?
    var rest: ArraySlice<String> = []
    if words.first == "biweekly" {
      weeks = 2
      rest = words.dropFirst()
    } else if words.count >= 3, words[0] == "every", words[2] == "weeks" || words[2] == "week" {
      guard let count = Int(words[1]), count > 0 else {
        throw MinutesError(
          "expected a whole number of weeks in '\(text)', like 'every 2 weeks from 2011-03-08'")
      }
      weeks = count
      rest = words.dropFirst(3)
    }
    guard let weeks else {
      throw MinutesError("unknown cadence '\(text)' (write one of \(example))")
    }
    let spelled = words.first == "biweekly" ? "biweekly" : "every \(weeks) weeks"
    guard rest.count == 2, rest.first == "from" else {
      throw MinutesError(
        "'\(text)' needs the date of a meeting the group reports at "
          + "(write '\(spelled) from 2011-03-08')")
    }
    guard let anchor = MeetingDate(iso: rest.last!) else {
      throw MinutesError(
        "expected a date like 2011-03-08 after 'from', found '\(rest.last!)'")
    }
    self = weeks == 1 ? .weekly : .every(weeks: weeks, anchor: anchor)
  }
}
