/// A statistic's shape: literal text with named numeric slots, as declared in
/// the roster (`{khours} khour/day, {success}% success`).
///
/// Generation writes a shape with its slots blank; lint looks for the literal
/// text in a section and reads the numbers in the slots.
public struct StatShape: Sendable, Equatable {
  public enum Segment: Sendable, Equatable {
    case literal(String)
    case slot(String)
  }

  public var segments: [Segment]

  /// Parses `{name}` slots. Names are letters, digits and `_`, starting with a
  /// letter; `{{` and `}}` stand for literal braces.
  public init(parsing shape: String) throws(MinutesError) {
    var segments: [Segment] = []
    var literal = ""
    var index = shape.startIndex
    while index < shape.endIndex {
      let character = shape[index]
      let next = shape.index(after: index)
      if (character == "{" || character == "}") && next < shape.endIndex && shape[next] == character
      {
        literal.append(character)
        index = shape.index(after: next)
        continue
      }
      if character == "}" {
        throw MinutesError("unmatched '}' in stat shape '\(shape)' (write '}}' for a brace)")
      }
      guard character == "{" else {
        literal.append(character)
        index = next
        continue
      }
      guard let close = shape[next...].firstIndex(of: "}") else {
        throw MinutesError("unclosed '{' in stat shape '\(shape)'")
      }
      let name = String(shape[next..<close])
      guard StatShape.isValidSlotName(name) else {
        throw MinutesError(
          "bad slot name '{\(name)}' in stat shape '\(shape)' (use letters, digits and '_')")
      }
      if segments.contains(.slot(name)) {
        throw MinutesError("slot '{\(name)}' appears twice in stat shape '\(shape)'")
      }
      if !literal.isEmpty { segments.append(.literal(literal)) }
      literal = ""
      if case .slot = segments.last {
        throw MinutesError(
          "slots '{\(segments.slotNames.last!)}' and '{\(name)}' touch in stat shape '\(shape)' "
            + "(put text between them)")
      }
      segments.append(.slot(name))
      index = shape.index(after: close)
    }
    if !literal.isEmpty { segments.append(.literal(literal)) }
    guard segments.contains(where: { if case .slot = $0 { true } else { false } }) else {
      throw MinutesError("stat shape '\(shape)' has no {slot}")
    }
    self.segments = segments
  }

  public var slotNames: [String] { segments.slotNames }

  /// Why the shape can never match, or would match any figure, with the
  /// offset in the shape's text (characters) of the place at fault; nil for
  /// a shape that can match. ``StatMatcher`` reads a slot's figure first and
  /// the shape's next text after it, so the text glued to a slot must not be
  /// something a figure takes: digits (`{a}5`), a scale letter (`{n}k jobs`)
  /// or a range mark and another slot (`{low}-{high}`, a range is one slot).
  public var problem: (message: String, offset: Int)? {
    let shape = segments.map {
      switch $0 {
      case .literal(let text):
        text.replacingOccurrences(of: "{", with: "{{")
          .replacingOccurrences(of: "}", with: "}}")
      case .slot(let name): "{\(name)}"
      }
    }.joined()
    let hasWord = segments.contains {
      if case .literal(let text) = $0 { text.contains(where: \.isLetter) } else { false }
    }
    guard hasWord else {
      let example = slotNames.first ?? "n"
      return (
        "stat shape '\(shape)' has no words, so it would take any figure on any line "
          + "(write the words around it, like '{\(example)} jobs')", 0
      )
    }
    var offset = 0
    for (position, segment) in segments.enumerated() {
      switch segment {
      case .literal(let text):
        offset += text.count + text.filter { $0 == "{" || $0 == "}" }.count
      case .slot(let name):
        offset += name.count + 2
        guard position + 1 < segments.count, case .literal(let next) = segments[position + 1],
          let first = next.first
        else { continue }
        let rest = next.dropFirst()
        if first.isASCII && first.isNumber {
          return (
            "stat shape '\(shape)' cannot match: the figure in '{\(name)}' would take the "
              + "'\(first)' after it (put a space between)", offset
          )
        }
        if "kKmMgG".contains(first), rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true {
          return (
            "stat shape '\(shape)' cannot match: a figure reads the '\(first)' after "
              + "'{\(name)}' as its scale (write '{\(name)}\(rest)', and a figure like '12\(first)' "
              + "fills the slot)", offset
          )
        }
        if (first == "-" || first == "~"), rest.isEmpty, position + 2 < segments.count {
          return (
            "stat shape '\(shape)' cannot match: '{\(name)}\(first){...}' reads as one range "
              + "(write one slot, which holds a range like '200\(first)400')", offset
          )
        }
      }
    }
    return nil
  }

  /// The shape as a skeleton shows it: every slot replaced by `blank`.
  public func skeleton(blank: String) -> String {
    segments.map {
      switch $0 {
      case .literal(let text): text
      case .slot: blank
      }
    }.joined()
  }

  static func isValidSlotName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return false }
    return name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
    }
  }
}

extension [StatShape.Segment] {
  fileprivate var slotNames: [String] {
    compactMap {
      if case .slot(let name) = $0 { name } else { nil }
    }
  }
}
