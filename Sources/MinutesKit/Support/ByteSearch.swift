#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Substring search by UTF-8 bytes. Foundation's `range(of:)` and
/// `contains(_:)` go through NSString and UTF-16; on every line of a large
/// archive they were most of lint's time.
enum ByteSearch {
  /// Where `needle` first occurs in `text` (an exact, case-sensitive match).
  static func range(of needle: some StringProtocol, in text: Substring) -> Range<String.Index>? {
    var pattern = String(needle)
    var haystack = text
    let found = pattern.withUTF8 { pattern in
      haystack.withUTF8 { bytes in firstOffset(of: pattern, in: bytes) }
    }
    guard let found else { return nil }
    let start = text.utf8.index(text.startIndex, offsetBy: found)
    return start..<text.utf8.index(start, offsetBy: pattern.utf8.count)
  }

  /// The offset where `pattern` first occurs in `bytes` at or after `start`.
  ///
  /// Lint asks this of every line of every topic, so it runs over the bytes in
  /// place: the generic `Collection` search over a `String.UTF8View` decoded
  /// the string a byte at a time and was a large part of lint's time.
  static func firstOffset(
    of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
    from start: Int = 0
  ) -> Int? {
    guard let head = pattern.first else { return start <= bytes.count ? start : nil }
    guard bytes.count >= pattern.count else { return nil }
    let last = bytes.count - pattern.count
    var index = start
    while index <= last, let found = firstOffset(of: head, in: bytes, from: index, to: last + 1) {
      var matched = 1
      while matched < pattern.count && bytes[found + matched] == pattern[matched] { matched += 1 }
      if matched == pattern.count { return found }
      index = found + 1
    }
    return nil
  }

  /// The offset of the first `byte` in `bytes[start..<end]`, found with the
  /// C library's `memchr`, which looks at many bytes at a time.
  static func firstOffset(
    of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    guard let base = bytes.baseAddress, start >= 0, start < end, end <= bytes.count else {
      return nil
    }
    guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  /// Whether `byte` occurs in `text`: a quick test before a closer look.
  static func contains(byte: UInt8, in text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      firstOffset(of: byte, in: bytes, from: 0, to: bytes.count) != nil
    }
  }

