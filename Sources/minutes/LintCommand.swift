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

      Examples:
        minutes lint                                  this week's topic
        minutes lint --group CMS cms.txt              an owner's section before submitting
        minutes lint --final minutes/Mar22,2011ProductionMeeting.txt
        minutes lint --format github minutes/         annotations for a CI job
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
    let (errors, warnings) = try lintAndReport(
      inputs, roster: roster, group: group, isFinal: final, format: format
    ) { input throws(MinutesError) in
      switch input {
      case .file(let path): try FileIO.read(path, limit: LintInput.sizeLimit)
      case .standardInput: try FileIO.readStandardInput(limit: LintInput.sizeLimit)
      }
    }
    if errors > 0 || (strict && warnings > 0) {
      throw ExitCode(1)
    }
  }
}
