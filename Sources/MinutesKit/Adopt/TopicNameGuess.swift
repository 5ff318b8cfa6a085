/// The topic-name pattern an archive's file names follow, and how they spell
/// each month: the pattern most names share, with the date's parts as tokens.
public struct TopicNameGuess: Sendable, Equatable {
  public var pattern: TopicPattern
  /// How many of the names follow the pattern.
  public var matching: Int
  public var total: Int
  /// Each month's spelling in its latest topic, January first.
  public var months: [String]

  /// Guesses from topic names (without `.txt`); nil when no name carries a date.
  public static func guess(_ names: [String]) -> TopicNameGuess? {
    var counts: [String: Int] = [:]
    // Days below 10 written with a zero and without, counted: the archive's
    // habit, not one early topic, decides between $day and $d.
    var padded = 0
    var unpadded = 0
    for name in names {
      guard let (key, form) = template(of: name) else { continue }
      counts[key, default: 0] += 1
      switch form {
      case .padded: padded += 1
      case .unpadded: unpadded += 1
      case .twoDigits: break
      }
    }
    guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
      return nil
    }
    let text = best.key.replacingOccurrences(of: "\u{1}D", with: padded > unpadded ? "$day" : "$d")
    let plain = TopicPattern(text)
    var latest: [Int: (MeetingDate, String)] = [:]
    var matching = 0
    for name in names {
      guard let date = plain.date(in: name) else { continue }
      matching += 1
      if let word = monthWord(in: name), latest[date.month].map({ $0.0 < date }) ?? true {
        latest[date.month] = (date, word)
      }
    }
    let months = (1...12).map { latest[$0]?.1 ?? MeetingDate.shortMonthNames[$0 - 1] }
    return TopicNameGuess(
      pattern: TopicPattern(text, months: months), matching: matching, total: names.count,
      months: months)
  }

  /// How a name writes its day: `05`, `5`, or `15` (which tells nothing).
  enum DayForm { case padded, unpadded, twoDigits }

  /// The name with its date written as tokens (`$mon\u{1}D,$year...`, the day
  /// token decided once all names are seen), and how it writes its day.
  static func template(of name: String) -> (String, DayForm)? {
    let runs = self.runs(of: name)
    guard let yearIndex = runs.firstIndex(where: { $0.isDigits && $0.text.count == 4 }),
      let year = Int(runs[yearIndex].text), (1900...2199).contains(year)
    else { return nil }
    for (index, run) in runs.enumerated() where !run.isDigits {
      guard TopicPattern.month(spelled: run.text) != nil, run.text.count >= 3 else { continue }
      let dayIndex =
        index + 1 < runs.count && runs[index + 1].isDigits && runs[index + 1].text.count <= 2
        ? index + 1
        : (index > 0 && runs[index - 1].isDigits && runs[index - 1].text.count <= 2
          ? index - 1 : nil)
      guard let dayIndex, dayIndex != yearIndex else { continue }
      var parts = runs.map(\.text)
      parts[index] = "$mon"
      parts[dayIndex] = "\u{1}D"
      parts[yearIndex] = "$year"
      return (parts.joined(), form(runs[dayIndex].text))
    }
    // Numeric dates: 2011-03-08, 20110308.
    let numbers = runs.indices.filter { runs[$0].isDigits }
    if let position = numbers.firstIndex(of: yearIndex), position + 2 < numbers.count {
      let month = numbers[position + 1]
      let day = numbers[position + 2]
      guard runs[month].text.count == 2, runs[day].text.count <= 2 else { return nil }
      var parts = runs.map(\.text)
      parts[yearIndex] = "$year"
      parts[month] = "$mo"
      parts[day] = "\u{1}D"
      return (parts.joined(), form(runs[day].text))
    }
    return nil
  }

  private static func form(_ day: String) -> DayForm {
    day.hasPrefix("0") ? .padded : day.count == 1 ? .unpadded : .twoDigits
  }

  /// The first word of the name that spells a month.
  static func monthWord(in name: String) -> String? {
    runs(of: name).first {
      !$0.isDigits && $0.text.count >= 3 && TopicPattern.month(spelled: $0.text) != nil
    }?
    .text
  }

  /// The name cut into digit runs and words (a capital letter starts a word).
  static func runs(of name: String) -> [(text: String, isDigits: Bool)] {
    var result: [(text: String, isDigits: Bool)] = []
    for character in name {
      let digit = character.isASCII && character.isNumber
      if let last = result.last, last.isDigits == digit,
        digit
          || !(character.isUppercase || !character.isLetter || !(last.text.last?.isLetter ?? false))
      {
        result[result.count - 1].text.append(character)
      } else {
        result.append((String(character), digit))
      }
    }
    return result
  }
}
