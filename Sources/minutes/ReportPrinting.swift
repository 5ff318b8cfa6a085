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
/// Text ends with the summary on stderr. Returns the counts.
func lintAndReport(
  _ inputs: [LintInput], roster: Roster, group: String?, isFinal: Bool, format: ReportFormat,
  read: @escaping @Sendable (LintInput) throws(MinutesError) -> [UInt8]
) throws -> (errors: Int, warnings: Int) {
  let today = try checkingDay()
  let linter = Linter()
  let streams = format == .text || format == .github
  let reporter = format.reporter(color: format == .text && wantsColor(STDOUT_FILENO))
  var kept: [Finding] = []
  var (errors, warnings) = (0, 0)
  try LintRunner.run(inputs) { input throws(MinutesError) in
    let bytes = try read(input)
    // An owner's section file without its heading, as `submit` takes it.
    if let group, let file = try? Topic(bytes: bytes, path: input.displayPath),
      let findings = try Submission.lintBareSection(
        file, group: group, roster: roster, today: today)
    {
      return findings
    }
    return linter.lint(
      bytes: bytes, path: input.displayPath, roster: roster, group: group, isFinal: isFinal,
      today: today)
  } emit: { findings in
    for finding in findings {
      if finding.severity == .error { errors += 1 } else { warnings += 1 }
    }
    if streams {
      if !findings.isEmpty {
        FileHandle.standardOutput.write(
          Data(reporter.render(LintReport(findings: findings, fileCount: 1)).utf8))
      }
    } else {
      kept += findings
    }
  }
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