  /// Runs `body` over the UTF-8 bytes of `text` in place (a native string
  /// stores them contiguously, and is read without a copy; another is made
  /// native first).
  @inline(__always)
  static func withBytes<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = text
    return try text.withUTF8(body)
  }

  /// Runs `body` over `bytes` in place.
  @inline(__always)
  static func withBytes<Result>(
    of bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer(body)
  }

  /// The offset where `pattern` first occurs in `bytes` at or after `start`.
  static func firstOffset(
    of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0
  ) -> Int? {
    pattern.withUnsafeBufferPointer { firstOffset(of: $0, in: bytes, from: start) }
  }

  /// Whether `pattern`, lowercase ASCII bytes (any other bytes compare
  /// exactly), occurs in `bytes` with ASCII case ignored.
  static func containsIgnoringASCIICase(
    lowercased pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    firstOffsetIgnoringASCIICase(lowercased: pattern, in: bytes) != nil
  }

  /// A hash (FNV-1a) of the letters and digits of `text` before its first
  /// `terminator`, ASCII case folded (any byte past ASCII counts as a
  /// letter): spacing and punctuation do not count, and no string is made.
  /// Nil when `terminator` does not occur or no letter comes before it.
  static func foldedHash(before terminator: Unicode.Scalar, in text: String) -> UInt64? {
    let terminator = UInt8(ascii: terminator)
    return withBytes(of: text) { bytes in
      // Most lines hold no terminator: one `memchr` rules them out.
      guard let end = firstOffset(of: terminator, in: bytes, from: 0, to: bytes.count) else {
        return nil
      }
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      var letters = false
      for byte in bytes[..<end] {
        guard ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte >= 0x80 else { continue }
        letters = letters || !ASCII.isDigit(byte)
        hash = (hash ^ UInt64(ASCII.lowercased(byte))) &* 0x100_0000_01b3
      }
      return letters ? hash : nil
    }
  }

  /// Where `pattern`, lowercase ASCII bytes (any other bytes compare
  /// exactly), first occurs in `bytes` at or after `start`, ASCII case ignored.
  static func firstOffsetIgnoringASCIICase(
    lowercased pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0
  ) -> Int? {
    guard let head = pattern.first else { return start <= bytes.count ? start : nil }
    guard bytes.count >= pattern.count else { return nil }
    let last = bytes.count - pattern.count
    var index = start
    if !ASCII.isLetter(head) {
      // Only `head` itself lowercases to a byte that is no letter: `memchr`
      // finds the places to compare.
      while let found = firstOffset(of: head, in: bytes, from: index, to: last + 1) {
        var matched = 1
        while matched < pattern.count
          && ASCII.lowercased(bytes[found + matched]) == pattern[matched]
        {
          matched += 1
        }
        if matched == pattern.count { return found }
        index = found + 1
      }
      return nil
    }
    while index <= last {
      if ASCII.lowercased(bytes[index]) == head {
        var matched = 1
        while matched < pattern.count
          && ASCII.lowercased(bytes[index + matched]) == pattern[matched]
        {
          matched += 1
        }
        if matched == pattern.count { return index }
      }
      index += 1
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
  /// ASCII case: `<PRE` matches `<pre`. Searched over the bytes in place:
  /// walking a `String.UTF8View` a byte at a time was most of the time lint
  /// spent looking for origin notes.
  static func rangeIgnoringASCIICase(
    of needle: String, in text: String, from start: String.Index
  ) -> Range<String.Index>? {
    let pattern = needle.utf8.map(ASCII.lowercased)
    let utf8 = text.utf8
    let from = utf8.distance(from: utf8.startIndex, to: start)
    guard
      let found = withBytes(
        of: text,
        {
          firstOffsetIgnoringASCIICase(lowercased: pattern, in: $0, from: from)
        })
    else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: pattern.count)
  }

  /// Whether `text.lowercased().hasPrefix(prefix)` for a lowercase ASCII
  /// `prefix` without CR, decided from the bytes where they settle it: text
  /// that starts with ASCII bytes and goes on with an ASCII byte (or ends),
  /// where a character is a byte and lowercasing folds ASCII case. Nil when
  /// a byte of a longer character (one that lowercases to ASCII, or a mark
  /// that combines with the last byte compared) leaves it to `String`.
  static func startsWithLowercased(_ text: some StringProtocol, asciiPrefix prefix: [UInt8])
    -> Bool?
  {
    guard !prefix.contains(UInt8(ascii: "\r")) else { return nil }
    var iterator = text.utf8.makeIterator()
    for expected in prefix {
      guard let byte = iterator.next() else { return false }
      guard ASCII.isASCII(byte) else { return nil }
      if ASCII.lowercased(byte) != expected { return false }
    }
    if let next = iterator.next(), !ASCII.isASCII(next) { return nil }
    return true
  }

  /// `text.split(separator: " ").count`, counted by bytes for ASCII text
  /// (where a character other than CR LF is a byte, and CR LF is no space).
  /// A count past `limit` stops at `limit + 1`: callers ask whether a text
  /// has at most so many words, and a long line is not read to its end.
  static func spaceSeparatedWordCount(_ text: String, limit: Int = .max) -> Int {
    var count = 0
    var previous = UInt8(ascii: " ")
    for byte in text.utf8 {
      guard ASCII.isASCII(byte) else {
        let all = text.split(separator: " ").count
        return all > limit ? limit + 1 : all
      }
      if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") {
        count += 1
        if count > limit { return count }
      }
      previous = byte
    }
    return count
  }

  /// Whether `word` occurs in `text` standing alone: with no byte of a word
  /// (``ASCII/isWordByte(_:)``) and no `joiner` (ASCII) right before or
  /// after it. "n/a" stands alone in "Gratia: n/a", not in "/n/a/".
  static func containsStandingAlone(
    _ word: String, in text: String, apartFrom joiner: Unicode.Scalar
  ) -> Bool {
    let pattern = BytePattern(Array(word.utf8))
    let joiner = UInt8(ascii: joiner)
    return withBytes(of: text) { bytes in
      func isApart(_ offset: Int) -> Bool {
        offset < 0 || offset >= bytes.count
          || (!ASCII.isWordByte(bytes[offset]) && bytes[offset] != joiner)
      }
      var from = 0
      while let start = pattern.firstOffset(in: bytes, from: from) {
        if isApart(start - 1) && isApart(start + pattern.bytes.count) { return true }
        from = start + 1
      }
      return false
    }
  }

  /// Whether `text` holds, at or after UTF-8 offset `start`, an ASCII
  /// letter or digit or a byte of a longer character that none of `covered`
  /// (UTF-8 offset ranges, sorted by their lower bounds) covers.
  static func containsAlphanumeric(
    in text: String, from start: Int, outside covered: [Range<Int>]
  ) -> Bool {
    withBytes(of: text) { bytes in
      guard start < bytes.count else { return false }
      // Swept in order, so a line of many ranges is read once, not once per
      // range for each of its bytes.
      var next = 0
      var coveredTo = 0
      for offset in start..<bytes.count {
        while next < covered.count && covered[next].lowerBound <= offset {
          coveredTo = max(coveredTo, covered[next].upperBound)
          next += 1
        }
        let byte = bytes[offset]
        if ASCII.isLetterOrDigit(byte) || !ASCII.isASCII(byte), offset >= coveredTo {
          return true
        }
      }
      return false
    }
  }

  /// Whether `text` holds a digit that none of `covered` (UTF-8 offset
  /// ranges, sorted by their lower bounds) covers and that does not go on
  /// from an ASCII letter: "12" or "(3" but not the "1" of "T1".
  static func containsDigitNotAfterLetter(in text: String, outside covered: [Range<Int>]) -> Bool {
    var next = 0
    var coveredTo = 0
    var previous: UInt8 = 0
    for (offset, byte) in text.utf8.enumerated() {
      defer { previous = byte }
      while next < covered.count && covered[next].lowerBound <= offset {
        coveredTo = max(coveredTo, covered[next].upperBound)
        next += 1
      }
      guard ASCII.isDigit(byte), offset >= coveredTo else { continue }
      if !ASCII.isLetter(previous) { return true }
    }
    return false
  }

  /// Whether `text` holds a character that is a number
  /// (`Character.isNumber`): for ASCII text, a digit, found without reading
  /// it as characters.
  static func containsNumber(_ text: String) -> Bool {
    let ascii: Bool? = withBytes(of: text) { bytes in
      for byte in bytes {
        if !ASCII.isASCII(byte) { return nil }
        if ASCII.isDigit(byte) { return true }
      }
      return false
    }
    return ascii ?? text.contains(where: \.isNumber)
  }

  /// The width of `indentation` in columns, a tab counting as `tabWidth`
  /// and any other character as one: by bytes when it is spaces and tabs,
  /// as nearly every indentation is.
  static func indentWidth(_ indentation: String, tabWidth: Int) -> Int {
    var width = 0
    for byte in indentation.utf8 {
      guard ASCII.isSpace(byte) else {
        return indentation.reduce(0) { $0 + ($1 == "\t" ? tabWidth : 1) }
      }
      width += byte == UInt8(ascii: " ") ? 1 : tabWidth
    }
    return width
  }

  /// Whether `bytes` spell `word` (ASCII), ignoring ASCII case.
  static func equalsIgnoringASCIICase(_ bytes: some Collection<UInt8>, _ word: String) -> Bool {
    bytes.count == word.utf8.count
      && zip(bytes, word.utf8).allSatisfy { ASCII.lowercased($0.0) == ASCII.lowercased($0.1) }
  }
}

