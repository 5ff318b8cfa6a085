/// A section heading's title split into the group name and its owners, as the
/// meeting pages write them: `Atlas (Armen & Xin)`, `LIGO (Britta, Robert E.)`,
/// `Action/Significant Items:`.
public struct SectionTitle: Sendable, Equatable {
  public var name: String
  /// Owners from the trailing parentheses, nil when the title has none.
  public var owners: [String]?

  public init(_ title: String) {
    if let parts = ByteSearch.withBytes(of: title, { SectionTitle.asciiParts($0) }) {
      self.init(name: parts.name, owners: parts.owners)
    } else {
      self.init(splittingCharacters: title)
    }
  }

  private init(name: String, owners: [String]?) {
    self.name = name
    self.owners = owners
  }

  /// The title split by characters: the way any title is split, and what
  /// the byte-wise split of an ASCII title must agree with.
  init(splittingCharacters title: String) {
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

  /// The name alone, without splitting the owners: what `Section.name`
  /// asks for on every line some rules look at, so it stays cheap.
  public static func name(of title: String) -> String {
    let ascii = ByteSearch.withBytes(of: title) { bytes in
      asciiRanges(bytes).map { String(decoding: bytes[$0.name], as: UTF8.self) }
    }
    if let ascii { return ascii }
    return name(splittingCharacters: title)
  }

  /// ``name(of:)`` split by characters, for any title.
  static func name(splittingCharacters title: String) -> String {
    var text = Substring(title).trimmingSpaces()
    if text.hasSuffix(":") { text = text.dropLast().trimmingSpaces() }
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else {
      return String(text)
    }
    return String(text[..<open].trimmingSpaces())
  }

  /// The title's parts when it is all ASCII (and no CR): then every
  /// character is one byte, and the title is split by its bytes, the same
  /// way the general path splits it by characters. Lint splits the title of
  /// every section of every topic; nil for any other title.
  private static func asciiParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    name: String, owners: [String]?
  )? {
    guard let (name, inside) = asciiRanges(bytes) else { return nil }
    let nameText = String(decoding: bytes[name], as: UTF8.self)
    guard let inside else { return (nameText, nil) }
    var owners: [String] = []
    var segmentStart = inside.lowerBound
    for index in inside.lowerBound...inside.upperBound
    where index == inside.upperBound || bytes[index] == UInt8(ascii: ",")
      || bytes[index] == UInt8(ascii: "&")
    {
      // Between commas and ampersands, split at " and " as `splitOnAnd` does.
      var start = segmentStart
      var position = segmentStart
      while position < index {
        if position + 5 <= index, bytes[position..<position + 5].elementsEqual(" and ".utf8) {
          appendTrimmed(start..<position, of: bytes, to: &owners)
          position += 5
          start = position
        } else {
          position += 1
        }
      }
      appendTrimmed(start..<index, of: bytes, to: &owners)
      segmentStart = index + 1
    }
    return (nameText, owners)
  }

  private static func appendTrimmed(
    _ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, to names: inout [String]
  ) {
    let trimmed = trimmedRange(range, of: bytes)
    if !trimmed.isEmpty { names.append(String(decoding: bytes[trimmed], as: UTF8.self)) }
  }

  /// Byte ranges of the name and of the text inside the owners' parentheses
  /// (nil without owners), for an ASCII title without CR; nil otherwise.
  private static func asciiRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    name: Range<Int>, owners: Range<Int>?
  )? {
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
    var text = trimmedRange(0..<bytes.count, of: bytes)
    if let last = text.last, bytes[last] == UInt8(ascii: ":") {
      text = trimmedRange(text.lowerBound..<last, of: bytes)
    }
    guard let last = text.last, bytes[last] == UInt8(ascii: ")"),
      let open = text.last(where: { bytes[$0] == UInt8(ascii: "(") }), open > text.lowerBound
    else { return (text, nil) }
    return (trimmedRange(text.lowerBound..<open, of: bytes), (open + 1)..<last)
  }

  /// `range` without spaces and tabs at either end.
  private static func trimmedRange(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>)
    -> Range<Int>
  {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
    return lower..<upper
  }

  /// Splits `Armen & Xin`, `Britta, Robert E.` and `Mats and John`.
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
