/// What an ASCII byte is, asked of UTF-8 text read as bytes. The one place
/// that spells bytes as numbers: the rest of the library asks by name. A byte
/// of a non-ASCII character (0x80 and up) is none of these classes.
enum ASCII {
  /// A space or a tab: the blanks TWiki sees between words and in indents.
  @inline(__always)
  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  /// A space, a tab, a line feed, a vertical tab, a form feed or a carriage
  /// return (C's `isspace`).
  @inline(__always)
  static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

  /// `0` to `9`.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// `a` to `z` or `A` to `Z`.
  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// A letter or a digit.
  @inline(__always)
  static func isLetterOrDigit(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// A byte of ASCII text, not of a longer UTF-8 character.
  @inline(__always)
  static func isASCII(_ byte: UInt8) -> Bool { byte < 0x80 }

  /// A C0 control (below a space) or DEL.
  @inline(__always)
  static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

  /// A byte that can stand in a word: a letter, a digit, `_`, or any byte of
  /// a non-ASCII character (so "Müller" is one word).
  @inline(__always)
  static func isWordByte(_ byte: UInt8) -> Bool {
    isLetterOrDigit(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  /// `byte` with `A` to `Z` made lowercase; any other byte as it is.
  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// `byte` with `a` to `z` made uppercase; any other byte as it is.
  @inline(__always)
  static func uppercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte
  }

  /// Whether every byte of `text` is ASCII.
  static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy(isASCII) }
}
