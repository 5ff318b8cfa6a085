import ArgumentParser
import Foundation
import MinutesKit

/// `minutes submit`: an owner hands in their group's section.
struct SubmitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit",
    abstract: "Check one group's section and put it into the topic.",
    discussion: """
      The section is checked as 'minutes lint --group NAME' checks it. With errors
      they are printed and nothing changes (exit 1); otherwise the group's section
      of the topic is replaced (or added where the roster's order of groups puts
      it) and every other byte of the topic stays as it was. The file may hold the
      section's '---++' heading or only its body, '---+++' sub-headings included.

      A submission is the owner's last word: its gaps (no report, empty bullets,
      template text, blank or missing figures) are errors unless the roster's lint
      section says 'submission-gaps: warning'. A section with a report is never
      replaced by one without, and an open item or action of the section left out
      is refused (quoted whole, to paste back). Owners submitting at the same
      moment wait for each other (a lock on the archive folder).

      Example:
        minutes submit --group CMS --from cms.txt
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @Option(help: "The group whose section this is.", completion: .rosterGroups)
  var group: String

  @Option(help: ArgumentHelp("The section to submit, or - for standard input.", valueName: "file"))
  var from: String

  @Argument(help: "The topic to put it into (default: the newest topic in the archive).")
  var topic: String?

  @Flag(help: "Refuse on warnings too.")
  var strict = false

  @Option(help: "Output format of the findings: text, json, github or sarif.")
  var format: ReportFormat = .text

  func run() throws {
    let roster = try rosterOptions.load()
    try Linter.validate(group: group, roster: roster)
    let topicPath =
      try topic
      ?? LintInput.newestTopic(
        inArchive: roster.meeting.archive, pattern: roster.meeting.topicPattern
      ).displayPath
    let submission = try Topic.read(from)
    // Read, check and write under the topic's lock: an owner submitting at
    // the same moment waits, then reads the topic with this section in it.
    try TopicLock.holding(topicPath) {
      let parsed = try Topic.read(topicPath)
      let checked = try Submission.check(
        group: group, topic: parsed, submission: submission.text, submissionPath: submission.path,
        roster: roster, today: try checkingDay())
      let report = LintReport(findings: checked.findings, fileCount: 1)
      if !report.findings.isEmpty { try printReport(report, format: format) }
      if let line = checked.replacedReport {
        try Console.error(
          "\(topicPath):\(line):1: error: the section holds a report and the submission holds "
            + "none; submit the report, or leave the section as it is\n")
      }
      for item in checked.droppedItems {
        // Quoted as the topic has it, uid included: pasted back, it is kept.
        let what = item.kind == .action ? "open action" : "open item"
        try Console.error(
          "\(topicPath):\(item.line):1: error: the submission drops this \(what) of the "
            + "section; keep it, or close it (DONE, state=\"closed\"):\n"
            + Submission.quote(item, in: parsed).joined(separator: "\n") + "\n")
      }
      if checked.hasErrors || (strict && report.warningCount > 0) {
        try Console.error("nothing submitted: \(topicPath) is unchanged\n")
        throw ExitCode(1)
      }
      // Someone may have saved the topic by hand while we checked: never overwrite their edit.
      guard try FileIO.read(topicPath, limit: LintInput.sizeLimit) == parsed.bytes else {
        throw MinutesError("\(topicPath): changed while submitting; nothing written, try again")
      }
      // Written in full first, reported, then put in place: a report that
      // cannot be written (stderr closed or full) leaves the topic unchanged.
      let write = try AtomicWrite.prepare(checked.topic.bytes, to: topicPath, replace: true)
      try Console.error(
        "submitted the '\(roster.group(named: group)?.name ?? group)' section to \(topicPath)\n")
      try write.commit()
    }
  }
}
