/// `%META:TOPICINFO{author="DanFraser" date="1300824479" ...}%`, with the
/// attribute values decoded from TWiki's `%XX` encoding.
public struct MetaDirective: Sendable, Equatable {
  /// `TOPICINFO`, `TOPICPARENT`, `FILEATTACHMENT`, ...
  public var name: String
  /// Attributes in the order written, values decoded.
  public var attributes: [(key: String, value: String)]

  public init(name: String, attributes: [(key: String, value: String)]) {
    self.name = name
    self.attributes = attributes
  }

  public subscript(key: String) -> String? {
    attributes.first { $0.key == key }?.value
  }

  public static func == (lhs: MetaDirective, rhs: MetaDirective) -> Bool {
    lhs.name == rhs.name && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
  }
}

extension MetaDirective {
  /// Parses `%META:NAME{key="value" key2="value2"}%`; nil when the line is
  /// not exactly one well-formed directive.
  public init?(line: String) {
    if let parsed = ByteSearch.withBytes(of: line, { MetaDirective.parseASCII($0) }) {
      guard let parsed else { return nil }
      self = parsed
      return
    }
    self.init(characters: line)
  }

  /// ``init(line:)`` by characters: for any line, and what the byte-wise
  /// parse of an ASCII line must agree with.
  init?(characters line: String) {
    guard line.hasPrefix("%META:"), line.hasSuffix("}%") else { return nil }
    let body = line.dropFirst(6).dropLast(2)
    guard let open = body.firstIndex(of: "{") else { return nil }
    let name = body[..<open]
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
      return nil
    }
    var attributes: [(key: String, value: String)] = []
    var rest = body[body.index(after: open)...]
    while true {
      rest = rest.drop { $0 == " " }
      if rest.isEmpty { break }
      guard let equals = rest.firstIndex(of: "=") else { return nil }
      let key = rest[..<equals]
      guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
        return nil
      }
      let afterEquals = rest[rest.index(after: equals)...]
      guard afterEquals.first == "\"" else { return nil }
      let valueStart = afterEquals.index(after: afterEquals.startIndex)
      guard let close = afterEquals[valueStart...].firstIndex(of: "\"") else { return nil }
      attributes.append(
        (String(key), TWikiEncoding.decode(String(afterEquals[valueStart..<close]))))
      rest = afterEquals[afterEquals.index(after: close)...]
    }
    self.init(name: String(name), attributes: attributes)
  }

  /// ``init(line:)`` by bytes, for a line of ASCII characters other than CR
  /// (each one byte, so bytes and characters split alike): every topic's
  /// first lines are directives. nil for any other line; `.some(nil)` when
  /// the line is no directive.
  private static func parseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> MetaDirective?? {
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
    let end = bytes.count - 2
    guard bytes.count >= 8, bytes.starts(with: "%META:".utf8), bytes[end] == UInt8(ascii: "}"),
      bytes[end + 1] == UInt8(ascii: "%"),
      let open = bytes[6..<end].firstIndex(of: UInt8(ascii: "{")),
      isName(bytes[6..<open])
    else { return .some(nil) }
    var attributes: [(key: String, value: String)] = []
    var rest = open + 1
    while true {
      while rest < end && bytes[rest] == 0x20 { rest += 1 }
      if rest == end { break }
      guard let equals = bytes[rest..<end].firstIndex(of: UInt8(ascii: "=")),
        isName(bytes[rest..<equals]), equals + 1 < end, bytes[equals + 1] == UInt8(ascii: "\""),
        let close = bytes[(equals + 2)..<end].firstIndex(of: UInt8(ascii: "\""))
      else { return .some(nil) }
      attributes.append(
        (
          String(decoding: bytes[rest..<equals], as: UTF8.self),
          TWikiEncoding.decode(String(decoding: bytes[(equals + 2)..<close], as: UTF8.self))
        ))
      rest = close + 1
    }
    return MetaDirective(
      name: String(decoding: bytes[6..<open], as: UTF8.self), attributes: attributes)
  }

  /// Non-empty, of ASCII letters, digits and `_` (a name or key).
  private static func isName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    !bytes.isEmpty
      && bytes.allSatisfy {
        (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)
          || $0 == UInt8(ascii: "_")
      }
  }

  /// The directive as TWiki writes it, values encoded.
  public var line: String {
    let pairs = attributes.map { "\($0.key)=\"\(TWikiEncoding.encode($0.value))\"" }
    return "%META:\(name){\(pairs.joined(separator: " "))}%"
  }
}
