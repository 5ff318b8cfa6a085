/// TWiki's encoding of META attribute values: the characters that would end
/// or break a `key="value"` pair are written as `%XX`.
public enum TWikiEncoding {
  static let encoded: [Character: String] = [
    "%": "%25", "\"": "%22", "\r": "%0D", "\n": "%0A", "{": "%7B", "}": "%7D",
  ]

  public static func encode(_ value: String) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for character in value.unicodeScalars {
      if let replacement = encoded[Character(character)] {
        result += replacement
      } else {
        result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Decodes every `%XX` that stands for an ASCII character, as TWiki does;
  /// anything else is kept as written.
  public static func decode(_ value: String) -> String {
    // No `%` byte, no `%` character: most values are passed over on that.
    guard ByteSearch.contains(byte: UInt8(ascii: "%"), in: value), value.contains("%") else {
      return value
    }
    var bytes: [UInt8] = []
    let utf8 = Array(value.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2]), high < 8
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}

extension MetaDirective {
  /// Parses `%META:NAME{key="value" key2="value2"}%`; nil when the line is
  /// not exactly one well-formed directive.
  public init?(line: String) {
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

  /// The directive as TWiki writes it, values encoded.
  public var line: String {
    let pairs = attributes.map { "\($0.key)=\"\(TWikiEncoding.encode($0.value))\"" }
    return "%META:\(name){\(pairs.joined(separator: " "))}%"
  }
}
