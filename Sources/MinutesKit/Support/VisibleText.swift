/// Text from a topic or a roster made safe to print: control characters
/// (terminal escapes among them) and the bidirectional controls, which could
/// recolour a terminal, forge a line or reorder what a reviewer reads, are
/// written as visible escapes like `\u{1B}`. Tabs stay.
public enum VisibleText {
  public static func escaped(_ text: String) -> String {
    // Read in place: most text has nothing to escape.
    guard mayHide.occurs(in: text) else { return text }
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

  /// A quick look at the bytes, one look at each: none of them means no
  /// character needs escaping. Hidden characters are ASCII controls other
  /// than a tab, or start with the first UTF-8 byte of a C1 control, of
  /// U+061C, or of the U+200E, U+202A and U+2066 ranges.
  static let mayHide = ByteSet { byte in
    (ASCII.isControl(byte) && !ASCII.isSpace(byte)) || hiddenLeadBytes.contains(byte)
  }

  private static let hiddenLeadBytes: [UInt8] = ["\u{80}", "\u{61C}", "\u{200E}"].compactMap {
    (scalar: Unicode.Scalar) in String(scalar).utf8.first
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
    switch scalar {
    case "\t": false
    case "\u{0}"..<" ", "\u{7F}"..<"\u{A0}": true
    case "\u{61C}", "\u{200E}", "\u{200F}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": true
    default: false
    }
  }
}
