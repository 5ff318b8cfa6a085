import ArgumentParser
import Foundation
import MinutesKit

/// `minutes items TOPIC`: what `new` would carry from TOPIC, listed.
struct ItemsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "items",
    abstract: "List the open items of a topic: exactly what 'new' would carry from it.",
    discussion: """
      Open items are the bullets of the carrying sections without a done mark (or, in \
      the roster's 'actions' mode, the bullets marked as actions), every ActionTracker \
      action that is not closed, and the roster's roll-over blocks. Each is shown as it \
      would be written into the next topic, origin note included.

      Examples:
        minutes items                        the newest topic of the archive
        minutes items minutes/Mar15,2011ProductionMeeting.txt
        minutes items --format json --date 2011-03-15 topic.txt
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(
    help: ArgumentHelp(
      "The topic file ('-' for standard input; default: the newest topic in the archive).",
      valueName: "topic"))
  var topic: String?

  @Option(help: "Output format.")
  var format: Format = .text

  @Option(
    help: ArgumentHelp(
      "The topic's meeting date, YYYY-MM-DD, for the origin notes of items that have none "
        + "(default: the date in the topic's name).", valueName: "date"))
  var date: String?

  @OptionGroup var options: RosterOptions

  func run() throws {
    let roster = try options.load()
    let topic =
      try self.topic
      ?? LintInput.newestTopic(
        inArchive: roster.meeting.archive, pattern: roster.meeting.topicPattern
      ).displayPath
    let parsed = try Topic.read(topic)
    let meetingDate = try Self.meetingDate(option: date, path: topic, roster: roster)
    let items = OpenItems.find(in: parsed, date: meetingDate, roster: roster)
    switch format {
    case .text: try Console.output(ItemsListing.text(items, path: topic))
    case .json: try Console.output(ItemsListing.json(items, path: topic))
    }
  }

  /// `--date`, else the date in the topic's file name; nil when neither gives one.
  static func meetingDate(option: String?, path: String, roster: Roster) throws -> MeetingDate? {
    if let option {
      return try MeetingDate.parse(option: option)
    }
    guard path != "-" else { return nil }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return roster.meeting.topicPattern.date(in: name)
  }
}