/// Questions rules ask of a line's text by UTF-8 offset, answered over its
/// bytes in place: no rule reads a pointer or spells a byte.
extension ByteSearch {
  /// Whether `character` (ASCII) occurs in `text`, found with `memchr`.
  static func contains(ascii character: Unicode.Scalar, in text: String) -> Bool {
    contains(byte: UInt8(ascii: character), in: text)
  }

  /// The UTF-8 offset of the first `character` (ASCII) in `text`; nil when
  /// there is none. Read a byte at a time: the texts asked (indentations)
  /// are a few bytes long, shorter than a call to `memchr` pays for.
  static func firstOffset(ofASCII character: Unicode.Scalar, in text: String) -> Int? {
    let byte = UInt8(ascii: character)
    return withBytes(of: text) { $0.firstIndex(of: byte) }
  }

  /// How many spaces and tabs (``ASCII/isSpace(_:)``) `text` starts with:
  /// the UTF-8 offset of its first other byte.
  static func leadingSpaceCount(_ text: String) -> Int {
    withBytes(of: text) { bytes in
      var count = 0
      while count < bytes.count, ASCII.isSpace(bytes[count]) { count += 1 }
      return count
    }
  }

  /// Whether `text` has, at UTF-8 offset `offset`, a byte that is no space
  /// or tab; false past its end.
  static func hasNonSpace(at offset: Int, in text: String) -> Bool {
    withBytes(of: text) { offset >= 0 && offset < $0.count && !ASCII.isSpace($0[offset]) }
  }

