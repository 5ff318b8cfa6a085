import Foundation

/// Decides whether an item's text says it is done, by the roster's done marks.
///
/// Marks are matched so that prose does not close items by accident:
/// - a word mark (`DONE`, `CLOSED`) matches as written anywhere as a whole
///   word (`UNDONE` and `DONE_LIST` do not match), and in any case where it
///   stands as a mark: first in the text (`Done: …`), in brackets or bold
///   (`(done)`, `[Done]`, `*done*`), or last after a separator (`… - done`).
///   "almost done" in a sentence is prose;
/// - a tag mark (`<del>`, `<s>`) closes an item when the whole text is struck
///   through, a trailing attribution aside (`<del>Item G</del> (Ana)`); a
///   struck-out word inside the text is an edit, not a close;
/// - any other mark (`%Y%`, TWiki's tick icon) matches anywhere.
public struct DoneMarks: Sendable, Equatable {
  public var marks: [String]

  public init(_ marks: [String]) {
    self.marks = marks.filter { !$0.isEmpty }
  }

  /// The first mark that closes `text`, nil when the text is open.
  public func mark(in text: String) -> String? {
    let text = OriginNote.removing(from: text)
    for mark in marks {
      if let tag = DoneMarks.tagName(mark) {
        if DoneMarks.isWhollyStruck(text, tag: tag) { return mark }
      } else if DoneMarks.isWordy(mark) {
        if DoneMarks.containsWord(mark, in: text) || DoneMarks.standsAsMark(mark, in: text) {
          return mark
        }
      } else if DoneMarks.mayContain(mark, in: text) && text.contains(mark) {
        return mark
      }
    }
    return nil
  }

  public func isDone(_ text: String) -> Bool { mark(in: text) != nil }

  /// `del` for `<del>` or `<del>…</del>`; nil for marks that are not tags.
  static func tagName(_ mark: String) -> String? {
    guard mark.hasPrefix("<"), let close = mark.firstIndex(of: ">") else { return nil }
    let name = mark[mark.index(after: mark.startIndex)..<close]
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
    return name.lowercased()
  }

  static func isWordChar(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  static func isWordy(_ mark: String) -> Bool {
    guard let first = mark.first, let last = mark.last else { return false }
    return isWordChar(first) && isWordChar(last)
  }

  /// False when `text` cannot hold `needle` (ASCII, and its bytes are not
  /// in `text`): Foundation's search, which says the same after converting
  /// the whole text, is asked only when it may find something.
  static func mayContain(_ needle: some StringProtocol, in text: some StringProtocol) -> Bool {
    guard needle.utf8.allSatisfy(ASCII.isASCII) else { return true }
    return ByteSearch.range(of: needle, in: Substring(text)) != nil
  }

  static func containsWord(_ word: String, in text: String) -> Bool {
    guard mayContain(word, in: text) else { return false }
    var searchStart = text.startIndex
    while let found = text.range(of: word, range: searchStart..<text.endIndex) {
      let before =
        found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !(before.map(isWordChar) ?? false) && !(after.map(isWordChar) ?? false) { return true }
      searchStart = found.upperBound
    }
    return false
  }

  /// Whether the word `mark` stands in `text`, in any case, where only a
  /// done mark stands: first (`Done: filed`), in brackets or emphasis
  /// (`(done)`, `[Done]`, `*done*`, `=done=`), or last after a separator
  /// (`Filed the ticket - done.`, `…; Done`).
  static func standsAsMark(_ mark: String, in text: String) -> Bool {
    let words = text.lowercased()
    let word = mark.lowercased()
    // Each way below needs the word in the text.
    guard mayContain(word, in: words) else { return false }
    let trimmed = DoneMarks.trimmingWhitespace(Substring(words))
    let wrappers: [(String, String)] = [("(", ")"), ("[", "]"), ("*", "*"), ("=", "="), ("_", "_")]
    for (open, close) in wrappers
    where mayContain(open + word + close, in: trimmed) && trimmed.contains(open + word + close) {
      return true
    }
    // After the list marker and any emphasis: `   * *Done:* …`.
    let body = trimmed.drop { "*_= \t".contains($0) }
    if body.hasPrefix(word) {
      // `Done:`, `Done.` or `Done - …`; not `closed-loop`, not "done with".
      let after = body.dropFirst(word.count).first
      if after == nil || ":.,;!)]".contains(after!) { return true }
      if after == " ", body.dropFirst(word.count + 1).first.map({ "-–—:".contains($0) }) == true {
        return true
      }
    }
    var end = trimmed.endIndex
    while end > trimmed.startIndex, ".!*_= ".contains(trimmed[trimmed.index(before: end)]) {
      end = trimmed.index(before: end)
    }
    let tail = trimmed[..<end]
    guard tail.hasSuffix(word) else { return false }
    let before = tail.dropLast(word.count)
    guard before.last.map(isWordChar) != true else { return false }
    let separator = trimmingWhitespace(before).last
    return separator.map { "-–—:;,.".contains($0) } ?? false
  }

  /// `text` without whitespace (`CharacterSet.whitespaces`) at either end,
  /// as `trimmingCharacters(in: .whitespaces)` has it, without a copy.
  static func trimmingWhitespace(_ text: Substring) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !CharacterSet.whitespaces.contains($0) }),
      let last = scalars.lastIndex(where: { !CharacterSet.whitespaces.contains($0) })
    else { return "" }
    return Substring(scalars[first...last])
  }

  /// True when nothing but punctuation and spaces is left of `text` once
  /// every `<tag>…</tag>` span is taken out (and an attribution in brackets
  /// after the last one, `(Ana)`, `(Rob, Scott)`), and there was such a span.
  static func isWhollyStruck(_ text: String, tag: String) -> Bool {
    // No opening tag, nothing struck: said before the whole text is trimmed.
    guard mayContain("<\(tag)>", in: text.lowercased()) else { return false }
    let lowered = DoneMarks.withoutAttribution(text).lowercased()
    let open = "<\(tag)>"
    let close = "</\(tag)>"
    var rest = ""
    var found = false
    var index = lowered.startIndex
    while index < lowered.endIndex {
      guard let start = lowered.range(of: open, range: index..<lowered.endIndex) else {
        rest += lowered[index...]
        break
      }
      rest += lowered[index..<start.lowerBound]
      guard let end = lowered.range(of: close, range: start.upperBound..<lowered.endIndex) else {
        // An unclosed tag strikes to the end of the line, as browsers render it.
        found = true
        index = lowered.endIndex
        break
      }
      found = true
      index = end.upperBound
    }
    return found && !rest.contains { $0.isLetter || $0.isNumber }
  }

  /// `text` without a closing `(Name, Name)`: names, spaces, `,`, `/`, `&`,
  /// `.` and `and`, each name capitalised.
  static func withoutAttribution(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(
      in: .whitespaces.union(
        .punctuationCharacters.subtracting(
          CharacterSet(charactersIn: "()"))))
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return text }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    let names = inside.split { " ,/&.".contains($0) }
    guard !names.isEmpty,
      names.allSatisfy({
        $0 == "and" || ($0.first?.isUppercase ?? false) && $0.allSatisfy(\.isLetter)
      })
    else { return text }
    return String(trimmed[..<open])
  }
}
