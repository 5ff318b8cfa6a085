import Foundation
import Testing

@testable import MinutesKit

/// `remind` and `announce` as values: who gets a message, and what it says.
@Suite struct RemindersTests {
  let roster: Roster
  let mail: MailSettings
  let stamp = MailStamp(time: 1_300_752_000, token: "0")
  let day = MeetingDate(year: 2011, month: 3, day: 21)!

  init() throws {
    roster = try RosterLoader.load(
      yaml: """
        meeting:
          title: Ops Meeting
          web: Ops
          site: https://wiki.example.org/bin/view
          parent: OpsMeetings
          author: DanFraser
          weekday: Tuesday
          topic: "$mon$d,$yearOps"
          attendees: [Dan]
        groups:
          - name: CMS
            owners: [{name: Burt, wiki: BurtHolzman}]
          - name: Grid Operations
            owners: [Rob, Ann]
          - name: Engage
            owners: [Mats]
          - name: Security
            owners: [Mine]
            away: [2011-03-22]
        mail:
          from: ops@example.org
          list: "Ops list <ops-list@example.org>"
          address-rule: "{wiki}@example.org"
          addresses: {Rob: rob@example.org, Mats: mats@example.org, Mine: mine@example.org}
        """, path: "meeting/roster.yaml")
    mail = try #require(roster.mail)
  }

  func topic(_ body: String) -> Topic {
    Topic(
      text: """
        %META:TOPICINFO{author="DanFraser" date="1300752000" format="1.1" version="1.1"}%
        %META:TOPICPARENT{name="OpsMeetings"}%
        ---++ Action/Significant Items:
           * Renew the *CA bundle* (open since 08 Mar 2011)
           * Upgrade the BDII DONE

        ---++ Attendees:
           * Dan, Burt, Rob

        \(body)
        """, path: "meeting/minutes/Mar22,2011Ops.txt")
  }

  let gaps = """
    ---++ CMS (Burt)
       * 

    ---++ Grid Operations (Rob, Ann)

    ---++ Engage (Mats)
       * Two new users

    ---++ Security (Mine)
    """

  @Test func onlyDueGroupsWithGapsGetAMessageAndItSaysWhatIsMissing() throws {
    let plan = Reminders.plan(
      topic: topic(gaps), roster: roster, mail: mail, today: day,
      submitPath: Reminders.submitPath(of: "meeting/minutes/Mar22,2011Ops.txt", roster: roster),
      stamp: stamp)
    #expect(plan.meetingDate == MeetingDate(year: 2011, month: 3, day: 22))
    #expect(plan.messages.map(\.group.name) == ["CMS", "Grid Operations"])
    #expect(plan.outcomes[2].outcome == .complete)
    #expect(plan.outcomes[3].outcome == .notReporting(.away))
    let cms = plan.messages[0].message
    #expect(cms.to == [MailAddress(name: "Burt", address: "burtholzman@example.org")])
    #expect(cms.subject == "[Ops Meeting] CMS: your section for 22 Mar 2011 has 1 gap")
    #expect(cms.body.contains("The Ops Meeting meets on Tuesday, 22 March 2011."))
    // A section nobody filled in is one gap: its template bullets go with it.
    #expect(cms.body.contains("  - line 10: no report in section 'CMS' (owners: Burt)"))
    #expect(cms.body.contains("https://wiki.example.org/bin/edit/Ops/Mar22,2011Ops\n"))
    #expect(
      cms.body.contains(
        "  minutes submit --group CMS --from cms.txt minutes/Mar22,2011Ops.txt\n"))
    let grid = plan.messages[1].message
    #expect(grid.to.map(\.address) == ["rob@example.org"])
    #expect(grid.body.contains("--group 'Grid Operations' --from grid-operations.txt"))
    #expect(grid.body.contains("(Not sent to Ann: the roster has no address for them.)"))
    #expect(grid.rendered().split(separator: "\n").allSatisfy { $0.utf8.count <= 998 })
  }

  @Test func oneGroupOnlyWithGroup() {
    let plan = Reminders.plan(
      topic: topic(gaps), roster: roster, mail: mail, group: "engage", today: day,
      submitPath: "x.txt", stamp: stamp)
    #expect(plan.outcomes.map(\.group.name) == ["Engage"])
    #expect(plan.messages.isEmpty)
  }

  @Test func aGroupWhoseOwnersHaveNoAddressIsAFailureNotASilence() throws {
    var noRule = mail
    noRule.rules = []
    let plan = Reminders.plan(
      topic: topic(gaps), roster: roster, mail: noRule, group: "CMS", today: day,
      submitPath: "x.txt", stamp: stamp)
    guard case .noAddress(let findings, let owners) = plan.outcomes[0].outcome else {
      Issue.record("expected no address, got \(plan.outcomes[0].outcome)")
      return
    }
    #expect(!findings.isEmpty)
    #expect(owners.map(\.name) == ["Burt"])
  }

  @Test func announceIsRefusedWhileFinalLintFindsErrors() throws {
    let list = try #require(mail.list)
    let refused = Announcement.make(
      topic: topic(gaps), roster: roster, mail: mail, list: list, today: day, stamp: stamp)
    #expect(refused.message == nil)
    #expect(refused.refusals.contains { $0.rule == "empty-section" })
  }

  /// Announce checks the page as `lint --final` does over the archive: a
  /// group that has stopped writing in its section does not hold it back.
  @Test func announceIsNotHeldBackByGroupsQuietForWeeks() throws {
    let list = try #require(mail.list)
    var recent = RecentReports()
    for weeksBefore in 1...5 {
      recent.record(
        RecentReports.Meeting(reported: ["engage"], missed: ["cms", "grid operations"]),
        on: day.adding(days: -7 * weeksBefore))
    }
    let announcement = Announcement.make(
      topic: topic(gaps), roster: roster, mail: mail, list: list, today: day, stamp: stamp,
      recentReports: recent)
    #expect(announcement.refusals.isEmpty, "\(announcement.refusals.map(\.message))")
    #expect(announcement.message != nil)
  }

  @Test func announceLeadsWithWhoReportedAndTheOpenActions() throws {
    let list = try #require(mail.list)
    let done = gaps.replacingOccurrences(of: "   * \n", with: "   * Quiet week\n")
      .replacingOccurrences(
        of: "(Rob, Ann)\n", with: "(Rob, Ann)\n   * See [[https://x.example.org][the log]]\n")
    let announcement = Announcement.make(
      topic: topic(done), roster: roster, mail: mail, list: list, today: day, stamp: stamp)
    let message = try #require(announcement.message)
    #expect(message.to == [list])
    #expect(message.subject == "[Ops Meeting] Minutes of Tuesday, 22 March 2011")
    #expect(
      message.body.hasPrefix(
        """
        Ops Meeting, Tuesday, 22 March 2011
        The minutes on the wiki: https://wiki.example.org/bin/view/Ops/Mar22,2011Ops

        Reported: CMS (Burt), Grid Operations (Rob, Ann), Engage (Mats)
        Not reporting this week: Security (away)

        Open actions:
          - Renew the CA bundle (open since 08 Mar 2011)

        """))
    #expect(message.body.contains("Grid Operations (Rob, Ann)\n--------------------------\n"))
    #expect(message.body.contains("- See the log <https://x.example.org>\n"))
    #expect(!message.body.contains("---++"))
  }
}
