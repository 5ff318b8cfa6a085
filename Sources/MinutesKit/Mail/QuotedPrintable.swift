/// Quoted-printable (RFC 2045 6.7) for a body whose lines are too long for
/// SMTP: soft line breaks keep every encoded line within 76 characters.
enum QuotedPrintable {
  static func encode(_ lines: [String]) -> [String] {
    lines.flatMap(encode(line:))
  }

  static func encode(line: String) -> [String] {
    let bytes = Array(line.utf8)
    var out: [String] = []
    var current = ""
    for (index, byte) in bytes.enumerated() {
      let isLast = index == bytes.count - 1
      let piece: String
      if byte == UInt8(ascii: "=") || !ASCII.isASCII(byte)
        || (ASCII.isControl(byte) && byte != UInt8(ascii: "\t")) || (isLast && ASCII.isSpace(byte))
      {
        piece = "=" + hex(byte)
      } else {
        piece = String(UnicodeScalar(byte))
      }
      if current.utf8.count + piece.utf8.count > 75 {
        out.append(current + "=")
        current = ""
      }
      current += piece
    }
    out.append(current)
    return out
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte / 16)], digits[Int(byte % 16)]])
  }
}
