/// A topic that is not valid UTF-8: where the first bad byte is.
public struct TopicDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// Offset of the first invalid byte from the start of the file.
  public var byteOffset: Int
  public var line: Int
  public var column: Int

  public var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }
  public var message: String { "invalid UTF-8 at byte offset \(byteOffset)" }
  public var description: String { "\(location): error: \(message)" }
  public var asMinutesError: MinutesError {
    MinutesError("\(message) (save the topic as UTF-8)", at: location)
  }
}

extension Topic {
  /// Reads a topic from the bytes of its file.
  ///
  /// Runs in time linear in the size of the input, whatever its line lengths.
  public init(bytes: [UInt8], path: String) throws(TopicDecodingError) {
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let start = hasBOM ? 3 : 0
    if let offset = UTF8Validation.firstInvalidOffset(in: bytes, from: start) {
      let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes, from: start)
      throw TopicDecodingError(path: path, byteOffset: offset, line: line, column: column)
    }
    self.init(validUTF8: bytes, path: path)
  }

  /// Reads a topic from bytes known to be valid UTF-8.
  init(validUTF8 bytes: [UInt8], path: String) {
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let start = hasBOM ? 3 : 0
    // Each line is classified from the file's bytes as it is cut out, so
    // that no line's text is copied again to look at it.
    var classifier = LineClassifier()
    var lines: [Line] = []
    // Room for lines of about 60 bytes, so the array is seldom regrown.
    lines.reserveCapacity(bytes.count / 60 + 8)
    bytes.withUnsafeBufferPointer { buffer in
      func addLine(_ range: Range<Int>, _ terminator: LineTerminator) {
        let lineBytes = UnsafeBufferPointer(rebasing: buffer[range])
        let text = String(decoding: lineBytes, as: UTF8.self)
        lines.append(
          Line(
            number: lines.count + 1, text: text, terminator: terminator,
            byteOffset: range.lowerBound, kind: classifier.classify(lineBytes, text: text)))
      }
      var lineStart = start
      while let index = ByteSearch.firstOffset(
        of: UInt8(ascii: "\n"), in: buffer, from: lineStart, to: buffer.count)
      {
        let crlf = index > lineStart && buffer[index - 1] == UInt8(ascii: "\r")
        addLine(lineStart..<(crlf ? index - 1 : index), crlf ? .crlf : .lf)
        lineStart = index + 1
      }
      if lineStart < buffer.count { addLine(lineStart..<buffer.count, .none) }
    }
    self.init(
      path: path, hasByteOrderMark: hasBOM, lines: lines, unclosedBlock: classifier.unclosedBlock,
      unclosedComment: classifier.unclosedComment)
  }

  /// Reads a topic from text (which is valid Unicode by construction).
  public init(text: String, path: String) {
    // A String's UTF-8 is valid by construction.
    self.init(validUTF8: Array(text.utf8), path: path)
  }

  init(
    path: String, hasByteOrderMark: Bool,
    rawLines: [(text: String, terminator: LineTerminator, offset: Int)]
  ) {
    var classifier = LineClassifier()
    var lines: [Line] = []
    lines.reserveCapacity(rawLines.count)
    for (index, raw) in rawLines.enumerated() {
      lines.append(
        Line(
          number: index + 1, text: raw.text, terminator: raw.terminator, byteOffset: raw.offset,
          kind: classifier.classify(raw.text)))
    }
    self.init(
      path: path, hasByteOrderMark: hasByteOrderMark, lines: lines,
      unclosedBlock: classifier.unclosedBlock, unclosedComment: classifier.unclosedComment)
  }

  private init(
    path: String, hasByteOrderMark: Bool, lines: [Line], unclosedBlock: OpenBlock?,
    unclosedComment: OpenBlock?
  ) {
    self.path = path
    self.hasByteOrderMark = hasByteOrderMark
    self.lines = lines
    self.sections = SectionTree.build(lines)
    self.unclosedBlock = unclosedBlock
    self.unclosedComment = unclosedComment
  }

  /// The topic as bytes, exactly as it was read when nothing was edited.
  public var bytes: [UInt8] {
    var result: [UInt8] = hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    result.reserveCapacity(lines.reduce(result.count) { $0 + $1.text.utf8.count + 2 })
    for line in lines {
      result.append(contentsOf: line.text.utf8)
      result.append(contentsOf: line.terminator.rawValue.utf8)
    }
    return result
  }

  /// The topic as text (a BOM, if any, is left out).
  public var text: String {
    var result = ""
    for line in lines {
      result += line.text
      result += line.terminator.rawValue
    }
    return result
  }

  /// The line ending most lines use, for lines the tool writes (`.lf` when
  /// the topic has no line ends at all).
  public var lineEnding: LineTerminator {
    var crlf = 0
    var lf = 0
    for line in lines {
      switch line.terminator {
      case .crlf: crlf += 1
      case .lf: lf += 1
      case .none: break
      }
    }
    return crlf > lf ? .crlf : .lf
  }

  /// TOPICINFO, valid only as the first line.
  public var topicInfo: MetaDirective? {
    guard case .meta(let directive) = lines.first?.kind, directive.name == "TOPICINFO" else {
      return nil
    }
    return directive
  }

  /// Every META directive of the topic, in order.
  public var meta: [MetaDirective] {
    lines.compactMap {
      if case .meta(let directive) = $0.kind { directive } else { nil }
    }
  }

  /// Every section, parents before their children, in page order.
  public var allSections: [Section] {
    var result: [Section] = []
    func visit(_ sections: [Section]) {
      for section in sections {
        result.append(section)
        visit(section.children)
      }
    }
    visit(sections)
    return result
  }

  public func location(line: Int, column: Int) -> SourceLocation {
    SourceLocation(file: path, line: line, column: column)
  }

  /// A copy with the lines at `range` (indices into `lines`) replaced by
  /// `newLines`; every other byte stays as it was. New lines end with the
  /// topic's line ending.
  public func replacingLines(in range: Range<Int>, with newLines: [String]) -> Topic {
    let ending = lineEnding
    var raw: [(text: String, terminator: LineTerminator)] = []
    raw.reserveCapacity(lines.count - range.count + newLines.count)
    for line in lines[..<range.lowerBound] { raw.append((line.text, line.terminator)) }
    for text in newLines { raw.append((text, ending)) }
    for line in lines[range.upperBound...] { raw.append((line.text, line.terminator)) }
    // Whatever was last before the edit keeps having no line end; a line that
    // no longer is last gets one.
    if range.upperBound == lines.count, let last = lines.last, last.terminator == .none,
      !newLines.isEmpty
    {
      raw[raw.count - 1].terminator = .none
    }
    for index in raw.indices.dropLast() where raw[index].terminator == .none {
      raw[index].terminator = ending
    }
    var offset = hasByteOrderMark ? 3 : 0
    var withOffsets: [(text: String, terminator: LineTerminator, offset: Int)] = []
    withOffsets.reserveCapacity(raw.count)
    for line in raw {
      withOffsets.append((line.text, line.terminator, offset))
      offset += line.text.utf8.count + line.terminator.rawValue.utf8.count
    }
    return Topic(path: path, hasByteOrderMark: hasByteOrderMark, rawLines: withOffsets)
  }
}

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
    if utf8.starts(with: "%META:".utf8), let directive = MetaDirective(line: text) {
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
    let indentation = String(decoding: utf8[..<index], as: UTF8.self)
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
}

