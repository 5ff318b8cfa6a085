/// `encoding`: bytes TWiki would mangle: bytes that are not UTF-8 (found
/// while the file is read, ``Topic/decodingErrors``) and NUL bytes. Its
/// findings concern the file, not a section: `--group` keeps them.
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

  public var isAboutTheFile: Bool { true }

  public func check(_ context: LintContext) -> [Finding] {
    var findings = context.topic.decodingErrors.map { error in
      Finding(
        rule: id, severity: severity, message: error.asMinutesError.message,
        location: error.location)
    }
    guard context.topic.holdsNUL else { return findings }
    let lines = context.topic.lines
    for index in lines.indices {
      guard let offset = lines[index].firstNULOffset else { continue }
      let line = lines[index]
      findings.append(
        finding(
          "NUL byte at byte offset \(line.byteOffset + offset) (remove it)", line: line.number,
          column: offset + 1, in: context))
    }
    return findings
  }
}
