/// Text from a topic or a roster made safe to print: control characters
/// (terminal escapes among them) and the bidirectional controls, which could
/// recolour a terminal, forge a line or reorder what a reviewer reads, are
/// written as visible escapes like `\u{1B}`. Tabs stay.
public enum VisibleText {
  public static func escaped(_ text: String) -> String {
    // Read in place: most text has nothing to escape.
    guard ByteSearch.withBytes(of: text, { mayHide($0) }) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isHidden(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A quick look at the bytes: false means no character needs escaping.
  /// Hidden characters are C0 and DEL, or start with 0xC2 (C1 controls),
  /// 0xD8 (U+061C) or 0xE2 (U+200E, U+202A and U+2066 ranges).
  static func mayHide(_ bytes: some Sequence<UInt8>) -> Bool {
    bytes.contains { byte in
      (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xD8
        || byte == 0xE2
    }
  }

  /// The first hidden character of `text`, if any.
  public static func firstHidden(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isHidden)
  }

  /// `U+000A`: how a message names a character it cannot show.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00..<0x20, 0x7F..<0xA0: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
