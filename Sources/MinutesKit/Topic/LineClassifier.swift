/// Decides each line's kind, remembering whether a `<verbatim>`/`<pre>` block
/// or an HTML comment is open, as TWiki's renderer does.
///
/// TWiki cuts verbatim blocks out of the text before anything else, then
/// `<pre>` blocks, and only then looks at the rest: so a `<verbatim>` inside
/// an HTML comment opens a block all the same, a `<pre>` inside verbatim is
/// text, and a `<verbatim>` inside `<pre>` is a block of its own. Tags of a
/// kind nest (`takeOutBlocks` counts them); an opening tag is `<verbatim` or
/// `<pre` followed by `>`, a space, a tab or the end of the line (so not
/// `<prefix>`), and a closing tag is exactly `</verbatim>` or `</pre>`, in
/// any case.
struct LineClassifier {
  static let blockTags = ["verbatim", "pre"]
  /// The open blocks, outermost first.
  private var open: [Topic.OpenBlock] = []
  /// Where the comment open so far started, nil outside comments.
  private var comment: Topic.OpenBlock?
  private var inComment: Bool { comment != nil }
  private var lineNumber = 0

  /// The outermost block left open so far.
  var unclosedBlock: Topic.OpenBlock? { open.first }
  /// The comment left open so far.
  var unclosedComment: Topic.OpenBlock? { comment }

  mutating func classify(_ text: String) -> LineKind {
    ByteSearch.withBytes(of: text) { classify($0, text: text) }
  }

