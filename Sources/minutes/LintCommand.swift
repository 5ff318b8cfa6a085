import ArgumentParser
import Foundation
import MinutesKit

/// `minutes lint [PATH...]`: check minutes before they are submitted or published.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check topics for missing reports, blank figures, placeholders and markup mistakes.",
    discussion: """
      Without a path, checks the newest topic in the roster's archive. Folders mean
      every *.txt topic inside, in meeting order; - reads a topic from standard input.

      Exit codes: 0 no errors (warnings alone pass unless --strict), 1 findings at
      error level, 2 usage, configuration or I/O error. 'minutes rules' lists the rules.

      Examples:
        minutes lint                                  this week's topic
        minutes lint --group CMS cms.txt              an owner's check of a section
        minutes lint --final minutes/Mar22,2011ProductionMeeting.txt
        minutes lint --format github minutes/         annotations for a CI job
        minutes lint --date 2011-03-22 - < draft.txt  a draft from standard input
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @Argument(help: "Topic files, folders or - for standard input.")
  var paths: [String] = []

  @Option(
    help: "Check only this group's section (an owner's check before submitting).",
    completion: .rosterGroups)
  var group: String?

  @Flag(help: "The coordinator's check after the meeting: attendees listed, every group reported.")
  var final = false

  @Flag(help: "Fail (exit code 1) on warnings too.")
  var strict = false

  @Option(
    help: ArgumentHelp(
      "The meeting date, YYYY-MM-DD, of topics whose name carries none, such as standard "
        + "input (default: today).", valueName: "date"))
  var date: String?

  @Option(help: "Output format: text, json, github or sarif.")
  var format: ReportFormat = .text

  @Flag(help: "Accepted for compatibility; lint keeps no cache.")
  var noCache = false

  func run() throws {
    let roster = try rosterOptions.load()
    try Linter.validate(group: group, roster: roster)
    let today = try date.map { try MeetingDate.parse(option: $0) } ?? SourceDateEpoch.checkingDay()
    let inputs = try LintInput.resolve(paths, roster: roster)
    let (errors, warnings) = try ReportPrinter.lint(
      inputs, roster: roster, group: group, isFinal: final, format: format, today: today)
    if errors > 0 || (strict && warnings > 0) {
      throw ExitCode(1)
    }
  }
}
