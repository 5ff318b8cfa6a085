/// A topic name pattern from the roster (`$mon$d,$yearProductionMeeting`):
/// TWiki's date tokens plus `$d` and `$monthname`, and literal text.
///
/// Formatting writes the canonical spelling; reading a name back is lenient,
/// because people typed real archives by hand: `Mar1,2011`, `Jan05,2010`,
/// `April1,2014`, `Sept6,2011`, `DEcember1,2015` all match `$mon$d,$year`.
public struct TopicPattern: Sendable, Equatable {
  public enum Token: Sendable, Equatable {
    case literal(String)
    /// `$day`: two-digit day.
    case paddedDay
    /// `$d`: day without padding.
    case day
    /// `$mon` and `$month`: `Mar`.
    case shortMonth
    /// `$monthname`: `March`.
    case monthName
    /// `$mo`: two-digit month.
    case numericMonth
    /// `$year`: four-digit year (`0001` for year 1), as `date(in:)` reads it.
    case year
  }

  public let pattern: String
  public let tokens: [Token]
  /// Each token's literal text as bytes (none for a date token), nil when a
  /// literal is not ASCII: an ASCII name is read by bytes against these,
  /// made once with the tokens rather than for every name read.
  private let asciiLiterals: [[UInt8]]?
  /// How `$mon` and `$month` write each month, January first: `Jun`,
  /// `July` as an archive spells them.
  public var months: [String]

  // Longest first, so `$monthname` is not read as `$month` + "name".
  private static let tokenTable: [(String, Token)] = [
    ("$monthname", .monthName), ("$month", .shortMonth), ("$mon", .shortMonth),
    ("$mo", .numericMonth), ("$year", .year), ("$day", .paddedDay), ("$d", .day),
  ]

  /// The token spellings, shortest first, so that a clipped `$mont` is
  /// taken for `$month` rather than `$monthname`.
  private static let suggestable = tokenTable.map(\.0).sorted { $0.count < $1.count }

  public init(_ pattern: String, months: [String] = MeetingDate.shortMonthNames) {
    self.pattern = pattern
    self.months = months.count == 12 ? months : MeetingDate.shortMonthNames
    var tokens: [Token] = []
    var literal = ""
    var rest = Substring(pattern)
    while let first = rest.first {
      if first == "$",
        let (text, token) = TopicPattern.tokenTable.first(where: { rest.hasPrefix($0.0) })
      {
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        literal = ""
        tokens.append(token)
        rest = rest.dropFirst(text.count)
      } else {
        literal.append(first)
        rest = rest.dropFirst()
      }
    }
    if !literal.isEmpty { tokens.append(.literal(literal)) }
    self.tokens = tokens
    let literals = tokens.map { token -> [UInt8]? in
      guard case .literal(let text) = token else { return [] }
      return text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") })
        ? Array(text.utf8) : nil
    }
    self.asciiLiterals = literals.contains { $0 == nil } ? nil : literals.map { $0 ?? [] }
  }

  /// Checks that every name the pattern gives is a usable, dated topic
  /// name: one word, only known `$` tokens, and a year, a month and a day.
  public func validate() throws(MinutesError) {
    let listed = "$day $d $month $mon $monthname $mo $year"
    try validateAsFileName()
    if let bad = pattern.first(where: { $0.isWhitespace || $0 == "/" || $0 == "\\" }) {
      let what = bad.isWhitespace ? "a space" : "'\(bad)'"
      throw MinutesError(
        "topic pattern '\(pattern)' contains \(what) (a TWiki topic name is one word)")
    }
    for case .literal(let text) in tokens {
      guard let dollar = text.firstIndex(of: "$") else { continue }
      let word = "$" + text[text.index(after: dollar)...].prefix(while: \.isLetter)
      let guess = Suggestion.closest(to: word, in: TopicPattern.suggestable)
      throw MinutesError(
        "unknown token '\(word)' in topic pattern"
          + (guess.map { " (did you mean '\($0)'?)" } ?? " (tokens: \(listed))"))
    }
    if let word = tokenRunningIntoLowercase() {
      let guess = Suggestion.closest(to: word, in: TopicPattern.suggestable)
      throw MinutesError(
        "unknown token '\(word)' in topic pattern"
          + (guess.map { " (did you mean '\($0)'?)" } ?? " (tokens: \(listed))"))
    }
    if tokens.allSatisfy({ if case .literal = $0 { true } else { false } }) {
      throw MinutesError(
        "topic pattern '\(pattern)' has no date token (use \(listed)); "
          + "every meeting would get the same topic name")
    }
    let missing: [(String, String, [Token])] = [
      ("day", "$day or $d", [.paddedDay, .day]),
      ("month", "$month or $mon or $monthname or $mo", [.shortMonth, .monthName, .numericMonth]),
      ("year", "$year", [.year]),
    ]
    if let (part, spelled, _) = missing.first(where: { entry in
      !tokens.contains { entry.2.contains($0) }
    }) {
      throw MinutesError(
        "topic pattern '\(pattern)' has no \(part) token (\(spelled)); "
          + "meetings would share topic names")
    }
  }