  /// Whether `text` starts and ends with an ASCII byte that is no space or
  /// tab: a name that trimming would leave as it is (false when empty).
  static func hasASCIINonSpaceEnds(_ text: String) -> Bool {
    guard let first = text.utf8.first, let last = text.utf8.last else { return false }
    return ASCII.isASCII(first) && ASCII.isASCII(last) && !ASCII.isSpace(first)
      && !ASCII.isSpace(last)
  }

  /// Whether `text` goes on, from UTF-8 offset `start`, with digits (none
  /// or more) and then `terminator` (ASCII): the `.` of a numbered item's
  /// `12.`.
  static func digitsThen(_ terminator: Unicode.Scalar, in text: String, from start: Int) -> Bool {
    let terminator = UInt8(ascii: terminator)
    return withBytes(of: text) { bytes in
      var offset = Swift.max(start, 0)
      while offset < bytes.count, ASCII.isDigit(bytes[offset]) { offset += 1 }
      return offset < bytes.count && bytes[offset] == terminator
    }
  }

  /// `text` from UTF-8 offset `start` up to the first `terminator` (ASCII)
  /// after it, or to its end, and at most `maxBytes` bytes of that (a
  /// character cut short there reads as U+FFFD); empty from past its end.
  static func text(
    in text: String, from start: Int, upTo terminator: Unicode.Scalar? = nil,
    maxBytes: Int = .max
  ) -> String {
    let terminator = terminator.map { UInt8(ascii: $0) }
    return withBytes(of: text) { bytes in
      let start = Swift.max(start, 0)
      guard start < bytes.count else { return "" }
      let end =
        terminator.flatMap { firstOffset(of: $0, in: bytes, from: start, to: bytes.count) }
        ?? bytes.count
      let cut = start + Swift.min(end - start, maxBytes)
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self)
    }
  }

  /// `text.hasSuffix(String(character))` for an ASCII `character`, ruled
  /// out at one look when the last byte differs, as it does on nearly every
  /// line asked.
  @inline(__always)
  static func hasSuffix(ascii character: Unicode.Scalar, in text: String) -> Bool {
    text.utf8.last == UInt8(ascii: character) && text.hasSuffix(String(character))
  }

  /// `text.split(separator: " ")`, each word without `dropped`: split by
  /// bytes when `text` is ASCII (a character is then a byte), without a
  /// character view.
  static func spaceSeparatedWords(_ text: String, dropping dropped: Unicode.Scalar) -> [String] {
    guard ASCII.isASCII(text) else {
      let dropped = Character(dropped)
      return text.split(separator: " ").map { String($0.filter { $0 != dropped }) }
    }
    let space = UInt8(ascii: " ")
    let droppedByte = UInt8(ascii: dropped)
    var words: [String] = []
    var word: [UInt8] = []
    var length = 0
    for byte in text.utf8 {
      if byte == space {
        if length > 0 { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
        length = 0
        continue
      }
      length += 1
      if byte != droppedByte { word.append(byte) }
    }
    if length > 0 { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// Whether a word of `text` (what follows its start or ASCII whitespace,
  /// ``ASCII/isWhitespace(_:)``) starts with `character` (ASCII); nil when
  /// `text` is not all ASCII, where a character may be more than a byte.
  static func hasWord(startingWith character: Unicode.Scalar, in text: String) -> Bool? {
    let first = UInt8(ascii: character)
    var found = false
    var previous = UInt8(ascii: " ")
    for byte in text.utf8 {
      if !ASCII.isASCII(byte) { return nil }
      if byte == first, ASCII.isWhitespace(previous) { found = true }
      previous = byte
    }
    return found
  }
}

/// Text looked for with ASCII case ignored (`(open since ` in `(Open Since
/// 15 Mar 2011)`), prepared once: its bytes as `String.lowercased()` makes
/// them, each compared with a line's byte ASCII-lowercased (``ASCII``).
struct CaselessPattern: Sendable {
  private let lowercased: [UInt8]

  init(_ text: String) { lowercased = Array(text.lowercased().utf8) }

  /// Whether the pattern occurs in `text`.
  func occurs(in text: String) -> Bool {
    ByteSearch.withBytes(of: text) {
      ByteSearch.containsIgnoringASCIICase(lowercased: lowercased, in: $0)
    }
  }

  /// Runs `body` for each occurrence of the pattern in `text`, left to
  /// right, with the UTF-8 offset of the first `closer` (ASCII) at or after
  /// its end, until `body` returns false. Each occurrence is looked for from
  /// the end of the one before, and the walk ends at one with no closer
  /// after it. A closer found serves every occurrence before it: a line of
  /// many occurrences and one closer at its end is read once.
  func forEachOccurrence(
    in text: String, closedBy closer: Unicode.Scalar,
    _ body: (_ occurrence: Range<Int>, _ close: Int) -> Bool
  ) {
    let closer = UInt8(ascii: closer)
    let pattern = lowercased
    ByteSearch.withBytes(of: text) { bytes in
      var searchStart = 0
      var close = 0
      while let start = ByteSearch.firstOffsetIgnoringASCIICase(
        lowercased: pattern, in: bytes, from: searchStart)
      {
        let end = start + pattern.count
        searchStart = end
        if close < end {
          guard
            let found = ByteSearch.firstOffset(of: closer, in: bytes, from: end, to: bytes.count)
          else { return }
          close = found
        }
        guard body(start..<end, close) else { return }
      }
    }
  }
}

/// A byte string to look for many times, with the byte to look for first:
/// its rarest, so that `memchr` stops seldom (the first byte of `minutes`
/// or `completed` is common; each stop costs a call and a compare).
struct BytePattern: Sendable, Equatable {
  let bytes: [UInt8]
  /// The offset in `bytes` of its rarest byte.
  let anchor: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var anchor = 0
    for offset in bytes.indices
    where BytePattern.commonness(bytes[offset]) < BytePattern.commonness(bytes[anchor]) {
      anchor = offset
    }
    self.anchor = anchor
  }

  /// Where the pattern first occurs in `bytes` at or after `start`.
  func firstOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
    let pattern = self.bytes
    guard !pattern.isEmpty else { return start <= bytes.count ? start : nil }
    guard bytes.count >= pattern.count, start >= 0 else { return nil }
    let last = bytes.count - pattern.count
    var candidate = start
    while candidate <= last,
      let found = ByteSearch.firstOffset(
        of: pattern[anchor], in: bytes, from: candidate + anchor, to: last + anchor + 1)
    {
      let at = found - anchor
      var matched = 0
      while matched < pattern.count && bytes[at + matched] == pattern[matched] { matched += 1 }
      if matched == pattern.count { return at }
      candidate = at + 1
    }
    return nil
  }

  /// Whether the pattern occurs in `bytes`.
  func occurs(in bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { firstOffset(in: $0) != nil }
  }

  /// Whether the pattern occurs in `text`, read in place.
  func occurs(in text: String) -> Bool {
    ByteSearch.withBytes(of: text) { firstOffset(in: $0) != nil }
  }

  /// How common a byte is in the minutes' text, roughly: lowercase letters
  /// by their frequency in English, and spaces, are common; capitals,
  /// digits and punctuation are rarer. Only the order matters.
  static func commonness(_ byte: UInt8) -> Int {
    if let rank = "zqjxkvbpygfwmucldrhsnioate".utf8.firstIndex(of: byte) {
      return 10
        + "zqjxkvbpygfwmucldrhsnioate".utf8.distance(
          from: "zqjxkvbpygfwmucldrhsnioate".utf8.startIndex, to: rank)
    }
    if byte == UInt8(ascii: " ") { return 40 }
    if ASCII.isDigit(byte) { return 8 }
    if ASCII.isLetter(byte) { return 5 }
    return 1
  }
}

