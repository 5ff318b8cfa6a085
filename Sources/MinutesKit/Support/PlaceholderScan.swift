/// Where template placeholders stand in a line, found by one scan of its
/// bytes (``LintText/placeholders(in:blank:)`` asks it of every line of a
/// topic).
enum PlaceholderScan {
  /// The phrase the page template leaves in the attendees list.
  static let attendeesPhrase = "(to be updated after the meeting)"

  /// A placeholder in a line: UTF-8 offsets and the text found.
  struct Placeholder: Sendable, Equatable {
    var range: Range<Int>
    var text: String
  }

  private static let attendeesBytes = Array(attendeesPhrase.utf8)

  /// Template text left in a line: the attendees phrase, `TBD`, `FIXME` (any
  /// case), `TODO`, `XXX` (upper case, as templates write them) as whole
  /// words, runs of three or more `_` or `?` (a run of `?` right after a word
  /// is punctuation), and the roster's blank marker. `quickCheck: false`
  /// scans every line in full (for tests that show the quick check passes
  /// over no placeholder).
  static func placeholders(in line: String, blank: String, quickCheck: Bool = true)
    -> [Placeholder]
  {
    ByteSearch.withBytes(of: line) { placeholders(in: $0, blank: blank, quickCheck: quickCheck) }
  }

  private static func placeholders(
    in bytes: UnsafeBufferPointer<UInt8>, blank: String, quickCheck: Bool
  ) -> [Placeholder] {
    // Compared byte by byte, ASCII case folded: lowercasing the whole line
    // would change its length (the Kelvin sign becomes `k`) and the offsets.
    var result: [Placeholder] = []
    let phrase = attendeesBytes
    var index = !quickCheck || mayHoldPlaceholder(bytes) ? 0 : bytes.count
    // A marker of one repeated `?` or `_` (the default `?`) is found as a
    // run that long or longer, standing apart from a word.
    let markerByte = blank.utf8.first
    let markerRun =
      markerByte.flatMap { first in
        (first == UInt8(ascii: "?") || first == UInt8(ascii: "_"))
          && blank.utf8.allSatisfy({ $0 == first }) ? min(3, blank.utf8.count) : nil
      } ?? 3
    while index < bytes.count {
      if ASCII.lowercased(bytes[index]) == phrase[0],
        bytes.count - index >= phrase.count,
        ByteSearch.equalsIgnoringASCIICase(
          bytes[index..<index + phrase.count], attendeesPhrase)
      {
        result.append(Placeholder(range: index..<index + phrase.count, text: attendeesPhrase))
        index += phrase.count
        continue
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "?") {
        var end = index
        while end < bytes.count, bytes[end] == byte { end += 1 }
        // `???` right after a word is a question asked in prose: "(Anand???)".
        let isPunctuation =
          byte == UInt8(ascii: "?") && index > 0 && ASCII.isWordByte(bytes[index - 1])
        // A run shorter than three is the marker only where a figure would
        // stand: at the start, or after a space, `:` or `(`.
        let shortest = byte == markerByte ? markerRun : 3
        let standsApart =
          end - index >= 3 || index == 0
          || ASCII.isSpace(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ":")
          || bytes[index - 1] == UInt8(ascii: "(")
        if end - index >= shortest, standsApart, !isPunctuation {
          result.append(
            Placeholder(
              range: index..<end, text: String(decoding: bytes[index..<end], as: UTF8.self)))
        }
        index = end
        continue
      }
      if ASCII.isWordByte(byte), index == 0 || !ASCII.isWordByte(bytes[index - 1]) {
        var end = index
        while end < bytes.count, ASCII.isWordByte(bytes[end]) { end += 1 }
        let word = bytes[index..<end]
        // Every placeholder word starts with t, f or x: most words are
        // passed over on their first letter.
        let head = ASCII.lowercased(bytes[index])
        if (3...5).contains(word.count),
          head == UInt8(ascii: "t") || head == UInt8(ascii: "f") || head == UInt8(ascii: "x"),
          ByteSearch.equalsIgnoringASCIICase(word, "TBD")
            || ByteSearch.equalsIgnoringASCIICase(word, "FIXME")
            || word.elementsEqual("TODO".utf8) || word.elementsEqual("XXX".utf8)
        {
          result.append(
            Placeholder(range: index..<end, text: String(decoding: word, as: UTF8.self)))
        }
        index = end
        continue
      }
      index += 1
    }
    // By bytes: a character other than `_` and `?` holds a byte other than
    // those, and the other way round.
    if !blank.isEmpty,
      ByteSearch.withBytes(
        of: blank, { $0.contains(where: { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "?") }) })
    {
      // The scan's placeholders are in line order and do not overlap, and
      // the marker is found left to right: one pointer finds the ones it
      // may overlap.
      let scanned = result
      var next = 0
      var search = 0
      let marker = Array(blank.utf8)
      while let start = ByteSearch.firstOffset(of: marker, in: bytes, from: search) {
        let range = start..<start + marker.count
        while next < scanned.count && scanned[next].range.upperBound <= range.lowerBound {
          next += 1
        }
        if next == scanned.count || !scanned[next].range.overlaps(range) {
          result.append(Placeholder(range: range, text: blank))
        }
        search = range.upperBound
      }
      result.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    return result
  }

