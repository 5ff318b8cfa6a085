/// Header text as RFC 5322 and RFC 2047 want it: ASCII only, non-ASCII words
/// as `=?UTF-8?B?...?=` encoded-words of at most 75 characters, folded so
/// that no header line passes 78 characters where a space allows.
public enum MailHeaderEncoding {
  /// Characters that make a display name a quoted string (RFC 5322 specials).
  static let specials: Set<Character> = [
    "(", ")", "<", ">", "[", "]", ":", ";", "@", "\\", ",", ".", "\"",
  ]

  /// A display name: as it is when it is plain ASCII words, quoted when it
  /// holds specials, encoded when it holds anything beyond ASCII.
  public static func phrase(_ text: String) -> String {
    let clean = singleLine(text)
    if !clean.allSatisfy(\.isASCII) { return encodedWords(clean) }
    if clean.contains(where: { specials.contains($0) }) {
      let escaped = clean.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"")
      return "\"\(escaped)\""
    }
    return clean
  }

  /// Unstructured text such as a subject: ASCII is kept, anything else
  /// encoded.
  public static func text(_ text: String) -> String {
    let clean = singleLine(text)
    return clean.allSatisfy(\.isASCII) ? clean : encodedWords(clean)
  }

  /// The text on one line: line breaks and other control characters become
  /// spaces, so no value can start a header of its own.
  static func singleLine(_ text: String) -> String {
    String(
      text.unicodeScalars.map { scalar -> Character in
        scalar.properties.generalCategory == .control || scalar == "\u{2028}"
          || scalar == "\u{2029}" ? " " : Character(scalar)
      })
  }

  /// Base64 encoded-words, each cut between characters (never inside one)
  /// and separated by a space that folding may turn into a line break.
  static func encodedWords(_ text: String) -> String {
    // 36 bytes make 48 characters of base64, 60 with "=?UTF-8?B?" and "?=":
    // within RFC 2047's 75, and short enough that `Subject: ` and one word
    // stay within a 78-character line.
    var words: [String] = []
    var chunk: [UInt8] = []
    for character in text {
      let bytes = Array(String(character).utf8)
      if chunk.count + bytes.count > 36 {
        words.append("=?UTF-8?B?\(Base64.encode(chunk))?=")
        chunk = []
      }
      chunk += bytes
    }
    if !chunk.isEmpty { words.append("=?UTF-8?B?\(Base64.encode(chunk))?=") }
    return words.joined(separator: " ")
  }

  /// `Name: value` folded at spaces so that lines stay within 78
  /// characters where the value allows; continuation lines start with a
  /// space. Lines are joined with `lineEnding`.
  public static func fold(name: String, value: String, lineEnding: String) -> String {
    var lines: [String] = []
    var current = "\(name):"
    for word in value.split(separator: " ", omittingEmptySubsequences: false) {
      if current.utf8.count + 1 + word.utf8.count > 78, current.contains(where: { $0 != " " }),
        !current.hasSuffix(":")
      {
        lines.append(current)
        current = " \(word)"
      } else {
        current += " \(word)"
      }
    }
    lines.append(current)
    return lines.joined(separator: lineEnding)
  }
}
