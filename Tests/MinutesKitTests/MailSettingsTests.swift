import Foundation
import Testing

@testable import MinutesKit

/// The roster's `mail:` section: addresses by person, dated, through a rule.
@Suite struct MailSettingsTests {
  let base = """
    meeting:
      title: Ops
      web: Ops
      site: https://wiki.example.org/bin/view
      parent: OpsMeetings
      author: AdaLovelace
      weekday: Tuesday
      topic: "$mon$d,$yearOps"
    groups:
      - name: Alpha
        owners: [Ann, {name: Bo, wiki: BoBaker}, Cy, Di]

    """

  func load(_ mail: String) throws(MinutesError) -> Roster {
    try RosterLoader.load(yaml: base + mail, path: "roster.yaml")
  }

  func failure(_ mail: String) -> String? {
    do {
      _ = try load(mail)
      return nil
    } catch {
      return error.description
    }
  }

  let march = MeetingDate(year: 2011, month: 3, day: 22)!
  let april = MeetingDate(year: 2011, month: 4, day: 5)!

  @Test func ownersAreFoundByNameByWikiNameAndThroughTheRuleOnTheirDate() throws {
    let roster = try load(
      """
      mail:
        from: "Ops <ops@example.org>"
        address-rule: "{wiki}@example.org"
        addresses:
          Ann: ann@example.org
          Main.CyCook: "Cy C. <cy@example.org>"
          Cy: Main.CyCook
          Di:
            - {address: di@old.example.org, until: 2011-03-31}
            - {address: Main.DiDay, from: 2011-04-01}
      """)
    let mail = try #require(roster.mail)
    let owners = roster.groups[0].owners
    #expect(mail.sendmail == ["sendmail", "-t", "-oi"])
    #expect(mail.editURL == "https://wiki.example.org/bin/edit")
    #expect(mail.address(of: owners[0], on: march)?.header == "Ann <ann@example.org>")
    #expect(mail.address(of: owners[1], on: march)?.address == "bobaker@example.org")
    #expect(mail.address(of: owners[2], on: march)?.address == "cycook@example.org")
    #expect(mail.address(of: owners[3], on: march)?.address == "di@old.example.org")
    #expect(mail.address(of: owners[3], on: april)?.address == "diday@example.org")
    let recipients = mail.recipients(of: roster.groups[0], on: march)
    #expect(recipients.to.count == 4)
    #expect(recipients.unaddressed.isEmpty)
  }

  @Test func ownersOfTheDayAreToAndDeputiesCc() throws {
    let yaml = base.replacingOccurrences(
      of: "    owners: [Ann, {name: Bo, wiki: BoBaker}, Cy, Di]\n",
      with: "    owners: [{name: Ann, until: 2011-03-31}, {name: Bo, since: 2011-04-01}]\n"
        + "    deputies: [Cy]\n")
    let roster = try RosterLoader.load(
      yaml: yaml + "mail:\n  from: ops@example.org\n  address-rule: \"{wiki}@example.org\"\n"
        + "  addresses: {Ann: ann@example.org, Bo: bo@example.org, Cy: cy@example.org}\n",
      path: "roster.yaml")
    let mail = try #require(roster.mail)
    let inMarch = mail.recipients(of: roster.groups[0], on: march)
    #expect(inMarch.to.map(\.address) == ["ann@example.org"])
    #expect(inMarch.cc.map(\.address) == ["cy@example.org"])
    let inApril = mail.recipients(of: roster.groups[0], on: april)
    #expect(inApril.to.map(\.address) == ["bo@example.org"])
  }

