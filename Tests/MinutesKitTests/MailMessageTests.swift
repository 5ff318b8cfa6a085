import Foundation
import Testing

@testable import MinutesKit

/// RFC 5322 rendering: encoded headers, folding, line limits, no injection.
@Suite struct MailMessageTests {
  func message(subject: String = "Hello", body: String = "Hi\n") -> MailMessage {
    MailMessage(
      from: MailAddress(name: "Grid Ops", address: "ops@example.org"),
      to: [MailAddress(name: "Xin Zhào", address: "xin@example.org")],
      cc: [MailAddress(address: "dan@example.org")],
      replyTo: MailAddress(name: "Dan, Fraser", address: "dan@example.org"),
      subject: subject, body: body, date: 1_300_752_000, messageID: "1.cms.0@example.org")
  }

  func headers(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").first?.components(separatedBy: "\n") ?? []
  }

  @Test func plainHeadersAreWrittenAsTheyAre() {
    let text = message().rendered()
    #expect(
      headers(text) == [
        "Date: Tue, 22 Mar 2011 00:00:00 +0000",
        "From: Grid Ops <ops@example.org>",
        "To: =?UTF-8?B?WGluIFpow6Bv?= <xin@example.org>",
        "Cc: dan@example.org",
        "Reply-To: \"Dan, Fraser\" <dan@example.org>",
        "Subject: Hello",
        "Message-ID: <1.cms.0@example.org>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 7bit",
      ])
    #expect(text.hasSuffix("\n\nHi\n"))
  }

  @Test func aLineBreakInASubjectCannotStartAHeader() {
    let text = message(subject: "Hi\r\nBcc: everyone@example.org").rendered()
    #expect(!headers(text).contains { $0.hasPrefix("Bcc:") })
    #expect(headers(text).contains("Subject: Hi  Bcc: everyone@example.org"))
  }

  @Test func aLongNonASCIISubjectIsEncodedInWordsWithinTheLimitsAndFolded() {
    let subject = String(repeating: "Grüße aus der Gruppe ", count: 6)
    let lines = headers(message(subject: subject).rendered())
    let start = lines.firstIndex { $0.hasPrefix("Subject:") }!
    let folded = lines[start...].prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }
    #expect(folded.count > 1)
    #expect(folded.allSatisfy { $0.utf8.count <= 78 && $0.allSatisfy(\.isASCII) })
    let words = folded.joined().split(separator: " ").filter { $0.hasPrefix("=?") }
    #expect(words.allSatisfy { $0.count <= 75 && $0.hasSuffix("?=") })
  }

  @Test func utf8BodiesAreEightBitAndOverLongLinesQuotedPrintable() {
    #expect(message(body: "Grüße\n").rendered().contains("Content-Transfer-Encoding: 8bit"))
    let long = String(repeating: "x", count: 1200) + "=é"
    let text = message(body: long + "\n").rendered(lineEnding: "\r\n")
    #expect(text.contains("Content-Transfer-Encoding: quoted-printable\r\n"))
    let lines = text.components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.utf8.count <= 78 })
    #expect(text.contains("=3D=C3=A9"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }

  @Test func aBareCarriageReturnInTheBodyIsDropped() {
    #expect(message(body: "a\rb\r\nc\n").rendered().hasSuffix("\n\nab\nc\n"))
  }

  @Test func datesAreUTCInTheFormatsMailAndMboxUse() {
    #expect(MailDate.rfc5322(0) == "Thu, 01 Jan 1970 00:00:00 +0000")
    #expect(MailDate.rfc5322(1_709_210_096) == "Thu, 29 Feb 2024 12:34:56 +0000")
    #expect(MailDate.asctime(1_300_752_000) == "Tue Mar 22 00:00:00 2011")
    #expect(MailDate.compact(1_300_752_001) == "20110322000001")
  }

  @Test func addressesAreReadWithOrWithoutAName() throws {
    #expect(try MailAddress(parsing: "a@example.org") == MailAddress(address: "a@example.org"))
    #expect(
      try MailAddress(parsing: "\"Ann B.\" <a@example.org>")
        == MailAddress(name: "Ann B.", address: "a@example.org"))
    #expect(throws: MinutesError.self) { try MailAddress(parsing: "not an address") }
    #expect(throws: MinutesError.self) { try MailAddress(parsing: "a@b\n@c.org") }
    #expect(throws: MinutesError.self) { try MailAddress(parsing: "a@example") }
  }

  @Test func mboxEscapesFromLinesAndReadsThemBack() {
    let body = "From here on\n>From there\nplain\n"
    let entry = Mbox.entry(message(body: body))
    #expect(entry.hasPrefix("From ops@example.org Tue Mar 22 00:00:00 2011\n"))
    #expect(entry.contains("\n>From here on\n>>From there\nplain\n\n"))
    let back = Mbox.messages(in: entry + entry)
    #expect(back.count == 2)
    #expect(back[0].hasSuffix("\n\n" + body))
  }

  /// With `SOURCE_DATE_EPOCH` a run's stamp is fixed (time and token), so
  /// messages repeat byte for byte; without it the token differs per run.
  @Test func aStampIsFixedBySourceDateEpoch() throws {
    let fixed = try MailStamp.current(environment: ["SOURCE_DATE_EPOCH": "1300752000"])
    #expect(fixed == MailStamp(time: 1_300_752_000, token: "0"))
    let first = try MailStamp.current(environment: [:])
    let second = try MailStamp.current(environment: [:])
    #expect(first.token != "0" && first.token != second.token)
  }

  /// `remind` and `announce` need the roster's `mail:` section.
  @Test func aRosterWithoutMailSaysSo() throws {
    #expect(
      throws: MinutesError(
        "\(Roster.example.path): no 'mail:' section (the sender and the owners' addresses; see docs/mail.md)"
      )
    ) {
      try MailSettings.of(Roster.example)
    }
  }
}