/// Words looked for together in a line, ASCII case ignored, in one pass over
/// its bytes however many there are ("vacation", "on leave", …).
struct WordSet: Sendable {
  /// The words, lowercase ASCII.
  let words: [[UInt8]]
  /// Each word's rarest byte (``BytePattern/commonness(_:)``), with the
  /// words it anchors and where it stands in each: `memchr` finds the places
  /// the byte occurs in a line (once for the words that share it), and only
  /// there is a word compared. A line holding none, most lines, is passed
  /// over at `memchr`'s speed.
  private let anchors: [(byte: UInt8, words: [(index: Int, offset: Int)])]
  init(_ words: [String]) {
    self.init(lowercasedBytes: words.map { Array($0.lowercased().utf8) })
  }

  /// The words given as bytes, ASCII letters lowercase already.
  init(lowercasedBytes words: [[UInt8]]) {
    self.words = words.filter { !$0.isEmpty }
    var anchors: [(byte: UInt8, words: [(index: Int, offset: Int)])] = []
    for (index, word) in self.words.enumerated() {
      let offset = word.indices.min {
        BytePattern.commonness(word[$0]) < BytePattern.commonness(word[$1])
      }!
      if let known = anchors.firstIndex(where: { $0.byte == word[offset] }) {
        anchors[known].words.append((index, offset))
      } else {
        anchors.append((word[offset], [(index, offset)]))
      }
    }
    self.anchors = anchors
  }

