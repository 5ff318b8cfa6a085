import Foundation
import MinutesKit
import Testing

/// `remind` and `announce` end to end, without a mail server: a stand-in
/// `sendmail`, an mbox file, a folder of `.eml` files, the dry run.
@Suite struct MailCommandTests {
  let topic = "minutes/Mar22,2011GridOps.txt"

  func workspace() throws -> URL { try copyOfFixture("mail") }

  /// A `sendmail` that keeps each message in `sent/N.eml` and fails, as a
  /// mail server does, for a message to `john@`.
  func fakeSendmail(in folder: URL) throws -> String {
    let script = folder.appendingPathComponent("fake-sendmail")
    try put(
      """
      #!/bin/sh
      message=$(cat)
      case "$message" in *john@*) echo "fake-sendmail: john@example.org: mailbox full" >&2; exit 75;; esac
      mkdir -p "\(folder.path)/sent"
      n=$(ls "\(folder.path)/sent" | wc -l)
      printf '%s\\n' "$*" > "\(folder.path)/sent/$n.args"
      printf '%s\\n' "$message" > "\(folder.path)/sent/$n.eml"

      """, "fake-sendmail", in: folder)
    #expect(chmod(script.path, 0o755) == 0)
    return script.path
  }

  @Test func aFailedSendIsReportedAndTheOthersStillGo() throws {
    let folder = try workspace()
    let sendmail = try fakeSendmail(in: folder)
    try edit(
      "roster.yaml", in: folder, replacing: "  list: grid-ops@example.org\n",
      with: "  list: grid-ops@example.org\n  sendmail: \(sendmail) -t -oi\n")
    let result = try runMinutes(["remind"], in: folder)
    #expect(result.exitCode == 1)
    #expect(
      result.stderr == """
        CMS: 1 gap, reminder to burtholzman@example.org
        Atlas: nothing missing
        Engage: 1 gap, reminder to matsrynge@example.org, john@example.org
        Security: away, no reminder
        minutes: error: reminder for Engage not sent: \(sendmail) exited with status 75: \
        fake-sendmail: john@example.org: mailbox full
        1 reminder sent, 1 failed

        """)
    let sent = try String(
      contentsOf: folder.appendingPathComponent("sent/0.eml"), encoding: .utf8)
    #expect(sent.contains("\nTo: Burt <burtholzman@example.org>\n"))
    #expect(
      sent.contains("Subject: [Grid Ops Meeting] CMS: your section for 22 Mar 2011 has 1 gap"))
    let arguments = try String(
      contentsOf: folder.appendingPathComponent("sent/0.args"), encoding: .utf8)
    #expect(arguments == "-t -oi\n")
  }

  @Test func remindersGoToAnMboxFileThatReadsBack() throws {
    let folder = try workspace()
    let result = try runMinutes(["remind", "--mbox", "out.mbox", topic], in: folder)
    #expect(result.exitCode == 0)
    #expect(result.stderr.hasSuffix("2 reminders written\n"))
    let mbox = try String(contentsOf: folder.appendingPathComponent("out.mbox"), encoding: .utf8)
    let messages = Mbox.messages(in: mbox)
    #expect(messages.count == 2)
    #expect(messages[1].contains("To: Mats <matsrynge@example.org>, John <john@example.org>\n"))
    #expect(
      messages[1].contains("  - line 21: no report in section 'Engage' (owners: Mats, John)"))
    // Appending keeps what was there.
    _ = try runMinutes(["remind", "--group", "CMS", "--mbox", "out.mbox", topic], in: folder)
    let again = try String(contentsOf: folder.appendingPathComponent("out.mbox"), encoding: .utf8)
    #expect(Mbox.messages(in: again).count == 3)
  }

  @Test func remindersGoToEmlFilesWithCRLF() throws {
    let folder = try workspace()
    let result = try runMinutes(["remind", "--group", "cms", "--out", "outbox"], in: folder)
    #expect(result.exitCode == 0)
    let files = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("outbox").path)
    #expect(files == ["20110322000000.mar22-2011gridops-cms.0.eml"])
    let data = try Data(contentsOf: folder.appendingPathComponent("outbox/\(files[0])"))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("Date: Tue, 22 Mar 2011 00:00:00 +0000\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  @Test func aDryRunPrintsTheMessagesAndSendsNothing() throws {
    let folder = try workspace()
    let before = try snapshot(of: folder)
    let result = try runMinutes(["remind", "--dry-run", "--group", "Engage"], in: folder)
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("From gridops@example.org Tue Mar 22 00:00:00 2011\n"))
    #expect(
      result.stdout.contains(
        "  minutes submit --group Engage --from engage.txt minutes/Mar22,2011GridOps.txt\n"))
    #expect(
      result.stderr
        == "Engage: 1 gap, reminder to matsrynge@example.org, john@example.org\n1 reminder printed\n"
    )
    #expect(try snapshot(of: folder) == before)
  }

  @Test func announceSendsThePlainTextMinutesOnceFinalLintIsClean() throws {
    let folder = try workspace()
    try edit(
      "\(topic)", in: folder, replacing: "   * ___ khour/day, ___% success\n   * \n",
      with: "   * 402 khour/day, 88% success\n")
    try edit(
      "\(topic)", in: folder, replacing: "---++ Engage (Mats, John)\n",
      with: "---++ Engage (Mats, John)\n   * Two new users\n")
    let result = try runMinutes(["announce", "--dry-run"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)\(result.stdout)")
    #expect(result.stderr == "announced \(topic) to grid-ops@example.org\n")
    let message = result.stdout
    #expect(message.contains("\nTo: grid-ops@example.org\n"))
    #expect(message.contains("\nSubject: [Grid Ops Meeting] Minutes of Tuesday, 22 March 2011\n"))
    #expect(
      message.contains(
        """
        Reported: CMS (Burt), Atlas (Armen, Xin), Engage (Mats, John)
        Not reporting this week: Security (away)

        Open actions:
          - ACTION: Burt to renew the CA bundle on the ITB hosts
            <https://itb.example.org/hosts> (open since 08 Mar 2011)

        """))
    #expect(
      message.contains(
        """
        - Production status
          - Reprocessing finished; see the status page
            <https://twiki.example.org/bin/view/Production/AtlasStatus>
        """))
    #expect(message.contains("- Job statistics: panda says all fine\n"))
    #expect(!message.contains("%META") && !message.contains("---++") && !message.contains("[["))
  }
}
