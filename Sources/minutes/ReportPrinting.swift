import Foundation
import MinutesKit

/// Prints lint findings the way every command that checks topics does: the
/// report on stdout, and for text a summary line on stderr.
func printReport(_ report: LintReport, format: ReportFormat) throws(MinutesError) {
  let reporter = format.reporter(color: format == .text && wantsColor(STDOUT_FILENO))
  try Console.output(reporter.render(report))
  if format == .text {
    let summary = TextReporter(color: wantsColor(STDERR_FILENO)).summary(report)
    try Console.error(summary + "\n")
  }
}

/// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org)
/// or the terminal is dumb.
func wantsColor(_ descriptor: Int32) -> Bool {
  let environment = ProcessInfo.processInfo.environment
  return isatty(descriptor) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
    && environment["TERM"] != "dumb"
}

/// The day a check runs, for items with no meeting date to age against:
/// `SOURCE_DATE_EPOCH` when set (reproducible runs), else today.
func checkingDay() throws -> MeetingDate {
  MeetingDate(Date(timeIntervalSince1970: TimeInterval(try SourceDateEpoch.now())))
}

/// Lints `inputs` on all cores and prints the report on stdout as `format`
/// says (`StreamedLintReport`); text ends with the summary on stderr.
/// `today` (default: the checking day) dates topics whose name has no date; a
/// `cache` spares unchanged topics; `recentReports` (by folder) are the
/// meetings before the topics. Returns the counts.
func lintAndReport(
  _ inputs: [LintInput], roster: Roster, group: String?, isFinal: Bool, format: ReportFormat,
  today: MeetingDate? = nil, cache: LintCacheSession? = nil,
  recentReports: [String: RecentReports] = [:],
  read: @escaping @Sendable (LintInput) throws(MinutesError) -> [UInt8]
) throws -> (errors: Int, warnings: Int) {
  var report = StreamedLintReport(
    roster: roster, group: group, isFinal: isFinal, today: try today ?? checkingDay(),
    format: format, color: wantsColor(STDOUT_FILENO))
  report.recentReports = recentReports
  let output = BufferedOutput()
  // Findings written before an error stops the run, and before the summary.
  defer { try? output.flush() }
  let (errors, warnings) = try report.run(inputs, cache: cache, read: read) {
    output.append($0)
  }
  try output.flush()
  if format == .text {
    let summary = TextReporter(color: wantsColor(STDERR_FILENO)).summary(
      errorCount: errors, warningCount: warnings, fileCount: inputs.count)
    try Console.error(summary + "\n")
  }
  return (errors, warnings)
}

/// Collects standard output and writes it in large pieces: a write per topic
/// was a tenth of a large archive's cached run. After a failed write (a full
/// disk) the rest is dropped and `flush` reports the failure.
final class BufferedOutput {
  private var pending: [UInt8] = []
  private var failure: MinutesError?
  private static let threshold = 1 << 16

  func append(_ bytes: [UInt8]) {
    guard failure == nil else { return }
    pending += bytes
    if pending.count >= Self.threshold { try? flush() }
  }

  func flush() throws(MinutesError) {
    if failure == nil {
      do {
        try Console.output(bytes: pending)
      } catch {
        failure = error
      }
    }
    pending.removeAll(keepingCapacity: true)
    if let failure { throw failure }
  }
}
