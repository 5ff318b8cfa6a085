import Foundation
import Testing

@testable import MinutesKit

/// A `sendmail` that hangs is stopped after the time limit, with what it
/// started, and the delivery stops there, naming what was not handed over.
@Suite struct SendmailTests {
  func message(to address: String) -> MailMessage {
    MailMessage(
      from: MailAddress(address: "ops@example.org"), to: [MailAddress(address: address)],
      subject: "Hello", body: "Hi\n", date: 1_300_752_000, messageID: "1.\(address)")
  }

  /// Keeps each message it takes in `sent`; refuses mail to `refuse@`; for
  /// `hang@`, waits in a child process that holds the output pipe, as a
  /// `sendmail` stuck on a hung server does.
  func fakeSendmail(in folder: URL) throws -> String {
    let script = folder.appendingPathComponent("fake-sendmail").path
    try """
    #!/bin/sh
    message=$(cat)
    case "$message" in
      *refuse@*) echo "fake-sendmail: refused" >&2; exit 75;;
      *hang@*) sleep 600;;
    esac
    printf '%s\\n' "$message" >> "\(folder.path)/sent"

    """.write(toFile: script, atomically: true, encoding: .utf8)
    #expect(chmod(script, 0o755) == 0)
    return script
  }

  @Test func aHungSendmailIsStoppedAndWhatWasNotHandedOverIsNamed() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-sendmail-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sendmail = try fakeSendmail(in: folder)
    let messages = ["a@example.org", "refuse@example.org", "hang@example.org", "b@example.org"]
      .map { message(to: $0) }
    #expect {
      try MailDelivery.sendmail([sendmail, "-t"]).deliver(messages, timeLimit: .seconds(3))
    } throws: { error in
      (error as? MinutesError)?.message
        == "\(sendmail) did not finish within 3 s and was stopped; not handed over: 3 of 4 "
        + "messages, to refuse@example.org; hang@example.org; b@example.org"
    }
    let sent = try String(contentsOf: folder.appendingPathComponent("sent"), encoding: .utf8)
    #expect(sent.contains("To: a@example.org\n"))
    #expect(!sent.contains("b@example.org"))
  }

  @Test func aLimitUnderASecondIsWrittenWithItsFraction() {
    #expect(Sendmail.phrase(.seconds(60)) == "60 s")
    #expect(Sendmail.phrase(.milliseconds(200)) == "0.2 s")
  }
}