  /// Whether the word at `index` in `words` occurs in `bytes` with its byte
  /// at `offset` at `found`, ASCII case ignored.
  private func holds(_ index: Int, at found: Int, offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let word = words[index]
    let start = found - offset
    guard start >= 0, start + word.count <= bytes.count else { return false }
    var matched = 0
    while matched < word.count && ASCII.lowercased(bytes[start + matched]) == word[matched] {
      matched += 1
    }
    return matched == word.count
  }

  /// Whether one of the words occurs in `bytes`, ASCII case ignored.
  func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for anchor in anchors {
      // The anchor as written in either case (a range: no array to make).
      for flip in 0..<(ASCII.isLetter(anchor.byte) ? 2 : 1) {
        let byte = flip == 0 ? anchor.byte : anchor.byte ^ 0x20
        var from = 0
        while let found = ByteSearch.firstOffset(of: byte, in: bytes, from: from, to: bytes.count) {
          for (index, offset) in anchor.words
          where holds(index, at: found, offset: offset, in: bytes) {
            return true
          }
          from = found + 1
        }
      }
    }
    return false
  }

  /// ``occurs(in:)`` for a string's bytes.
  func occurs(in text: String) -> Bool { ByteSearch.withBytes(of: text) { occurs(in: $0) } }
}

