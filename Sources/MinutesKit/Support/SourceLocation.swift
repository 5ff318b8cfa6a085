/// A position in a file that a person can jump to: 1-based line and column.
///
/// Columns count UTF-8 bytes from the start of the line, as compilers do, so
/// editors and CI annotations agree with `minutes` on every line.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
