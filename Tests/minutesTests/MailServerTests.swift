import Foundation
import MinutesKit
import Testing

/// The local mail server that `scripts/mail-server.sh` sets up (and `.ci/run`
/// runs): Postfix, delivering mail for `minutesmail+anything@localhost` to
/// the mbox `/var/mail/minutesmail`.
enum LocalMailServer {
  static let user = "minutesmail"
  static let mailbox = "/var/mail/minutesmail"
  static let sendmail = "/usr/sbin/sendmail"
  static let masterPID = "/var/spool/postfix/pid/master.pid"

  /// Why the end-to-end test cannot run here, nil when it can.
  static let unavailable: String? = {
    guard FileManager.default.isExecutableFile(atPath: sendmail) else {
      return "no mail server: \(sendmail) is missing (scripts/mail-server.sh installs Postfix)"
    }
    guard getpwnam(user) != nil else {
      return "no local mailbox user '\(user)' (scripts/mail-server.sh creates it)"
    }
    guard let text = try? String(contentsOfFile: masterPID, encoding: .utf8),
      let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(pid, 0) == 0
    else {
      return "Postfix is not running (scripts/mail-server.sh starts it)"
    }
    return nil
  }()

  static var skipMessage: Comment {
    Comment(rawValue: unavailable ?? "")
  }
}

@Suite struct MailServerTests {
  /// Messages in the local mailbox delivered to an address holding `token`.
  func delivered(with token: String) -> [String] {
    guard let text = try? String(contentsOfFile: LocalMailServer.mailbox, encoding: .utf8) else {
      return []
    }
    return Mbox.messages(in: text).filter { message in
      message.split(separator: "\n").contains {
        $0.hasPrefix("Delivered-To: ") && $0.contains(token)
      }
    }
  }

  /// A header's value, folded lines joined.
  func header(_ name: String, of message: String) -> String? {
    let head = message.components(separatedBy: "\n\n").first ?? ""
    let unfolded = head.replacingOccurrences(of: "\n ", with: " ")
      .replacingOccurrences(of: "\n\t", with: " ")
    return unfolded.split(separator: "\n").first { $0.hasPrefix("\(name): ") }
      .map { String($0.dropFirst(name.count + 2)) }
  }

  @Test(.enabled(if: LocalMailServer.unavailable == nil, LocalMailServer.skipMessage))
  func remindersGoThroughSendmailIntoTheLocalMailbox() throws {
    let folder = try copyOfFixture("mail")
    let token = "t" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    let box = "\(LocalMailServer.user)+\(token)"
    let roster = try String(
      contentsOf: folder.appendingPathComponent("roster.yaml"), encoding: .utf8)
    let head = try #require(roster.components(separatedBy: "mail:\n").first)
    try put(
      head + """
        mail:
          from: "Grid Ops <\(box)-sender@localhost>"
          list: \(box)-list@localhost
          sendmail: \(LocalMailServer.sendmail) -t -oi
          address-rule: "\(box)-{wiki}@localhost"
          addresses: {Armen: Main.ArmenV, Xin: Main.XinZhao, Mats: Main.MatsRynge, John: Main.JohnMcGee}

        """, "roster.yaml", in: folder)
    let result = try runMinutes(["remind"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderr.hasSuffix("2 reminders sent\n"))
    // Local delivery is quick but not synchronous (Postfix's pickup, then
    // local): wait up to a minute for the three copies.
    var messages = delivered(with: token)
    var waited = 0
    while messages.count < 3 && waited < 600 {
      usleep(100_000)
      waited += 1
      messages = delivered(with: token)
    }
    let recipients = Set(messages.compactMap { header("Delivered-To", of: $0) })
    #expect(
      recipients == [
        "\(box)-burtholzman@localhost", "\(box)-matsrynge@localhost", "\(box)-johnmcgee@localhost",
      ])
    let cms = try #require(messages.first { header("Subject", of: $0)?.contains("CMS") == true })
    #expect(header("To", of: cms) == "Burt <\(box)-burtholzman@localhost>")
    #expect(header("From", of: cms) == "Grid Ops <\(box)-sender@localhost>")
    #expect(header("Auto-Submitted", of: cms) == "auto-generated")
    #expect(header("Message-ID", of: cms)?.hasSuffix("@localhost>") == true)
    #expect(header("Date", of: cms) == "Tue, 22 Mar 2011 00:00:00 +0000")
    #expect(cms.contains("\n  - line 11: no report in section 'CMS' (owners: Burt)"))
    #expect(cms.contains("https://twiki.example.org/bin/edit/Production/Mar22,2011GridOps\n"))
    let engage = messages.filter { header("Subject", of: $0)?.contains("Engage") == true }
    #expect(engage.count == 2)
    #expect(
      engage.allSatisfy {
        header("To", of: $0)
          == "Mats <\(box)-matsrynge@localhost>, John <\(box)-johnmcgee@localhost>"
      })
  }
}
