import Foundation
import MinutesKit

/// Prints lint findings the way every command that checks topics does: the
/// report on stdout, and for text a summary line on stderr.
func printReport(_ report: LintReport, format: ReportFormat) {
  let reporter = format.reporter(color: format == .text && wantsColor(STDOUT_FILENO))
  print(reporter.render(report), terminator: "")
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
