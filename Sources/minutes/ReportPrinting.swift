import Foundation
import MinutesKit

/// Prints lint findings the way every command that checks topics does: the
/// report on stdout, and for text a summary line on stderr.
func printReport(_ report: LintReport, format: ReportFormat) {
  let reporter = format.reporter(color: format == .text && wantsColor(STDOUT_FILENO))
  print(reporter.render(report), terminator: "")
  // Findings before the summary, also when stdout is a pipe and buffered.
  fflush(nil)
  if format == .text {
    let summary = TextReporter(color: wantsColor(STDERR_FILENO)).summary(report)
    FileHandle.standardError.write(Data((summary + "\n").utf8))
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
/// `cache` spares unchanged topics. Returns the counts.
func lintAndReport(
  _ inputs: [LintInput], roster: Roster, group: String?, isFinal: Bool, format: ReportFormat,
  today: MeetingDate? = nil, cache: LintCacheSession? = nil,
  read: @escaping @Sendable (LintInput) throws(MinutesError) -> [UInt8]
) throws -> (errors: Int, warnings: Int) {
  let report = StreamedLintReport(
    roster: roster, group: group, isFinal: isFinal, today: try today ?? checkingDay(),
    format: format, color: wantsColor(STDOUT_FILENO))
  let output = BufferedOutput(STDOUT_FILENO)
  // Findings written before an error stops the run, and before the summary.
  defer { output.flush() }
  let (errors, warnings) = try report.run(inputs, cache: cache, read: read) {
    output.append($0)
  }
  output.flush()
  if format == .text {
    let summary = TextReporter(color: wantsColor(STDERR_FILENO)).summary(
      errorCount: errors, warningCount: warnings, fileCount: inputs.count)
    FileHandle.standardError.write(Data((summary + "\n").utf8))
  }
  return (errors, warnings)
}

/// Collects output for a file descriptor and writes it in large pieces: a
/// write per topic was a tenth of a large archive's cached run.
final class BufferedOutput {
  private let descriptor: Int32
  private var pending: [UInt8] = []
  private static let threshold = 1 << 16

  init(_ descriptor: Int32) {
    self.descriptor = descriptor
  }

  func append(_ bytes: [UInt8]) {
    pending += bytes
    if pending.count >= Self.threshold { flush() }
  }

  func flush() {
    // A closed pipe (`| head`) just ends the output, as it does for grep.
    _ = FileIO.write(pending, to: descriptor)
    pending.removeAll(keepingCapacity: true)
  }
}
