/// Substring search by UTF-8 bytes. Foundation's `range(of:)` and
/// `contains(_:)` go through NSString and UTF-16; on every line of a large
/// archive they were most of lint's time.
enum ByteSearch {
  /// Where `needle` first occurs in `text` (an exact, case-sensitive match).
  static func range(of needle: some StringProtocol, in text: Substring) -> Range<String.Index>? {
    let pattern = Array(needle.utf8)
    guard let head = pattern.first else { return text.startIndex..<text.startIndex }
    let utf8 = text.utf8
    var from = utf8.startIndex
    while let first = utf8[from...].firstIndex(of: head) {
      if utf8[first...].starts(with: pattern) {
        return first..<utf8.index(first, offsetBy: pattern.count)
      }
      from = utf8.index(after: first)
    }
    return nil
  }

  static func range(of needle: some StringProtocol, in text: String) -> Range<String.Index>? {
    range(of: needle, in: Substring(text))
  }

  static func contains(_ needle: some StringProtocol, in text: String) -> Bool {
    range(of: needle, in: Substring(text)) != nil
  }
}
