import ArgumentParser
import Foundation
import MinutesKit

/// `minutes new`: write next week's topic into the archive.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Write the next meeting's topic from the roster and the templates.",
    discussion: """
      Without --date, the meeting day is the first meeting weekday after the latest
      topic in the archive (after today when the archive is empty). The topic is
      written to <archive>/<Topic>.txt through a temporary file; an existing topic
      is never replaced without --force. SOURCE_DATE_EPOCH, when set, is the
      creation time written into the topic.
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @Option(help: ArgumentHelp("The meeting day.", valueName: "YYYY-MM-DD"))
  var date: String?

  @Flag(help: "Print the topic instead of writing it.")
  var stdout = false

  @Flag(help: "Print what would be written and the previous topic found; write nothing.")
  var dryRun = false

  @Flag(help: "Replace the topic when it exists already.")
  var force = false

  func run() throws {
    var meetingDate: MeetingDate?
    if let date {
      guard let parsed = MeetingDate(iso: date) else {
        throw MinutesError(
          "bad --date '\(date)' (expected a day as YYYY-MM-DD, e.g. 2011-03-22)")
      }
      meetingDate = parsed
    }
    if stdout && dryRun {
      throw MinutesError("--stdout and --dry-run do not go together (choose one)")
    }
    let roster = try rosterOptions.load()
    let now = try SourceDateEpoch.now()

    // 1. Generate the topic from the roster and the templates.
    let plan = try NewTopic.plan(roster: roster, date: meetingDate, now: now)

    // 2. Carry-forward: the previous topic's open items go into `plan.topic`
    //    here (plan.previous is the topic to take them from).

    // 3. Print or write.
    if dryRun {
      print("would write: \(plan.path)")
      if let previous = plan.previous {
        print("previous topic: \(previous.path) (\(previous.date.twikiDate))")
      } else {
        print("previous topic: none in \(plan.archive.folder)")
      }
      return
    }
    if stdout {
      FileHandle.standardOutput.write(Data(plan.topic.text.utf8))
      return
    }
    try NewTopic.write(plan, force: force)
    print("wrote \(plan.path)")
  }
}
