import ArgumentParser
import Foundation
import MinutesKit

/// Where `remind` and `announce` put their messages, shared by both.
struct MailOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Append the messages to this mbox file instead of sending them.",
      valueName: "file"))
  var mbox: String?

  @Option(
    help: ArgumentHelp(
      "Write each message as a .eml file into this folder instead.",
      valueName: "dir"))
  var out: String?

  @Flag(help: "Print the messages (as an mbox) instead of sending them.")
  var dryRun = false

  func validate() throws {
    if [mbox != nil, out != nil, dryRun].filter({ $0 }).count > 1 {
      throw ValidationError("--mbox, --out and --dry-run exclude one another; give one")
    }
  }

  /// The roster's `mail:` section, which both commands need.
  static func settings(of roster: Roster) throws(MinutesError) -> MailSettings {
    guard let mail = roster.mail else {
      throw MinutesError(
        "\(roster.path): no 'mail:' section (the sender and the owners' addresses; "
          + "see docs/mail.md)")
    }
    return mail
  }

  func delivery(_ mail: MailSettings) -> MailDelivery {
    if let mbox { return .mbox(mbox) }
    if let out { return .folder(out) }
    if dryRun { return .print }
    return .sendmail(mail.sendmail)
  }

  /// The time of the Date header and a token for unique Message-IDs; with
  /// `SOURCE_DATE_EPOCH` both are fixed, so a run can be repeated byte for byte.
  static func stamp() throws(MinutesError) -> MailStamp {
    let time = try SourceDateEpoch.now()
    let fixed = !(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] ?? "").isEmpty
    let token = fixed ? "0" : String(UInt64.random(in: 0...UInt64.max), radix: 36)
    return MailStamp(time: time, token: token)
  }

  /// The topic a command works on: the one given, else the archive's newest.
  static func topicPath(_ given: String?, roster: Roster) throws(MinutesError) -> String {
    if let given { return given }
    return try LintInput.newestTopic(
      inArchive: roster.meeting.archive, pattern: roster.meeting.topicPattern
    ).displayPath
  }
}