  @Test func theRosterSummaryShowsEveryMailKey() throws {
    let roster = try load(
      "mail:\n  from: ops@example.org\n  list: all@example.org\n"
        + "  address-rule: \"{wiki}@example.org\"\n  addresses:\n    Ann: ann@example.org\n"
        + "    Di:\n      - {address: di@old.example.org, until: 2011-03-31}\n"
        + "      - {address: Main.DiDay, from: 2011-04-01}\n")
    let summary = RosterSummary(roster: roster)
    #expect(summary.text.contains("\nmail:\n  from:      ops@example.org\n"))
    #expect(summary.text.contains("  list:      all@example.org\n"))
    #expect(summary.text.contains("  rule:      {wiki}@example.org\n"))
    #expect(
      summary.text.contains(
        "  di: di@old.example.org (until 2011-03-31); Main.DiDay (from 2011-04-01)\n"))
    let json = try summary.json()
    #expect(json.contains("\"addressRules\" : ["))
    #expect(json.contains("\"value\" : \"Main.DiDay\""))
  }

  @Test func anOwnerWithoutAnEntryOrWikiNameHasNoAddress() throws {
    let roster = try load("mail:\n  from: ops@example.org\n  addresses: {Ann: ann@example.org}\n")
    let mail = try #require(roster.mail)
    let recipients = mail.recipients(of: roster.groups[0], on: march)
    #expect(recipients.to.map(\.address) == ["ann@example.org"])
    #expect(recipients.unaddressed.map(\.name) == ["Bo", "Cy", "Di"])
  }

  @Test(arguments: [
    (
      "mail:\n  from: nobody\n",
      "roster.yaml:13:9: error: 'nobody' is not a mail address (write 'name@example.org' or "
        + "'Name <name@example.org>')"
    ),
    (
      "mail:\n  list: a@example.org\n",
      "roster.yaml:12:1: error: missing key 'from' in 'mail' (the sender, like "
        + "'Dan <dan@example.org>')"
    ),
    (
      "mail:\n  from: a@example.org\n  sendmal: x\n",
      "roster.yaml:14:3: error: unknown key 'sendmal' in 'mail' (did you mean 'sendmail'?)"
    ),
    (
      "mail:\n  from: a@example.org\n  address-rule: \"@example.org\"\n",
      "roster.yaml:14:17: error: address rule '@example.org' does not make a mail address from "
        + "a WikiName (write it with {wiki}, like '{wiki}@example.org')"
    ),
    (
      "mail:\n  from: a@example.org\n  sendmail: \"sendmail -t | tee log\"\n",
      "roster.yaml:14:13: error: the sendmail command is run without a shell; '|' would be "
        + "passed as it is (write the program and its arguments, like 'sendmail -t -oi')"
    ),
    (
      "mail:\n  from: a@example.org\n  addresses:\n    Ann: [{address: a@example.org, "
        + "from: 2011-04-01, until: 2011-03-01}]\n",
      "roster.yaml:15:61: error: 'until: 2011-03-01' is before 'from: 2011-04-01' (write the "
        + "earlier date first)"
    ),
    (
      "mail:\n  from: a@example.org\n  addresses:\n    Ann: a@example.org\n    ann: b@example.org\n",
      "roster.yaml:16:5: error: 'ann' has two address entries (first at line 15)"
    ),
    (
      "mail:\n  from: a@example.org\n  addresses:\n    Ann: Main.ann\n",
      "roster.yaml:15:10: error: 'Main.ann' is not a WikiName (capitalised words run together, "
        + "like Main.BurtHolzman)"
    ),
  ])
  func badMailSettingsAreErrorsWhereTheyAre(mail: String, expected: String) {
    #expect(failure(mail) == expected)
  }

  @Test func withoutASiteTheLinksNeedTheirOwnKeys() {
    let noSite = base.replacingOccurrences(
      of: "  site: https://wiki.example.org/bin/view\n", with: "")
    #expect(throws: MinutesError.self) {
      try RosterLoader.load(yaml: noSite + "mail:\n  from: a@example.org\n", path: "r.yaml")
    }
    let roster = try? RosterLoader.load(
      yaml: noSite
        + "mail:\n  from: a@example.org\n  view: https://w.example.org/v\n"
        + "  edit: https://w.example.org/e/\n",
      path: "r.yaml")
    #expect(roster?.mail?.links(web: "Ops", topic: "T").edit == "https://w.example.org/e/Ops/T")
  }
}
