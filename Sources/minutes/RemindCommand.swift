import ArgumentParser
import Foundation
import MinutesKit

/// `minutes remind`: mail the owners of every section that still has gaps.
struct RemindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remind",
    abstract: "Mail the owners of each section that still has gaps what is missing.",
    discussion: """
      For each group due at the topic's meeting (not away, not skipped by its
      cadence) whose section 'minutes lint --group' finds anything in, one message
      to its owners: the findings with line numbers, the topic's view and edit
      links, the meeting's day and the 'minutes submit' line that sends the
      section. Addresses and the sender come from the roster's 'mail:' section
      (docs/mail.md). A message that cannot be sent is reported and the others
      still go; the exit code is then 1.

      Examples:
        minutes remind                       the newest topic, through sendmail
        minutes remind --dry-run             print the messages instead
        minutes remind --group CMS --mbox out.mbox   one group, into an mbox file
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @Option(help: "Remind only this group's owners.")
  var group: String?

  @OptionGroup var mailOptions: MailOptions

  @Argument(help: "The topic (default: the newest topic in the archive).")
  var topic: String?

  func run() throws {
    let roster = try rosterOptions.load()
    let mail = try MailSettings.of(roster)
    try Linter.validate(group: group, roster: roster)
    let path = try MailOptions.topicPath(topic, roster: roster)
    let parsed = try Topic.read(path)
    let plan = Reminders.plan(
      topic: parsed, roster: roster, mail: mail, group: group,
      today: try SourceDateEpoch.checkingDay(),
      submitPath: Reminders.submitPath(of: path, roster: roster), stamp: try MailStamp.current())
    // Delivered first: a file that cannot be written stops the command
    // with one line and nothing written; a failed send is reported below.
    let delivery = mailOptions.delivery(mail)
    let failures = try delivery.deliver(plan.messages.map(\.message))
    let (lines, failed) = plan.report(delivery: delivery, failures: failures)
    for line in lines { try Console.error(line + "\n") }
    if failed > 0 { throw ExitCode(1) }
  }
}
