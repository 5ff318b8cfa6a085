/// A section heading's title split into the group name and its owners, as the
/// meeting pages write them: `Atlas (Armen & Xin)`, `LIGO (Britta, Robert E.)`,
/// `Action/Significant Items:`.
public struct SectionTitle: Sendable, Equatable {
  public var name: String
  /// Owners from the trailing parentheses, nil when the title has none.
  public var owners: [String]?

  public init(_ title: String) {
    var text = Substring(title).trimmingSpaces()
    if text.hasSuffix(":") { text = text.dropLast().trimmingSpaces() }
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else {
      name = String(text)
      owners = nil
      return
    }
    let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
    name = String(text[..<open].trimmingSpaces())
    owners = SectionTitle.splitOwners(inside)
  }

  /// Splits `Armen & Xin`, `Britta, Robert E.` and `Mats and John`.
  static func splitOwners(_ text: Substring) -> [String] {
    var names: [String] = []
    for part in text.split(separator: ",") {
      for piece in part.split(separator: "&") {
        for name in piece.split(separator: " and ") {
          let trimmed = Substring(name).trimmingSpaces()
          if !trimmed.isEmpty { names.append(String(trimmed)) }
        }
      }
    }
    return names
  }
}

extension Substring {
  /// The text without spaces and tabs at either end.
  func trimmingSpaces() -> Substring {
    var result = self
    while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
    while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
    return result
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  func trimmedSpaces() -> String { String(Substring(self).trimmingSpaces()) }
}
