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

  /// Where `needle` (ASCII) first occurs in `text` from `start` on, ignoring
  /// ASCII case: `<PRE` matches `<pre`.
  static func rangeIgnoringASCIICase(
    of needle: String, in text: String, from start: String.Index
  ) -> Range<String.Index>? {
    let pattern = needle.utf8.map(lowercasedASCII)
    guard let head = pattern.first else { return start..<start }
    let utf8 = text.utf8
    var from = start
    while from < utf8.endIndex {
      guard let first = utf8[from...].firstIndex(where: { lowercasedASCII($0) == head }) else {
        return nil
      }
      if utf8[first...].count >= pattern.count,
        zip(utf8[first...], pattern).allSatisfy({ lowercasedASCII($0.0) == $0.1 })
      {
        return first..<utf8.index(first, offsetBy: pattern.count)
      }
      from = utf8.index(after: first)
    }
    return nil
  }

  /// Whether `bytes` spell `word` (ASCII), ignoring ASCII case.
  static func equalsIgnoringASCIICase(_ bytes: ArraySlice<UInt8>, _ word: String) -> Bool {
    bytes.count == word.utf8.count
      && zip(bytes, word.utf8).allSatisfy { lowercasedASCII($0.0) == lowercasedASCII($0.1) }
  }

  @inline(__always)
  static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }
}
