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

  func delivery(_ mail: MailSettings) -> MailDelivery {
    if let mbox { return .mbox(mbox) }
    if let out { return .folder(out) }
    if dryRun { return .print }
    return .sendmail(mail.sendmail)
  }

  /// The topic a command works on: the one given, else the archive's newest.
  static func topicPath(_ given: String?, roster: Roster) throws(MinutesError) -> String {
    if let given { return given }
    return try LintInput.newestTopic(of: roster).displayPath
  }
}
