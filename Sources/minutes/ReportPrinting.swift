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

/// Lints `inputs` on all cores and prints the findings as `format` says:
/// text and GitHub lines stream out a batch at a time; JSON and SARIF are one
/// document, so they keep the findings (never the topics) until the end.
/// Text ends with the summary on stderr. `today` (default: the checking day)
/// dates topics whose name has no date; a `cache` spares unchanged topics.
/// Returns the counts.
func lintAndReport(
  _ inputs: [LintInput], roster: Roster, group: String?, isFinal: Bool, format: ReportFormat,
  today: MeetingDate? = nil, cache: LintCacheSession? = nil,
  read: @escaping @Sendable (LintInput) throws(MinutesError) -> [UInt8]
) throws -> (errors: Int, warnings: Int) {
  let today = try today ?? checkingDay()
  let linter = Linter()
  let streams = format == .text || format == .github
  let reporter = format.reporter(color: format == .text && wantsColor(STDOUT_FILENO))
  var kept: [Finding] = []
  var (errors, warnings) = (0, 0)
  let output = BufferedOutput(STDOUT_FILENO)
  defer { output.flush() }
  try LintRunner.run(inputs, cache: cache) { input throws(MinutesError) in
    let bytes = try read(input)
    if let group, let file = try? Topic(bytes: bytes, path: input.displayPath) {
      // An owner's section file without its heading, as `submit` takes it.
      if let findings = try Submission.lintBareSection(
        file, group: group, roster: roster, today: today)
      {
        return findings
      }
      return linter.lint(
        LintContext(topic: file, roster: roster, group: group, isFinal: isFinal, today: today))
    }
    return linter.lint(
      bytes: bytes, path: input.displayPath, roster: roster, group: group, isFinal: isFinal,
      today: today)
  } prepare: { findings in
    // Streamed formats are rendered on the workers; the others keep findings.
    let text =
      streams && !findings.isEmpty
      ? Array(reporter.render(LintReport(findings: findings, fileCount: 1)).utf8) : []
    return PreparedFile(
      findings: streams ? [] : findings, text: text,
      errors: findings.count { $0.severity == .error }, total: findings.count)
  } prepareCached: { record in
    guard let text = reporter as? TextReporter, let (bytes, errors, total) = text.render(record)
    else { return nil }
    return PreparedFile(findings: [], text: bytes, errors: errors, total: total)
  } emit: { prepared in
    errors += prepared.errors
    warnings += prepared.total - prepared.errors
    output.append(prepared.text)
    kept += prepared.findings
  }
  output.flush()
  if !streams {
    print(reporter.render(LintReport(findings: kept, fileCount: inputs.count)), terminator: "")
    fflush(nil)
  }
  if format == .text {
    let summary = TextReporter(color: wantsColor(STDERR_FILENO)).summary(
      errorCount: errors, warningCount: warnings, fileCount: inputs.count)
    FileHandle.standardError.write(Data((summary + "\n").utf8))
  }
  return (errors, warnings)
}

/// One topic's part of a report, made ready on a worker.
private struct PreparedFile: Sendable {
  /// Kept for the formats written at the end (JSON, SARIF).
  var findings: [Finding]
  /// The streamed formats' lines.
  var text: [UInt8]
  var errors: Int
  var total: Int
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
