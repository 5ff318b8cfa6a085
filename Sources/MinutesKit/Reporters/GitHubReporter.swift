/// GitHub Actions workflow commands: each finding becomes an annotation on
/// the file and line in the pull request,
/// `::error file=PATH,line=L,col=C,title=RULE::MESSAGE`.
public struct GitHubReporter: LintReporter {
  public init() {}

  public func render(_ report: LintReport) -> String {
    report.findings.map { finding in
      let properties = [
        "file=\(escapeProperty(finding.location.file))",
        "line=\(finding.location.line)",
        "col=\(finding.location.column)",
        "title=\(escapeProperty(finding.rule))",
      ].joined(separator: ",")
      return "::\(finding.severity.rawValue) \(properties)::\(escapeData(finding.message))\n"
    }.joined()
  }

  /// As the Actions toolkit escapes a message: `%`, CR and LF; other
  /// control characters (terminal escapes in the log) are made visible.
  func escapeData(_ text: String) -> String {
    VisibleText.escaped(
      text.replacingOccurrences(of: "%", with: "%25")
        .replacingOccurrences(of: "\r", with: "%0D")
        .replacingOccurrences(of: "\n", with: "%0A"))
  }

  /// Property values also escape `:` and `,`.
  func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A")
      .replacingOccurrences(of: ",", with: "%2C")
  }
}
