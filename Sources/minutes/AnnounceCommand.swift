import ArgumentParser
import Foundation
import MinutesKit

/// `minutes announce`: mail the minutes of a meeting to the list.
struct AnnounceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "announce",
    abstract: "Mail a meeting's minutes to the list as plain text.",
    discussion: """
      The topic as a reader sees it, without TWiki markup (links kept as text and
      URL), after a summary of who reported and the open actions, to the roster's
      mail.list. Refused (exit 1, with the findings) while 'minutes lint --final'
      finds errors in the topic.

      Examples:
        minutes announce --dry-run
        minutes announce minutes/Mar22,2011ProductionMeeting.txt
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @OptionGroup var mailOptions: MailOptions

  @Argument(help: "The topic (default: the newest topic in the archive).")
  var topic: String?

  func run() throws {
    let roster = try rosterOptions.load()
    let mail = try MailSettings.of(roster)
    guard let list = mail.list else {
      throw MinutesError(
        "\(roster.path): mail has no 'list' (the address announce sends the minutes to)")
    }
    let path = try MailOptions.topicPath(topic, roster: roster)
    let parsed = try Topic.read(path)
    let announcement = Announcement.make(
      topic: parsed, roster: roster, mail: mail, list: list,
      today: try SourceDateEpoch.checkingDay(),
      stamp: try MailStamp.current(),
      recentReports: RecentReports.load(forTopicAt: path, roster: roster))
    guard let message = announcement.message else {
      try ReportPrinter.print(
        LintReport(findings: announcement.refusals, fileCount: 1), format: .text)
      try Console.error("not announced: 'minutes lint --final' finds errors in \(path)\n")
      throw ExitCode(1)
    }
    let failures = try mailOptions.delivery(mail).deliver([message])
    if let failure = failures.first {
      try Console.error("minutes: error: the minutes were not sent: \(failure.reason)\n")
      throw ExitCode(1)
    }
    try Console.error("announced \(path) to \(list.address)\n")
  }
}
