/// A section heading's title split into the group name and its owners, as the
/// meeting pages write them: `Atlas (Armen & Xin)`, `LIGO (Britta, Robert E.)`,
/// `Action/Significant Items:`.
public struct SectionTitle: Sendable, Equatable {
  public var name: String
  /// Owners from the trailing parentheses, nil when the title has none.
  public var owners: [String]?

  /// Split by bytes: the parentheses, commas, `&`, `:`, spaces and tabs
  /// that shape a title are ASCII, and a byte of a longer UTF-8 character
  /// is never one of them. A mark that combines with one of them (`(` and
  /// U+0301) leaves it what it is, as it does for TWiki, which reads the
  /// text by code points, and for a reader, who sees a parenthesis.
  public init(_ title: String) {
    let parts = ByteSearch.withBytes(of: title) { bytes in
      let (name, inside) = SectionTitle.ranges(bytes)
      return (
        String(decoding: bytes[name], as: UTF8.self),
        inside.map { SectionTitle.owners(in: $0, of: bytes) }
      )
    }
    self.init(name: parts.0, owners: parts.1)
  }

  private init(name: String, owners: [String]?) {
    self.name = name
    self.owners = owners
  }

  /// The name alone, without splitting the owners: what `Section.name`
  /// asks for on every line some rules look at, so it stays cheap.
  public static func name(of title: String) -> String {
    ByteSearch.withBytes(of: title) { bytes in
      String(decoding: bytes[ranges(bytes).name], as: UTF8.self)
    }
  }

  /// The owners between the parentheses, split at commas, ampersands and
  /// " and ": `Armen & Xin`, `Britta, Robert E.`, `Mats and John`.
  private static func owners(in inside: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>)
    -> [String]
  {
    var owners: [String] = []
    var segmentStart = inside.lowerBound
    for index in inside.lowerBound...inside.upperBound
    where index == inside.upperBound || bytes[index] == UInt8(ascii: ",")
      || bytes[index] == UInt8(ascii: "&")
    {
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
    return owners
  }

  private static func appendTrimmed(
    _ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, to names: inout [String]
  ) {
    let trimmed = trimmedRange(range, of: bytes)
    if !trimmed.isEmpty { names.append(String(decoding: bytes[trimmed], as: UTF8.self)) }
  }

  /// Byte ranges of the name and of the text inside the owners' trailing
  /// parentheses (nil without owners). A `:` at the end is left out.
  private static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    name: Range<Int>, owners: Range<Int>?
  ) {
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
    while lower < upper, ASCII.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
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
