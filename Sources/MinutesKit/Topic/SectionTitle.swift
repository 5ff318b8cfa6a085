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
  /// The name alone, without splitting the owners: what `Section.name`
  /// asks for on every line some rules look at, so it stays cheap.
  public static func name(of title: String) -> String {
    var text = Substring(title).trimmingSpaces()
    if text.hasSuffix(":") { text = text.dropLast().trimmingSpaces() }
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else {
      return String(text)
    }
    return String(text[..<open].trimmingSpaces())
  }

  static func splitOwners(_ text: Substring) -> [String] {
    var names: [String] = []
    for part in text.split(separator: ",") {
      for piece in part.split(separator: "&") {
        for name in splitOnAnd(piece) {
          let trimmed = name.trimmingSpaces()
          if !trimmed.isEmpty { names.append(String(trimmed)) }
        }
      }
    }
    return names
  }

  /// `piece` split at every " and ", by bytes (the generic string split
  /// was the lint's hottest path).
  static func splitOnAnd(_ piece: Substring) -> [Substring] {
    let separator = Array(" and ".utf8)
    let utf8 = piece.utf8
    var result: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      if utf8[index] == separator[0], utf8[index...].starts(with: separator) {
        result.append(piece[start..<index])
        index = utf8.index(index, offsetBy: separator.count)
        start = index
      } else {
        index = utf8.index(after: index)
      }
    }
    result.append(piece[start..<utf8.endIndex])
    return result
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
