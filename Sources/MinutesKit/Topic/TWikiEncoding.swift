/// The encoding TWiki uses for META attribute values: `%`, `"`, CR, LF, `{`
/// and `}` become `%XX` (lowercase hex, as TWiki's `dataEncode` writes them),
/// so a value can never end its attribute or its directive early.
public enum TWikiEncoding {
  /// Encodes the characters TWiki encodes; everything else is left as it is.
  public static func encode(_ value: String) -> String {
    var result = ""
    result.reserveCapacity(value.utf8.count)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "%", "\"", "\r", "\n", "{", "}":
        let hex = String(scalar.value, radix: 16)
        result += "%" + (hex.count == 1 ? "0" + hex : hex)
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Decodes every `%XX` (either case of hex digit), as TWiki's `dataDecode`
  /// does; a `%` not followed by two hex digits stays as written.
  public static func decode(_ value: String) -> String {
    let bytes = Array(value.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        output.append(high << 4 | low)
        index += 3
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
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
