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
      is never replaced without --force; with it, the reports submitted to the old
      topic are kept and the old file stays beside it as <Topic>.txt.bak.
      SOURCE_DATE_EPOCH, when set, is the creation time written into the topic.

      Open items of the previous topic (the latest in the archive before the
      meeting day, or --previous FILE) are carried into the new one; --dry-run
      lists them. See 'minutes items'.

      Examples:
        minutes new                          the next meeting after the latest topic
        minutes new --date 2011-03-22        that meeting's topic
        minutes new --date 2011-03-22 --stdout | less
        minutes new --dry-run                what would be written and carried
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

  @Option(
    help: ArgumentHelp(
      "The topic to carry open items from (default: the latest topic in the archive before "
        + "the meeting day).", valueName: "file"))
  var previous: String?

  func run() throws {
    var meetingDate: MeetingDate?
    if let date {
      meetingDate = try MeetingDate.parse(option: date)
    }
    if stdout && dryRun {
      throw MinutesError("--stdout and --dry-run do not go together (choose one)")
    }
    let roster = try rosterOptions.load()
    let now = try SourceDateEpoch.now()

    // 1. Generate the topic from the roster and the templates.
    let plan = try NewTopic.plan(roster: roster, date: meetingDate, now: now)

    // 2. Carry the previous topic's open items into it.
    let previousTopic = try CarryForward.loadPrevious(
      explicit: previous, plan: plan, roster: roster)
    let (carried, outcome) = CarryForward.apply(to: plan, previous: previousTopic, roster: roster)

    for warning in plan.warnings(carrying: outcome, roster: roster) {
      try Console.error("minutes: warning: \(warning)\n")
    }

    // 3. Print or write.
    if !stdout && !force { try NewTopic.checkNotWritten(carried) }
    if dryRun {
      try Console.output("would write: \(carried.path)\n")
      if let outcome {
        try Console.output(
          "previous topic: \(outcome.previous.path) (\(outcome.previous.date.twikiDate))\n")
        try Console.output("would carry:\n")
        try Console.output(ItemsListing.text(outcome.items, path: outcome.previous.path))
        for message in outcome.report.messages {
          try Console.output("dry run, nothing written: \(message)\n")
        }
      } else {
        try Console.output("previous topic: none in \(plan.archive.folder)\n")
      }
      return
    }
    let messages = outcome?.report.messages ?? []
    if stdout {
      try Console.output(carried.topic.text)
      for message in messages { try Console.error(message + "\n") }
      return
    }
    // Reported before the topic is put in place: a report that cannot be
    // written (stdout full or closed) leaves nothing written.
    if force {
      _ = try TopicReplacement.write(
        carried, roster: roster, today: try SourceDateEpoch.checkingDay()
      ) {
        (replaced) throws(MinutesError) in
        try Console.output("wrote \(carried.path)\n")
        if !replaced.keptReports.isEmpty {
          try Console.output(
            "kept the reports of \(replaced.keptReports.joined(separator: ", ")) from the topic "
              + "it replaced\n")
        }
        if let backup = replaced.backup {
          try Console.output("the replaced topic is kept as \(backup)\n")
        }
        for message in messages { try Console.output(message + "\n") }
      }
    } else {
      try NewTopic.write(carried, force: false) { () throws(MinutesError) in
        try Console.output("wrote \(carried.path)\n")
        for message in messages { try Console.output(message + "\n") }
      }
    }
  }
}
