/// An owner's absence announced in a group's section for the weeks ahead, as
/// the OSG pages write it: "Britta on vacation next week!", "I will be on
/// vacation the following week", "Britta on vacation: April 1 - April 12",
/// "Rob on Vacation Aug 16th to Sept 27th", "on leave until May 16th". The
/// group's empty section at a meeting in that time was announced, not
/// forgotten (`empty-section`, through ``RecentReports``).
///
/// Only a line that names an owner (or says "I", written by one) and gives
/// the days counts: "just returning from vacation" or "the shift captain is
/// on vacation" announce nothing about the weeks ahead.
enum AnnouncedAbsence {
  /// Words that say someone will be away, lowercase.
  static let cues = WordSet(["vacation", "on leave", "out of office", "out of the office"])
  /// Every word either kind of line needs one of, looked for first: most
  /// lines hold none.
  static let anyAbsence = WordSet(["vacation", "leave", "office"])

  /// Words between two days of a span (`Aug 16th to Sept 27th`).
  static let spanWords: Set<String> = ["to", "-", "through", "until", "till", "thru"]
  /// Words before the last day away (`until May 16th`).
  static let untilWords: Set<String> = ["until", "till", "through", "thru"]

  /// Words before an absence that say it is over (`after vacation`, `back
  /// from leave`, `returning from vacation`).
  static let backWords: Set<String> = ["after", "from", "back"]
  /// The absences one comes back from.
  static let absenceWords = WordSet(["vacation", "leave"])

  /// Whether `text` says its writer is back from an absence: the group's
  /// gap just before was that absence ("Catch up after vacation", "No news,
  /// just returning from vacation").
  static func saysBack(in text: String) -> Bool {
    guard absenceWords.occurs(in: text) else { return false }
    let words = tokens(text.lowercased())
    for (index, word) in words.enumerated() where word == "vacation" || word == "leave" {
      if words[max(0, index - 3)..<index].contains(where: backWords.contains) { return true }
    }
    return false
  }

  /// The days that `text`, a line of the section of a group whose owners
  /// are `owners`, on the page of the meeting of `date`, says an owner will
  /// be away; nil when it announces no such thing.
  static func period(in text: String, owners: [String], pageDate date: MeetingDate)
    -> DatePeriod?
  {
    guard cues.occurs(in: text) else { return nil }
    let words = tokens(text.lowercased())
    let ownerWords = owners.compactMap { OwnerMismatchRule.personWords($0).first }
    guard words.contains("i") || words.contains(where: { ownerWords.contains($0) }) else {
      return nil
    }
    for (index, word) in words.enumerated() {
      if word == "next" || word == "following", index + 1 < words.count,
        words[index + 1] == "week"
      {
        return DatePeriod(since: date.adding(days: 1), until: date.adding(days: 13))
      }
      if untilWords.contains(word), let (last, _) = day(in: words, at: index + 1, near: date) {
        return DatePeriod(since: date.adding(days: 1), until: last)
      }
      if let (first, next) = day(in: words, at: index, near: date), next < words.count,
        spanWords.contains(words[next]),
        let (last, _) = day(in: words, at: next + 1, near: first, month: first.month)
      {
        return DatePeriod(since: first, until: last)
      }
    }
    return nil
  }

  /// A day written at `index` of `words` (`april 1`, `aug 16th`; with
  /// `month`, a bare `12` too) and the index after it, in the year that puts
  /// it nearest after `reference` (a span written in December may end in
  /// January).
  static func day(
    in words: [String], at index: Int, near reference: MeetingDate, month: Int? = nil
  ) -> (MeetingDate, Int)? {
    guard index < words.count else { return nil }
    var position = index
    var monthNumber = month
    if let spelled = TopicPattern.month(spelled: words[position]), words[position].count >= 3 {
      monthNumber = spelled
      position += 1
    } else if month == nil {
      return nil
    }
    guard let monthNumber, position < words.count, let dayNumber = Int(words[position]),
      (1...31).contains(dayNumber)
    else { return nil }
    for year in [reference.year, reference.year + 1] {
      if let day = MeetingDate(year: year, month: monthNumber, day: dayNumber),
        day.days(until: reference) <= 31
      {
        return (day, position + 1)
      }
    }
    return nil
  }

  /// The words of a lowercased line: runs of letters, runs of digits (an
  /// ordinal's `th` dropped), and dashes as `-`.
  static func tokens(_ lowered: String) -> [String] {
    var words: [String] = []
    var current = ""
    var isDigits = false
    func flush() {
      if !current.isEmpty { words.append(current) }
      current = ""
    }
    for character in lowered {
      if character.isNumber {
        if !isDigits { flush() }
        isDigits = true
        current.append(character)
      } else if character.isLetter {
        // `16th`: the ordinal's letters end the number.
        if isDigits {
          flush()
          isDigits = false
          current = "#"
        }
        if current == "#" { continue }
        current.append(character)
      } else {
        if current == "#" { current = "" }
        flush()
        isDigits = false
        if character == "-" || character == "–" { words.append("-") }
      }
    }
    if current == "#" { current = "" }
    flush()
    return words
  }
}
