import Foundation

/// The note a carried item gets once, the first time it is carried:
/// `(open since 15 Mar 2011)`, the meeting date of the topic it was open in.
///
/// Carrying keeps the first note, so an item's age stays visible week after
/// week and lint's `stale-item` rule can tell how long it has been open. An
/// ActionTracker action whose uid was dropped on carrying keeps the first uid
/// in the same note: `(open since 15 Mar 2011, was uid 000123)`.
public enum OriginNote {
  static let prefix = "(open since "

  /// The most bytes between `(open since ` and `)`: a date and a uid,
  /// with room to spare.
  static let maxInside = 200

  /// The note for an item open since `date`, with the uid of the action it
  /// was carried from, if any.
  public static func text(since date: MeetingDate, uid: String? = nil) -> String {
    if let uid, !uid.isEmpty { return "\(prefix)\(date.twikiDate), was uid \(uid))" }
    return "\(prefix)\(date.twikiDate))"
  }

  /// The date of the first origin note in `text`, nil when there is none.
  public static func date(in text: String) -> MeetingDate? {
    find(in: text)?.date
  }

  /// The first well-formed origin note in `text`: where it is and its date.
  public static func find(in text: String) -> (range: Range<String.Index>, date: MeetingDate)? {
    notes(in: text, first: true).first.map { ($0.range, $0.date) }
  }

  /// A well-formed origin note found in a line.
  public struct Found: Sendable, Equatable {
    /// From `(` to `)`.
    public var range: Range<String.Index>
    /// UTF-8 offset of the `(` in the line.
    public var offset: Int
    public var date: MeetingDate
  }

  /// Every well-formed origin note in `text`, left to right. `new` and
  /// lint's `stale-item` both read notes here, so they agree on what one is.
  public static func notes(in text: String, first: Bool = false) -> [Found] {
    var result: [Found] = []
    // A line of many `(open since ` (an 8 MiB one in bench/pathological.sh)
    // is read once, not once per note: ``CaselessPattern`` keeps the `)`
    // it found for the notes before it.
    prefixPattern.forEachOccurrence(in: text, closedBy: ")") { found, close in
      // A date is a few words: a longer stretch is no note, and is not
      // split up to find out.
      guard close - found.upperBound <= maxInside else { return true }
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
      let upper = utf8.index(lower, offsetBy: found.count)
      let closeIndex = utf8.index(upper, offsetBy: close - found.upperBound)
      let words = text[upper..<closeIndex]
      let datePart = words.split(separator: ",", maxSplits: 1).first ?? words
      guard let date = parseTWikiDate(datePart) else { return true }
      result.append(
        Found(range: lower..<text.index(after: closeIndex), offset: found.lowerBound, date: date))
      return !first
    }
    return result
  }

  /// `prefix`, as ``ByteSearch`` looks for it: ASCII case ignored.
  static let prefixPattern = CaselessPattern(prefix)

  /// `text` without its origin note (and the space before it).
  public static func removing(from text: String) -> String {
    guard let (range, _) = find(in: text) else { return text }
    var result = text
    result.removeSubrange(range)
    let trimmed = result.trimmedSpaces()
    // Foundation's replacement only where there is something to replace:
    // over a long line it costs far more than the search.
    guard ByteSearch.contains("  ", in: trimmed) else { return trimmed }
    return trimmed.replacingOccurrences(of: "  ", with: " ")
  }

  /// `15 Mar 2011`, `5 Mar 2011`, `15 March 2011`, `15 Sept 2011`: a month
  /// spelled as topic names may spell it (``TopicPattern/month(spelled:)``).
  static func parseTWikiDate(_ text: Substring) -> MeetingDate? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]), parts[2].count == 4,
      let month = TopicPattern.month(spelled: String(parts[1]))
    else { return nil }
    return MeetingDate(year: year, month: month, day: day)
  }

  /// The line with an origin note at its end: `line` itself when it already
  /// has one (the first date wins), else `line` with the note appended.
  static func adding(to line: String, since date: MeetingDate, uid: String?) -> String {
    if find(in: line) != nil { return line }
    var trimmed = Substring(line)
    while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
    return trimmed + " " + text(since: date, uid: uid)
  }
}
