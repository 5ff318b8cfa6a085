import Foundation

/// Prints lint findings the way every command that checks topics does: the
/// report on standard output, and for text a summary line on standard error.
/// Colour only where `Console.wantsColor` says so.
public enum ReportPrinter {
  /// Prints a report made already (`submit`'s or `announce`'s findings).
  public static func print(_ report: LintReport, format: ReportFormat) throws(MinutesError) {
    let reporter = format.reporter(
      color: format == .text && Console.wantsColor(STDOUT_FILENO))
    try Console.output(reporter.render(report))
    if format == .text {
      let summary = TextReporter(color: Console.wantsColor(STDERR_FILENO)).summary(report)
      try Console.error(summary + "\n")
    }
  }

  /// Lints `inputs` (their bytes from `read`) on all cores and prints the
  /// report as it goes (`StreamedLintReport`); text ends with the summary.
  /// `today` dates topics whose name has no date. Returns the counts; the
  /// findings before an error that stops the run are printed.
  public static func lint(
    _ inputs: [LintInput], roster: Roster, group: String?, isFinal: Bool, format: ReportFormat,
    today: MeetingDate,
    read: @escaping @Sendable (LintInput) throws(MinutesError) -> [UInt8] = LintInput.read
  ) throws(MinutesError) -> (errors: Int, warnings: Int) {
    let report = StreamedLintReport(
      roster: roster, group: group, isFinal: isFinal, today: today, format: format,
      color: Console.wantsColor(STDOUT_FILENO))
    let output = BufferedOutput()
    // Findings written before an error stops the run, and before the summary.
    defer { try? output.flush() }
    let (errors, warnings) = try report.run(inputs, read: read) { output.append($0) }
    try output.flush()
    if format == .text {
      let summary = TextReporter(color: Console.wantsColor(STDERR_FILENO)).summary(
        errorCount: errors, warningCount: warnings, fileCount: inputs.count)
      try Console.error(summary + "\n")
    }
    return (errors, warnings)
  }
}