  /// Every name the pattern gives must be a file the archive can hold and
  /// list: no control character (a NUL would cut the name short), no leading
  /// dot (a hidden file, skipped by lint and the archive), no longer than a
  /// file name may be once `.txt` is added.
  private func validateAsFileName() throws(MinutesError) {
    let shown = VisibleText.escaped(pattern)
    if let hidden = VisibleText.firstHidden(in: pattern) {
      throw MinutesError(
        "topic pattern '\(shown)' contains the control character "
          + "\(VisibleText.codePoint(hidden)) (a topic name is one word of plain text)")
    }
    if pattern.hasPrefix(".") {
      let rest = pattern.drop { $0 == "." }
      throw MinutesError(
        "topic pattern '\(shown)' starts with '.', which makes a hidden file that lint and the "
          + "archive skip (start with a letter or a token, like '\(rest)')")
    }
    let longest = tokens.reduce(".txt".utf8.count) { total, token in
      switch token {
      case .literal(let text): total + text.utf8.count
      case .monthName: total + "September".utf8.count
      case .paddedDay, .day, .shortMonth, .numericMonth: total + 3
      case .year: total + 4
      }
    }
    if longest > 255 {
      throw MinutesError(
        "topic pattern '\(shown)' makes file names of up to \(longest) bytes with '.txt', "
          + "more than the 255 a file name may have (shorten it)")
    }
  }

  /// The first token written straight before a lowercase letter, with those
  /// letters (`$dya` in `$mon$dya,$year`): a misspelt token, since the
  /// literal text after a token starts with an uppercase letter or a sign
  /// (`$yearProductionMeeting`, `$d,`).
  private func tokenRunningIntoLowercase() -> String? {
    var rest = Substring(pattern)
    while let first = rest.first {
      guard first == "$",
        let (text, _) = TopicPattern.tokenTable.first(where: { rest.hasPrefix($0.0) })
      else {
        rest = rest.dropFirst()
        continue
      }
      rest = rest.dropFirst(text.count)
      let letters = rest.prefix { $0.isASCII && $0.isLowercase }
      if !letters.isEmpty { return text + letters }
    }
    return nil
  }

  /// The topic name for a meeting day: `$mon$d,$yearProductionMeeting` gives
  /// `Mar22,2011ProductionMeeting`.
  public func name(for date: MeetingDate) -> String {
    tokens.map { token in
      switch token {
      case .literal(let text): text
      case .paddedDay: date.day < 10 ? "0\(date.day)" : "\(date.day)"
      case .day: "\(date.day)"
      case .shortMonth: months[date.month - 1]
      case .monthName: MeetingDate.monthNames[date.month - 1]
      case .numericMonth: date.month < 10 ? "0\(date.month)" : "\(date.month)"
      case .year: String(repeating: "0", count: max(0, 4 - "\(date.year)".count)) + "\(date.year)"
      }
    }.joined()
  }

