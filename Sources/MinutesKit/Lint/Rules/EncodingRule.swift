/// `encoding`: bytes TWiki would mangle. Invalid UTF-8 is found while the
/// file is read (``Linter/lint(bytes:path:roster:group:isFinal:today:)``);
/// NUL bytes are found here.
public struct EncodingRule: LintRule {
  public init() {}
  public var id: String { "encoding" }
  public var description: String { "invalid UTF-8 or NUL bytes, with the byte offset" }
  public var severity: Severity { .error }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day1️⃣\u{0}, 91% success
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success – all sites in the green ✓
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    guard context.mayHoldNUL else { return [] }
    var findings: [Finding] = []
    let lines = context.topic.lines
    for index in lines.indices {
      guard let offset = ByteSearch.withBytes(of: lines[index].text, { $0.firstIndex(of: 0) })
      else { continue }
      let line = lines[index]
      findings.append(
        finding(
          "NUL byte at byte offset \(line.byteOffset + offset) (remove it)", line: line.number,
          column: offset + 1, in: context))
    }
    return findings
  }

  /// One finding per line that holds bytes that are not UTF-8, at the first
  /// such byte of the line. One pass: lines are counted on the way, and the
  /// rest of a line with a finding is skipped.
  static func invalidUTF8(in bytes: [UInt8], path: String) -> [Finding] {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var findings: [Finding] = []
    var line = 1
    var lineStart = start
    var counted = start
    while let offset = UTF8Validation.firstInvalidOffset(in: bytes, from: counted) {
      while let newline = bytes[counted..<offset].firstIndex(of: UInt8(ascii: "\n")) {
        line += 1
        lineStart = newline + 1
        counted = newline + 1
      }
      findings.append(
        Finding(
          rule: "encoding", severity: .error,
          message: "invalid UTF-8 at byte offset \(offset) (save the topic as UTF-8)",
          location: SourceLocation(file: path, line: line, column: offset - lineStart + 1)))
      guard let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { break }
      line += 1
      lineStart = newline + 1
      counted = newline + 1
    }
    return findings
  }
}
