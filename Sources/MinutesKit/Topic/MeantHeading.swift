import Foundation

/// A line TWiki shows as text that its writer meant as a heading:
/// `--++ Coordinates` (two dashes), ` ---+++ Gratia Reports` (a space
/// first), `<del>---++ Security</del>---++ Security` (markup first). Lint's
/// `malformed-heading` reports it; the section tree takes it as the heading
/// it was meant to be, so the section above does not run on into it.
enum MeantHeading {
  /// Dashes then pluses then a space or a letter at `start` (`--++ T`,
  /// `---+++Title`): what a writer means as a heading.
  static func mark(in bytes: [UInt8], at start: Int) -> (dashes: Int, pluses: Int)? {
    var index = start
    while index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let dashes = index - start
    guard dashes >= 1 else { return nil }
    let plusStart = index
    while index < bytes.count, bytes[index] == UInt8(ascii: "+") { index += 1 }
    let pluses = index - plusStart
    guard (1...6).contains(pluses), index < bytes.count else { return nil }
    let next = bytes[index]
    let opensTitle =
      next == 0x20 || next == UInt8(ascii: "!") || (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
    // Prose such as "40% -+ roughly" has a dash and a plus but no heading's shape.
    guard opensTitle, dashes >= 2 || start == 0 && pluses >= 2 else { return nil }
    return (dashes, pluses)
  }

  /// Where the meant heading of a text line starts (its first dash) and its
  /// marks, nil for a line that holds none: dashes after spaces, fewer than
  /// three dashes at the start, or three or more right after a tag's `>`
  /// that does not strike it out (the last such heading on the line: the
  /// ones before are usually struck out).
  /// ``start(in:)-(([UInt8]))`` asked of a line's text: where its meant
  /// heading starts (a UTF-8 offset) and its marks, nil for a line that
  /// holds none.
  static func start(in text: String) -> (offset: Int, dashes: Int, pluses: Int)? {
    start(in: Array(text.utf8))
  }

  static func start(in bytes: [UInt8]) -> (offset: Int, dashes: Int, pluses: Int)? {
    var leading = 0
    while leading < bytes.count, bytes[leading] == 0x20 || bytes[leading] == 0x09 {
      leading += 1
    }
    if let mark = mark(in: bytes, at: leading), mark.dashes < 3 || leading > 0 {
      return (leading, mark.dashes, mark.pluses)
    }
    var last: (offset: Int, dashes: Int, pluses: Int)?
    for index in 1..<max(bytes.count, 1) where bytes[index - 1] == UInt8(ascii: ">") {
      if let mark = mark(in: bytes, at: index), mark.dashes >= 3, !isStruck(bytes, before: index) {
        last = (index, mark.dashes, mark.pluses)
      }
    }
    return last
  }

  /// Whether the tag that ends right before `index` strikes out what
  /// follows (`<del>`, `<s>`, `<strike>`): a heading there was deleted, not
  /// meant.
  static func isStruck(_ bytes: [UInt8], before index: Int) -> Bool {
    for tag in ["<del>", "<s>", "<strike>"] where index >= tag.utf8.count {
      let start = index - tag.utf8.count
      if bytes[start..<index].map({ $0 | 0x20 }).elementsEqual(tag.utf8.map { $0 | 0x20 }) {
        return true
      }
    }
    return false
  }

  /// The heading a text line was meant to be, its title cut at the next tag
  /// (`…</del>`), nil for a line that is no meant heading.
  static func heading(in text: String) -> Heading? {
    let utf8 = text.utf8
    guard utf8.contains(UInt8(ascii: "+")), utf8.contains(UInt8(ascii: "-")) else { return nil }
    let bytes = Array(utf8)
    guard let found = start(in: bytes) else { return nil }
    var index = found.offset + found.dashes + found.pluses
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "!"),
      bytes[index + 1] == UInt8(ascii: "!")
    {
      index += 2
    }
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    var end = index
    while end < bytes.count, bytes[end] != UInt8(ascii: "<") { end += 1 }
    let title = String(decoding: bytes[index..<end], as: UTF8.self)
      .trimmingCharacters(in: .whitespaces)
    guard !title.isEmpty else { return nil }
    return Heading(level: found.pluses, title: title, titleColumn: index + 1)
  }
}