  /// Whether the scan for placeholders can find anything in `bytes`: runs
  /// need a `_` or `?`, TODO a `D`, the phrase a `(t` in any case, FIXME
  /// an `fix` in any case, XXX itself, and TBD a `bd` in any case. Most
  /// lines hold none of these, and are passed over in this quick pass.
  private static func mayHoldPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // `memchr` looks at many bytes at a time: one pass for each byte is
    // quicker than looking at each byte once for all of them.
    let count = bytes.count
    for byte in placeholderBytes
    where ByteSearch.firstOffset(of: byte, in: bytes, from: 0, to: count) != nil {
      return true
    }
    // Whether some `byte` in `bytes` stands where `holds` says, at the
    // offset it is found at.
    func some(_ byte: UInt8, _ holds: (Int) -> Bool) -> Bool {
      var from = 0
      while let found = ByteSearch.firstOffset(of: byte, in: bytes, from: from, to: count) {
        if holds(found) { return true }
        from = found + 1
      }
      return false
    }
    func isLetter(_ offset: Int, _ lowercase: UInt8) -> Bool {
      offset >= 0 && offset < count && ASCII.lowercased(bytes[offset]) == lowercase
    }
    // TBD: a `b` or `B` before a `d` (a `D` is looked for above). `b` is
    // rarer than `d`, so `memchr` stops less often looking for it.
    let tbd = { (found: Int) in found + 1 < count && bytes[found + 1] == UInt8(ascii: "d") }
    // The phrase: `(to be updated`; FIXME: `fix`; XXX as it is.
    let phrase = { (found: Int) in isLetter(found + 1, UInt8(ascii: "t")) }
    let fixOrXXX = { (found: Int) in
      (isLetter(found - 1, UInt8(ascii: "i")) && isLetter(found - 2, UInt8(ascii: "f")))
        || (found + 2 < count && bytes[found] == UInt8(ascii: "X")
          && bytes[found + 1] == UInt8(ascii: "X") && bytes[found + 2] == UInt8(ascii: "X"))
    }
    return some(UInt8(ascii: "b"), tbd) || some(UInt8(ascii: "B"), tbd)
      || some(UInt8(ascii: "("), phrase) || some(UInt8(ascii: "x"), fixOrXXX)
      || some(UInt8(ascii: "X"), fixOrXXX)
  }

  /// `_`, `?`, `D`: a byte that runs and TODO hold, seldom seen otherwise.
  private static let placeholderBytes: [UInt8] = Array("_?D".utf8)
}
