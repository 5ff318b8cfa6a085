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