/// Builds the section tree from the headings' levels; a `%META:` line ends
/// every section open before it (see ``Section``). A text line meant as a
/// heading (``MeantHeading``: `--++ Coordinates`) starts a section too.
enum SectionTree {
  static func build(_ lines: [Line]) -> [Section] {
    var result: [Section] = []
    var headings: [(index: Int, heading: Heading)] = []
    // The headings between two META lines make a tree of their own, which
    // ends at the META line.
    func flush(end: Int) {
      var position = 0
      result += sections(headings, &position, parentLevel: 0, end: end)
      headings.removeAll(keepingCapacity: true)
    }
    for (index, line) in lines.enumerated() {
      if case .heading(let heading) = line.kind {
        headings.append((index, heading))
      } else if line.kind == .text, let heading = MeantHeading.heading(in: line.text) {
        // A heading TWiki shows as text still ends the section above.
        headings.append((index, heading))
      } else if line.isMetaShaped, !headings.isEmpty {
        flush(end: index)
      }
    }
    flush(end: lines.count)
    return result
  }

  /// Consumes the headings deeper than `parentLevel` from `position` on. A
  /// section ends where the next heading that is not its descendant starts.
  private static func sections(
    _ headings: [(index: Int, heading: Heading)], _ position: inout Int, parentLevel: Int, end: Int
  ) -> [Section] {
    var result: [Section] = []
    while position < headings.count && headings[position].heading.level > parentLevel {
      let (index, heading) = headings[position]
      position += 1
      let children = sections(headings, &position, parentLevel: heading.level, end: end)
      let sectionEnd = position < headings.count ? headings[position].index : end
      result.append(
        Section(
          heading: heading, headingIndex: index, bodyRange: (index + 1)..<sectionEnd,
          children: children))
    }
    return result
  }
}

extension Line {
  /// Whether the line starts with `%META:`, well formed or not, whatever
  /// its kind: TWiki reads META lines out of the stored text before it
  /// looks at verbatim blocks or comments.
  public var isMetaShaped: Bool {
    text.utf8.starts(with: "%META:".utf8)
  }
}
