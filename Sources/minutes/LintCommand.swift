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
    let today = try checkingDay()
    let linter = Linter()
    let (group, isFinal) = (self.group, final)
    // Text and GitHub lines stream out a batch at a time; JSON and SARIF are
    // one document, so they keep the findings (not the topics) until the end.
    let streams = format == .text || format == .github
    let reporter = format.reporter(color: format == .text && wantsColor(STDOUT_FILENO))
    var kept: [Finding] = []
    var (errors, warnings) = (0, 0)
    try LintRunner.run(inputs) { input throws(MinutesError) in
      let bytes: [UInt8]
      switch input {
      case .file(let path): bytes = try FileIO.read(path, limit: LintInput.sizeLimit)
      case .standardInput: bytes = FileIO.readStandardInput()
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
    }
    if format == .text {
      let summary = TextReporter(color: wantsColor(STDERR_FILENO)).summary(
        errorCount: errors, warningCount: warnings, fileCount: inputs.count)
      FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
    if errors > 0 || (strict && warnings > 0) {
      throw ExitCode(1)
    }
  }
}
