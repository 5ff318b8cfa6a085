/// Compiler-style lines that editors and terminals turn into links:
/// `path:line:col: error: message [rule-id]`. The summary line is separate
/// (the command prints it on standard error).
public struct TextReporter: LintReporter {
  /// ANSI colour; the command turns it on only for a terminal without `NO_COLOR`.
  public var color: Bool

  public init(color: Bool = false) {
    self.color = color
  }

  public func render(_ report: LintReport) -> String {
    var text = ""
    for finding in report.findings {
      append(finding, to: &text)
      text += "\n"
    }
    return text
  }

  func line(for finding: Finding) -> String {
    var text = ""
    append(finding, to: &text)
    return text
  }

  /// Appends piece by piece, without interpolation: this runs for every
  /// finding of an archive.
  private func append(_ finding: Finding, to text: inout String) {
    // Text from the topic is printed with its control characters escaped.
    let message = VisibleText.escaped(finding.message)
    guard color else {
      text += VisibleText.escaped(finding.location.file)
      text += ":"
      text += String(finding.location.line)
      text += ":"
      text += String(finding.location.column)
      text += finding.severity == .error ? ": error: " : ": warning: "
      text += message
      text += " ["
      text += finding.rule
      text += "]"
      return
    }
    let severity = finding.severity.rawValue
    let tint = finding.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
    text +=
      "\u{1B}[1m\(VisibleText.escaped(finding.location.description)):\u{1B}[0m "
      + "\(tint)\(severity):\u{1B}[0m \u{1B}[1m\(message)\u{1B}[0m \u{1B}[2m[\(finding.rule)]\u{1B}[0m"
  }

  /// The summary line, coloured like the worst finding.
  public func summary(_ report: LintReport) -> String {
    summary(
      errorCount: report.errorCount, warningCount: report.warningCount,
      fileCount: report.fileCount)
  }

  /// The summary line from counts alone, for runs that stream their findings.
  public func summary(errorCount: Int, warningCount: Int, fileCount: Int) -> String {
    let text = LintReport.summary(
      errorCount: errorCount, warningCount: warningCount, fileCount: fileCount)
    guard color, errorCount + warningCount > 0 else { return text }
    let tint = errorCount > 0 ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
    return "\(tint)\(text)\u{1B}[0m"
  }
}
