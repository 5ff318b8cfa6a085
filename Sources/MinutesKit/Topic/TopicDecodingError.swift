/// A topic that is not valid UTF-8: where the first bad byte is.
public struct TopicDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// Offset of the first invalid byte from the start of the file.
  public var byteOffset: Int
  public var line: Int
  public var column: Int

  public var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }
  public var message: String { "invalid UTF-8 at byte offset \(byteOffset)" }
  public var description: String { "\(location): error: \(message)" }
  public var asMinutesError: MinutesError {
    MinutesError("\(message) (save the topic as UTF-8)", at: location)
  }
}

extension TopicDecodingError {
  /// One error per line that holds bytes that are not UTF-8, at the first
  /// such byte of the line. One pass: lines are counted on the way, and the
  /// rest of a line with an error is skipped.
  static func all(in bytes: [UInt8], path: String) -> [TopicDecodingError] {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var errors: [TopicDecodingError] = []
    var line = 1
    var lineStart = start
    var counted = start
    while let offset = UTF8Validation.firstInvalidOffset(in: bytes, from: counted) {
      while let newline = bytes[counted..<offset].firstIndex(of: UInt8(ascii: "\n")) {
        line += 1
        lineStart = newline + 1
        counted = newline + 1
      }
      errors.append(
        TopicDecodingError(
          path: path, byteOffset: offset, line: line, column: offset - lineStart + 1))
      guard let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { break }
      line += 1
      lineStart = newline + 1
      counted = newline + 1
    }
    return errors
  }
}
