import Foundation

/// The bad-input rows of `remind`, `announce` and the roster's `mail:`
/// section (docs/bad-input.md, "Mail"). Each starts from `Fixtures/lint`,
/// whose roster has no `mail:` section and 47 lines, so the section added
/// here starts at line 48.
extension BadInput {
  static let view = "  view: https://twiki.example.org/bin/view\n"

  /// Appends `text` to the roster.
  static func withMail(_ text: String) -> @Sendable (URL) throws -> Void {
    { folder in
      let roster = String(decoding: try contents("roster.yaml", in: folder), as: UTF8.self)
      try put(roster + text, "roster.yaml", in: folder)
    }
  }

  static let mail: [BadInput] = [
    BadInput(
      "remind-without-mail-section", .lint, ["remind"], exit: 2,
      stderr: .exactly(
        "minutes: error: roster.yaml: no 'mail:' section (the sender and the owners' "
          + "addresses; see docs/mail.md)\n")),
    BadInput(
      "mail-from-not-an-address", .lint, ["remind", "--dry-run"], exit: 2,
      stderr: .exactly(
        "roster.yaml:49:9: error: 'nobody' is not a mail address (write 'name@example.org' or "
          + "'Name <name@example.org>')\n"),
      setup: withMail("mail:\n  from: nobody\n")),
    BadInput(
      "mail-unknown-key", .lint, ["roster"], exit: 2,
      stderr: .exactly(
        "roster.yaml:50:3: error: unknown key 'sendmal' in 'mail' (did you mean 'sendmail'?)\n"),
      setup: withMail("mail:\n  from: ops@example.org\n  sendmal: x\n")),
    BadInput(
      "mail-without-links", .lint, ["remind", "--dry-run"], exit: 2,
      stderr: .exactly(
        "roster.yaml:48:1: error: mail needs the wiki's address for links: set meeting.site "
          + "(the TWiki view URL) or mail.view\n"),
      setup: withMail("mail:\n  from: ops@example.org\n")),
    BadInput(
      "mail-sendmail-shell-line", .lint, ["remind"], exit: 2,
      stderr: .exactly(
        "roster.yaml:51:13: error: the sendmail command is run without a shell; '|' would be "
          + "passed as it is (write the program and its arguments, like 'sendmail -t -oi')\n"),
      setup: withMail("mail:\n  from: ops@example.org\n" + view + "  sendmail: sendmail -t | tee\n")
    ),
    BadInput(
      "mail-rule-without-wiki", .lint, ["remind", "--dry-run"], exit: 2,
      stderr: .exactly(
        "roster.yaml:51:17: error: address rule 'ops@example.org' does not make a mail address "
          + "from a WikiName (write it with {wiki}, like '{wiki}@example.org')\n"),
      setup: withMail(
        "mail:\n  from: ops@example.org\n" + view + "  address-rule: ops@example.org\n")
    ),
    BadInput(
      "announce-without-list", .lint, ["announce", "--dry-run"], exit: 2,
      stderr: .exactly(
        "minutes: error: roster.yaml: mail has no 'list' (the address announce sends the "
          + "minutes to)\n"),
      setup: withMail("mail:\n  from: ops@example.org\n" + view)),
    BadInput(
      "remind-two-destinations", .lint, ["remind", "--dry-run", "--mbox", "out.mbox"], exit: 2,
      stderr: .exactly(
        "minutes: error: --mbox, --out and --dry-run exclude one another; give one "
          + "(see 'minutes remind --help')\n"),
      setup: withMail("mail:\n  from: ops@example.org\n" + view)),
    BadInput(
      "remind-mbox-in-missing-folder", .lint, ["remind", "--mbox", "nofolder/out.mbox"], exit: 2,
      stderr: .exactly("minutes: error: nofolder: no such folder\n"),
      setup: withMail(
        "mail:\n  from: ops@example.org\n" + view + "  address-rule: \"{wiki}@example.org\"\n"
          + "  addresses: {Burt: Main.BurtHolzman}\n")),
    BadInput(
      "remind-sendmail-not-found", .lint, ["remind", "--group", "CMS"], exit: 1,
      stderr: .containsLine(
        "minutes: error: reminder for CMS not sent: '/nonexistent/sendmail' not found (install "
          + "a mail server, or set mail.sendmail in the roster; --mbox, --out and --dry-run "
          + "need none)"),
      setup: withMail(
        "mail:\n  from: ops@example.org\n" + view + "  sendmail: /nonexistent/sendmail -t -oi\n"
          + "  addresses: {Burt: burt@example.org}\n")),
    BadInput(
      "remind-owner-without-address", .lint, ["remind", "--dry-run"], exit: 1,
      stderr: .containsLine(
        "minutes: error: Atlas: 1 gap, but the roster has no address for Armen, Xin on "
          + "2011-03-22 (add it under mail.addresses)"),
      setup: withMail("mail:\n  from: ops@example.org\n" + view)),
    BadInput(
      "announce-refused-by-final-lint", .lint, ["announce", "--dry-run"], exit: 1,
      stderr: .containsLine(
        "not announced: 'minutes lint --final' finds errors in "
          + "minutes/Mar22,2011ProductionMeeting.txt"),
      stdout: .containsLine(
        "minutes/Mar22,2011ProductionMeeting.txt:9:6: error: placeholder '(to be updated after "
          + "the meeting)' left in (list who attended) [placeholder]"),
      setup: withMail("mail:\n  from: ops@example.org\n  list: all@example.org\n" + view)),
  ]
}
