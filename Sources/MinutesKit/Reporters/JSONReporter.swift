import Foundation

/// One JSON document for scripts: every finding with its position, and the counts.
public struct JSONReporter: LintReporter {
  public init() {}

  struct Document: Encodable {
    var version = 1
    var files: Int
    var summary: Summary
    var findings: [Entry]
  }

  struct Summary: Encodable {
    var errors: Int
    var warnings: Int
  }

  struct Entry: Encodable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var rule: String
    var message: String
    var group: String?
  }

  public func render(_ report: LintReport) -> String {
    let document = Document(
      files: report.fileCount,
      summary: Summary(errors: report.errorCount, warnings: report.warningCount),
      findings: report.findings.map {
        Entry(
          file: $0.location.file, line: $0.location.line, column: $0.location.column,
          severity: $0.severity.rawValue, rule: $0.rule, message: $0.message, group: $0.group)
      })
    return JSONText.encodeText(document)
  }
}
