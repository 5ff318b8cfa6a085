extension Topic {
  /// A copy whose every line ends with `ending`: a topic the tool writes uses
  /// one line ending throughout (the archive's), never a mix. A last line
  /// without a line end keeps having none.
  public func withLineEnding(_ ending: LineTerminator) -> Topic {
    precondition(ending != .none, "a line ending is LF or CRLF")
    var offset = hasByteOrderMark ? 3 : 0
    var raw: [(text: String, terminator: LineTerminator, offset: Int)] = []
    raw.reserveCapacity(lines.count)
    for line in lines {
      let terminator: LineTerminator = line.terminator == .none ? .none : ending
      raw.append((line.text, terminator, offset))
      offset += line.text.utf8.count + terminator.rawValue.utf8.count
    }
    return Topic(path: path, hasByteOrderMark: hasByteOrderMark, rawLines: raw)
  }
}

extension LineKind {
  /// A bullet, numbered or definition item, or text: a line that holds what
  /// people write (statistics, placeholders, notes). Rules ask this of every
  /// line; a switch here does not copy the item out of the line.
  var holdsWriting: Bool {
    switch self {
    case .bullet, .numbered, .definition, .text: true
    default: false
    }
  }

  /// A bullet, numbered or definition item, told without copying it.
  var isListItem: Bool {
    switch self {
    case .bullet, .numbered, .definition: true
    default: false
    }
  }

  var isHeading: Bool {
    if case .heading = self { true } else { false }
  }
}

extension Section {
  /// The body lines before the first sub-section: what this section says
  /// itself, without its children.
  public var ownBodyRange: Range<Int> {
    bodyRange.lowerBound..<(children.first?.headingIndex ?? bodyRange.upperBound)
  }
}