/// Byte strings looked for together in a line, ASCII case ignored, some of
/// them only where a word starts (`no` in "no report", not in "know"): one
/// look at each byte of the line, however many strings there are.
struct CueSet: Sendable {
  /// The strings (lowercase ASCII or any other bytes, compared exactly):
  /// those found anywhere, then those found at a word start.
  private let cues: [[UInt8]]
  /// For each byte value, the strings that start with it in either case, as
  /// bits: bit `i` for `cues[i]`. Most bytes of a line start none and are
  /// passed over at one look, and a byte that starts some is compared with
  /// those alone.
  private let starts: [UInt16]
  /// The bits of `starts` that stand for strings found at a word start.
  private let wordStartBits: UInt16

  /// `anywhere` and `atWordStart` lowercase, sixteen strings at most, none
  /// empty.
  init(anywhere: [String], atWordStart: [String]) {
    let cues = (anywhere + atWordStart).map { Array($0.utf8) }
    precondition(cues.count <= UInt16.bitWidth && cues.allSatisfy { !$0.isEmpty })
    self.cues = cues
    self.starts = (0...255).map { value in
      let byte = ASCII.lowercased(UInt8(value))
      var bits: UInt16 = 0
      for (position, cue) in cues.enumerated() where cue[0] == byte { bits |= 1 << position }
      return bits
    }
    self.wordStartBits = UInt16((1 << atWordStart.count) - 1) << anywhere.count
  }

  /// Whether one of the strings occurs in `text`; one that must start a word
  /// counts unless an ASCII letter, digit or apostrophe stands before it (a
  /// byte of a longer character may end a word: "—no report").
  func occurs(in text: String) -> Bool {
    let cues = self.cues
    let wordStart = wordStartBits
    return ByteSearch.withBytes(of: text) { bytes in
      starts.withUnsafeBufferPointer { starts in
        func holds(_ cue: [UInt8], at start: Int) -> Bool {
          guard start + cue.count <= bytes.count else { return false }
          for offset in cue.indices where ASCII.lowercased(bytes[start + offset]) != cue[offset] {
            return false
          }
          return true
        }
        for start in bytes.indices {
          var bits = starts[Int(bytes[start])]
          if bits == 0 { continue }
          if bits & wordStart != 0, start > 0 {
            let previous = bytes[start - 1]
            if ASCII.isLetterOrDigit(previous) || previous == UInt8(ascii: "'") {
              bits &= ~wordStart
            }
          }
          while bits != 0 {
            let position = bits.trailingZeroBitCount
            bits &= bits - 1
            if holds(cues[position], at: start) { return true }
          }
        }
        return false
      }
    }
  }
}

/// A set of byte values, looked up in a table: one look for each byte of a
/// text asked about.
struct ByteSet: Sendable {
  private let members: [Bool]

  init(where isMember: (UInt8) -> Bool) {
    members = (0...255).map { isMember(UInt8($0)) }
  }

  /// Whether a byte of `text` is in the set.
  func occurs(in text: String) -> Bool {
    ByteSearch.withBytes(of: text) { bytes in
      members.withUnsafeBufferPointer { members in bytes.contains { members[Int($0)] } }
    }
  }
}
