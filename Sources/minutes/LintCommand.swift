import ArgumentParser
import Foundation
import MinutesKit

extension ReportFormat: ExpressibleByArgument {}

/// `minutes lint [PATH...]`: check minutes before they are submitted or published.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check topics for missing reports, blank figures, placeholders and markup mistakes.",
    discussion: """
      Without a path, checks the newest topic in the roster's archive. Folders mean
      every *.txt topic inside; - reads a topic from standard input.

      Exit codes: 0 no errors (warnings alone pass unless --strict), 1 findings at
      error level, 2 usage, configuration or I/O error. 'minutes rules' lists the rules.
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @Argument(help: "Topic files, folders or - for standard input.")
  var paths: [String] = []

  @Option(help: "Check only this group's section (an owner's check before submitting).")
  var group: String?

  @Flag(help: "The coordinator's check after the meeting: attendees listed, every group reported.")
  var final = false

  @Flag(help: "Fail (exit code 1) on warnings too.")
  var strict = false

  @Option(help: "Output format: text, json, github or sarif.")
  var format: ReportFormat = .text

  func run() throws {
    let roster = try rosterOptions.load()
    try Linter.validate(group: group, roster: roster)
    let inputs: [LintInput]
    if paths.isEmpty {
      inputs = [
        try LintInput.newestTopic(
          inArchive: roster.meeting.archive, pattern: TopicPattern(roster.meeting.topicPattern))
      ]
    } else {
      inputs = try LintInput.expand(paths)
    }
    let today = LintCommand.today()
    let linter = Linter()
    var findings: [Finding] = []
    for input in inputs {
      let bytes: [UInt8]
      switch input {
      case .file(let path): bytes = try FileIO.read(path, limit: LintInput.sizeLimit)
      case .standardInput: bytes = FileIO.readStandardInput()
      }
      findings += linter.lint(
        bytes: bytes, path: input.displayPath, roster: roster, group: group, isFinal: final,
        today: today)
    }
    let report = LintReport(findings: findings, fileCount: inputs.count)
    let reporter = format.reporter(color: format == .text && LintCommand.wantsColor(STDOUT_FILENO))
    print(reporter.render(report), terminator: "")
    if format == .text {
      let summary = TextReporter(color: LintCommand.wantsColor(STDERR_FILENO)).summary(report)
      FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
    if report.errorCount > 0 || (strict && report.warningCount > 0) {
      throw ExitCode(1)
    }
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set (no-color.org)
  /// or the terminal is dumb.
  static func wantsColor(_ descriptor: Int32) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    return isatty(descriptor) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }

  /// The day lint runs, for items that have no meeting date to age against:
  /// `SOURCE_DATE_EPOCH` when set (reproducible runs), else now.
  static func today() -> MeetingDate {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
      let seconds = Double(epoch)
    {
      return MeetingDate(Date(timeIntervalSince1970: seconds))
    }
    return MeetingDate(Date())
  }
}
