/// Finds where bytes stop being UTF-8, so that a bad topic is reported with
/// the byte offset a person can look up in a hex editor.
enum UTF8Validation {
  /// Offset of the first byte that does not start or continue a valid UTF-8
  /// sequence (overlong forms, surrogates and values past U+10FFFF included).
  static func firstInvalidOffset(in bytes: [UInt8], from start: Int = 0) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var index = start
      let count = buffer.count
      let raw = UnsafeRawBufferPointer(buffer)
      while index < count {
        // Eight ASCII bytes at a time: most of a topic is ASCII.
        if index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
          continue
        }
        let lead = buffer[index]
        if lead < 0x80 {
          index += 1
          continue
        }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          upper = 0x9F
        case 0xF0:
          length = 4
          lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          upper = 0x8F
        default: return index
        }
        for offset in 1..<length {
          guard index + offset < count else { return index }
          let byte = buffer[index + offset]
          let (low, high) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
          if byte < low || byte > high { return index }
        }
        index += length
      }
      return nil
    }
  }

  /// 1-based line and byte column of `offset`.
  static func lineAndColumn(of offset: Int, in bytes: [UInt8], from start: Int = 0) -> (Int, Int) {
    var line = 1
    var lineStart = start
    for index in start..<offset where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}
