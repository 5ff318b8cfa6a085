/// A TWiki topic (`<Topic>.txt`) read into lines, META directives and a tree of
/// sections, exact enough to print back every byte it was read from.
///
/// Carry-forward, lint and `submit` all read topics through this one model, so
/// they agree on what a heading, a bullet or a section is.
public struct Topic: Sendable {
  /// The file the topic was read from, for diagnostics (`-` for stdin).
  public var path: String
  public var hasByteOrderMark: Bool
  public var lines: [Line]
  /// Top-level sections in page order, each with its sub-sections.
  public var sections: [Section]
  /// The `<verbatim>` or `<pre>` block still open at the end of the page
  /// (the outermost one), nil when every block is closed: TWiki shows all
  /// that follows its tag as raw text. Worked out with the lines' kinds.
  public var unclosedBlock: OpenBlock? = nil
  /// The HTML comment `<!--` still open at the end of the page (its tag is
  /// `!--`), nil when every comment is closed: a browser hides all that
  /// follows it, later sections included.
  public var unclosedComment: OpenBlock? = nil
  /// Where the file read is not UTF-8: the first bad byte of each line that
  /// has one (read with ``init(decoding:path:)``; the lines hold U+FFFD in
  /// their place). Empty for a topic of valid UTF-8 or of text.
  public var decodingErrors: [TopicDecodingError] = []
  /// Whether the text holds a NUL byte (found with one look at the whole
  /// file, so that no line need be looked at for one).
  public var holdsNUL = false

  /// Where a `<verbatim>` or `<pre>` block, or an HTML comment, opens.
  public struct OpenBlock: Sendable, Equatable {
    /// `verbatim` or `pre`, lowercase; `!--` for a comment.
    public var tag: String
    /// 1-based line number and byte column of the `<`.
    public var line: Int
    public var column: Int
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

  /// Reads a topic from the bytes of its file, whatever they hold: bytes that
  /// are not UTF-8 are read as U+FFFD and listed in ``decodingErrors``, one
  /// for each line that has any.
  public init(decoding bytes: [UInt8], path: String) {
    do {
      try self.init(bytes: bytes, path: path)
    } catch {
      self.init(text: String(decoding: bytes, as: UTF8.self), path: path)
      decodingErrors = TopicDecodingError.all(in: bytes, path: path)
    }
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
    holdsNUL = bytes.withUnsafeBufferPointer {
      ByteSearch.firstOffset(of: 0, in: $0, from: 0, to: $0.count) != nil
    }
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
    holdsNUL = rawLines.contains { ByteSearch.contains(byte: 0, in: $0.text) }
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