  /// The meeting day a topic name carries, or nil when the name does not
  /// follow the pattern (`WeeklyProductionMeetings`, `ReportTemplate`) or
  /// names a day that does not exist.
  ///
  /// Literal text matches without regard to case; any month token accepts
  /// any spelling of a month (`Mar`, `March`, `Sept`, `DEcember`, `03`); day
  /// tokens accept one or two digits.
  public func date(in name: String) -> MeetingDate? {
    // An ASCII name against ASCII literals is read by bytes (each
    // character one byte); lint reads the name of every topic it checks.
    if let asciiLiterals,
      ByteSearch.withBytes(of: name, { $0.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } })
    {
      return date(in: Array(name.utf8), literals: asciiLiterals)
    }
    return date(
      in: Array(name),
      literals: tokens.map { token -> [Character] in
        if case .literal(let text) = token { Array(text) } else { [] }
      })
  }

  /// ``date(in:)`` over the name's characters, or its bytes when it is
  /// ASCII; `literals` holds each literal token's text in the same units.
  func date<Unit: TopicNameUnit>(in characters: [Unit], literals: [[Unit]]) -> MeetingDate? {
    var found: MeetingDate?
    var fields = Fields()
    func match(_ tokenIndex: Int, _ position: Int) -> Bool {
      if tokenIndex == tokens.count {
        guard position == characters.count, let year = fields.year, let month = fields.month,
          let day = fields.day, let date = MeetingDate(year: year, month: month, day: day)
        else { return false }
        found = date
        return true
      }
      let saved = fields
      defer { if found == nil { fields = saved } }
      // A day or a month of two digits or one, the longer tried first.
      func oneOrTwoDigits(_ set: (inout Fields, Int) -> Bool) -> Bool {
        for length in [2, 1] {
          if let value = number(characters, position, length), set(&fields, value),
            match(tokenIndex + 1, position + length)
          {
            return true
          }
          fields = saved
        }
        return false
      }
      switch tokens[tokenIndex] {
      case .literal:
        let literal = literals[tokenIndex]
        guard position + literal.count <= characters.count else { return false }
        for (offset, character) in literal.enumerated()
        where !characters[position + offset].equalsIgnoringCase(character) {
          return false
        }
        return match(tokenIndex + 1, position + literal.count)
      case .day, .paddedDay:
        return oneOrTwoDigits { $0.set(day: $1) }
      case .numericMonth:
        return oneOrTwoDigits { $0.set(month: $1) }
      case .year:
        guard let value = number(characters, position, 4), fields.set(year: value) else {
          return false
        }
        return match(tokenIndex + 1, position + 4)
      case .shortMonth, .monthName:
        var end = position
        while end < characters.count, characters[end].isNameLetter { end += 1 }
        // Longest spelling first: "Marc" before "Mar" leaves the same rest
        // only when the pattern allows it, and backtracking handles the rest.
        var length = end - position
        while length >= 3 {
          if let month = TopicPattern.month(
            spelled: Unit.text(characters[position..<position + length])),
            fields.set(month: month)
          {
            if match(tokenIndex + 1, position + length) { return true }
          }
          fields = saved
          length -= 1
        }
        return false
      }
    }
    return match(0, 0) ? found : nil
  }

  /// The month a word names: a month's name or any start of it of three
  /// letters or more (`Mar`, `Marc`, `March`, `Sept`), in any case.
  public static func month(spelled word: String) -> Int? {
    let lowered = word.lowercased()
    guard lowered.count >= 3 else { return nil }
    return lowercasedMonthNames.firstIndex { $0.hasPrefix(lowered) }.map { $0 + 1 }
  }

  /// ``MeetingDate/monthNames`` in lowercase, made once: a name is read for
  /// every topic a run checks, each month word tried against all twelve.
  private static let lowercasedMonthNames = MeetingDate.monthNames.map { $0.lowercased() }

  private func number<Unit: TopicNameUnit>(_ characters: [Unit], _ position: Int, _ length: Int)
    -> Int?
  {
    guard position + length <= characters.count else { return nil }
    var value = 0
    for character in characters[position..<position + length] {
      guard let digit = character.asciiDigit else { return nil }
      value = value * 10 + digit
    }
    return value
  }

  /// Date fields read so far; a field read twice must agree with itself.
  private struct Fields {
    var year: Int?
    var month: Int?
    var day: Int?

    mutating func set(year value: Int) -> Bool { Fields.set(&year, value) }
    mutating func set(month value: Int) -> Bool { Fields.set(&month, value) }
    mutating func set(day value: Int) -> Bool { Fields.set(&day, value) }

    private static func set(_ field: inout Int?, _ value: Int) -> Bool {
      if let field { return field == value }
      field = value
      return true
    }
  }
}

/// What ``TopicPattern/date(in:)`` asks of a name's units: characters, or
/// the bytes of an ASCII name, which answer alike.
protocol TopicNameUnit {
  func equalsIgnoringCase(_ other: Self) -> Bool
  var isNameLetter: Bool { get }
  /// 0 to 9 for an ASCII digit, nil for anything else.
  var asciiDigit: Int? { get }
  static func text(_ units: ArraySlice<Self>) -> String
}

extension Character: TopicNameUnit {
  func equalsIgnoringCase(_ other: Character) -> Bool { lowercased() == other.lowercased() }
  var isNameLetter: Bool { isLetter }
  var asciiDigit: Int? { isASCII ? wholeNumberValue : nil }
  static func text(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: TopicNameUnit {
  func equalsIgnoringCase(_ other: UInt8) -> Bool {
    ASCII.lowercased(self) == ASCII.lowercased(other)
  }
  var isNameLetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
  var asciiDigit: Int? { self >= 0x30 && self <= 0x39 ? Int(self - 0x30) : nil }
  static func text(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}
