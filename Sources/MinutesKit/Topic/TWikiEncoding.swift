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