  /// The kind of the line `text`, whose UTF-8 bytes are `bytes`.
  mutating func classify(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> LineKind {
    lineNumber += 1
    // Most lines have no tag at all.
    guard
      ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: 0, to: bytes.count) != nil
        || (inComment && open.isEmpty)
    else {
      return open.isEmpty
        ? (inComment ? .comment : LineClassifier.kind(of: bytes, text: text)) : .verbatim
    }
    let startedInBlock = !open.isEmpty
    let startedInComment = inComment
    var opensBlock = false
    var commentAtStart = false
    var sawComment = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        if let current = open.last {
          if LineClassifier.isClosingTag(current.tag, in: bytes, at: index) {
            open.removeLast()
            index += current.tag.utf8.count + 3
            continue
          }
          // Verbatim is cut out first: nothing opens inside it but verbatim.
          let candidates = current.tag == "verbatim" ? ["verbatim"] : LineClassifier.blockTags
          if let tag = candidates.first(where: {
            LineClassifier.isOpeningTag($0, in: bytes, at: index)
          }) {
            open.append(Topic.OpenBlock(tag: tag, line: lineNumber, column: index + 1))
            index += tag.utf8.count + 1
            continue
          }
        } else if let tag = LineClassifier.blockTags.first(where: {
          LineClassifier.isOpeningTag($0, in: bytes, at: index)
        }) {
          open.append(Topic.OpenBlock(tag: tag, line: lineNumber, column: index + 1))
          opensBlock = true
          index += tag.utf8.count + 1
          continue
        } else if !inComment, bytes[index...].starts(with: "<!--".utf8) {
          // Only the line's first comment can stand at its start: asked once
          // per line, not once per comment, which would be quadratic.
          if !sawComment && bytes[..<index].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            commentAtStart = true
          }
          sawComment = true
          comment = Topic.OpenBlock(tag: "!--", line: lineNumber, column: index + 1)
          index += 4
          continue
        }
      } else if byte == UInt8(ascii: "-"), inComment, open.isEmpty,
        bytes[index...].starts(with: "-->".utf8)
      {
        comment = nil
        index += 3
        continue
      }
      index += 1
    }
    if startedInBlock || opensBlock { return .verbatim }
    if startedInComment || commentAtStart { return .comment }
    return LineClassifier.kind(of: bytes, text: text)
  }

  /// `<tag` at `index`, followed by `>`, a space, a tab or the line's end.
  static func isOpeningTag(_ tag: String, in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    let end = index + 1 + tag.utf8.count
    guard end <= bytes.count,
      ByteSearch.equalsIgnoringASCIICase(bytes[(index + 1)..<end], tag)
    else { return false }
    return end == bytes.count || bytes[end] == UInt8(ascii: ">") || bytes[end] == 0x20
      || bytes[end] == 0x09
  }

  /// Exactly `</tag>` at `index`, in any case.
  static func isClosingTag(_ tag: String, in bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    let end = index + 3 + tag.utf8.count
    return end <= bytes.count && bytes[index + 1] == UInt8(ascii: "/")
      && bytes[end - 1] == UInt8(ascii: ">")
      && ByteSearch.equalsIgnoringASCIICase(bytes[(index + 2)..<(end - 1)], tag)
  }

  /// The kind of a line outside verbatim blocks and comments.
  static func kind(of text: String) -> LineKind {
    ByteSearch.withBytes(of: text) { kind(of: $0, text: text) }
  }

  /// ``kind(of:)`` for a line whose UTF-8 bytes are `utf8`.
  static func kind(of utf8: UnsafeBufferPointer<UInt8>, text: String) -> LineKind {
    if utf8.isEmpty || utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
    // One byte looked at for nearly every line, before the comparison.
    if utf8.first == UInt8(ascii: "%"), utf8.starts(with: "%META:".utf8),
      let directive = MetaDirective(line: text)
    {
      return .meta(directive)
    }
    if let heading = heading(utf8) { return .heading(heading) }
    return listItem(utf8) ?? .text
  }

  /// `---+ Title`, `---++!! Title`: three or more dashes, then the pluses.
  static func heading(_ utf8: UnsafeBufferPointer<UInt8>) -> Heading? {
    var index = 0
    while index < utf8.count && utf8[index] == UInt8(ascii: "-") { index += 1 }
    guard index >= 3 else { return nil }
    var level = 0
    while index < utf8.count && utf8[index] == UInt8(ascii: "+") {
      level += 1
      index += 1
    }
    guard level > 0 else { return nil }
    if index + 1 < utf8.count && utf8[index] == UInt8(ascii: "!")
      && utf8[index + 1] == UInt8(ascii: "!")
    {
      index += 2
    }
    while index < utf8.count && (utf8[index] == 0x20 || utf8[index] == 0x09) { index += 1 }
    let title = trimmedText(utf8[index...])
    return Heading(level: level, title: title, titleColumn: index + 1)
  }

  /// `bytes`, which start with no space or tab, as text without the spaces
  /// and tabs at its end: what `trimmedSpaces()` gives. Cut by bytes when the
  /// byte before those spaces is ASCII (no character can join them then);
  /// by characters otherwise.
  static func trimmedText(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    if end == bytes.startIndex || bytes[end - 1] < 0x80 {
      return String(decoding: bytes[..<end], as: UTF8.self)
    }
    return String(decoding: bytes, as: UTF8.self).trimmedSpaces()
  }

  /// Bullets, numbered items and definitions: indented lines as TWiki's
  /// renderer reads them, and near misses (two spaces, `*` glued to the text)
  /// marked as not well formed so that lint can point at them.
  static func listItem(_ utf8: UnsafeBufferPointer<UInt8>) -> LineKind? {
    var index = 0
    var spaces = 0
    var tabs = 0
    while index < utf8.count && (utf8[index] == 0x20 || utf8[index] == 0x09) {
      if utf8[index] == 0x09 { tabs += 1 } else { spaces += 1 }
      index += 1
    }
    guard index > 0, index < utf8.count else { return nil }
    let indentation =
      tabs == 0 && spaces < LineClassifier.spaceRuns.count
      ? LineClassifier.spaceRuns[spaces] : String(decoding: utf8[..<index], as: UTF8.self)
    let indentIsWhole = (tabs == 0 && spaces % 3 == 0) || (spaces == 0)
    let level = max(1, tabs + spaces / 3)
    let markerColumn = index + 1

    func item(textStart: Int, wellFormed: Bool) -> ListItem {
      var start = textStart
      while start < utf8.count && (utf8[start] == 0x20 || utf8[start] == 0x09) { start += 1 }
      let text = trimmedText(utf8[start...])
      return ListItem(
        indentation: indentation, level: level, markerColumn: markerColumn, text: text,
        textColumn: start + 1, isWellFormed: wellFormed && indentIsWhole)
    }

    if utf8[index] == UInt8(ascii: "*") {
      let after = index + 1
      if after == utf8.count { return .bullet(item(textStart: after, wellFormed: false)) }
      if utf8[after] == 0x20 || utf8[after] == 0x09 {
        return .bullet(item(textStart: after, wellFormed: true))
      }
      // `*bold*` at the start of an indented line is emphasis, not a bullet.
      if utf8[after] == UInt8(ascii: "*") || utf8[(after + 1)...].contains(UInt8(ascii: "*")) {
        return nil
      }
      return .bullet(item(textStart: after, wellFormed: false))
    }
    if isDigit(utf8[index]) {
      var end = index
      while end < utf8.count && isDigit(utf8[end]) { end += 1 }
      if end < utf8.count && utf8[end] == UInt8(ascii: ".") { end += 1 }
      if end == utf8.count || utf8[end] == 0x20 || utf8[end] == 0x09 {
        return .numbered(item(textStart: end, wellFormed: true))
      }
      return nil
    }
    var termStart = index
    if utf8[index] == UInt8(ascii: "$") && index + 1 < utf8.count && utf8[index + 1] == 0x20 {
      termStart = index + 2
    }
    var colon = termStart
    while colon < utf8.count && utf8[colon] != 0x20 && utf8[colon] != 0x09
      && utf8[colon] != UInt8(ascii: ":")
    {
      colon += 1
    }
    if colon > termStart, colon < utf8.count, utf8[colon] == UInt8(ascii: ":"),
      colon + 1 == utf8.count || utf8[colon + 1] == 0x20 || utf8[colon + 1] == 0x09
    {
      let term = String(decoding: utf8[termStart..<colon], as: UTF8.self)
      return .definition(term: term, item: item(textStart: colon + 1, wellFormed: true))
    }
    return nil
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Runs of 0 to 15 spaces, made once: nearly every list item is indented
  /// by one of them, and a string made for each item's indentation was a
  /// good part of reading a topic.
  static let spaceRuns = (0..<16).map { String(repeating: " ", count: $0) }
}
