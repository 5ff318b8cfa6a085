/// What one `minutes lint` run found, ready for a reporter.
public struct LintReport: Sendable, Equatable {
  public var findings: [Finding]
  /// How many topics were checked.
  public var fileCount: Int

  public init(findings: [Finding], fileCount: Int) {
    self.findings = findings
    self.fileCount = fileCount
  }

  public var errorCount: Int { findings.filter { $0.severity == .error }.count }
  public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

  /// `2 errors and 13 warnings in 1 file`, `no problems in 3 files`.
  public var summary: String {
    LintReport.summary(errorCount: errorCount, warningCount: warningCount, fileCount: fileCount)
  }

  /// The summary from counts alone, for runs that stream their findings.
  public static func summary(errorCount: Int, warningCount: Int, fileCount: Int) -> String {
    let files = "\(fileCount) \(fileCount == 1 ? "file" : "files")"
    var parts: [String] = []
    if errorCount > 0 { parts.append("\(errorCount) \(errorCount == 1 ? "error" : "errors")") }
    if warningCount > 0 {
      parts.append("\(warningCount) \(warningCount == 1 ? "warning" : "warnings")")
    }
    return parts.isEmpty
      ? "no problems in \(files)" : parts.joined(separator: " and ") + " in \(files)"
  }
}
