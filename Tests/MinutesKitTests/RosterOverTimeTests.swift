import Foundation
import Testing

@testable import MinutesKit

private func day(_ iso: String) -> MeetingDate { MeetingDate(iso: iso)! }

/// A meeting over two years: a group renamed, one ended, one started, one
/// reporting when it has news, owners coming and going, a stand-in.
private let timeline = """
  meeting:
    title: Ops
    web: Ops
    parent: OpsMeetings
    author: DanFraser
    weekday: Tuesday
    topic: "$mon$d,$yearOps"
    months: [Jan, Feb, Mar, Apr, May, June, July, Aug, Sep, Oct, Nov, Dec]
  groups:
    - name: Compute
      owners: [Burt, {name: Tony, since: 2011-08-09}]
      deputies: [Scott T.]
    - name: User Support
      was: [{name: Virtual Organizations, until: 2011-09-27}]
      aliases: [VO & Users]
      owners:
        - {name: Abhishek, until: 2010-10-12}
        - {name: Chander, since: 2010-10-19}
    - name: Metrics
      owners: [Brian]
      reports: when-news
      until: 2011-05-17
    - name: Campus
      owners: [Rob]
      since: 2011-03-01

  """

private func load(_ text: String = timeline) throws -> Roster {
  try RosterLoader.load(yaml: text, path: "roster.yaml")
}

@Suite struct RosterOverTimeTests {
  @Test func readsEveryDatedKey() throws {
    let roster = try load()
    #expect(roster.meeting.months[5] == "June")
    let compute = roster.groups[0]
    #expect(compute.owners[1].period == DatePeriod(since: day("2011-08-09")))
    #expect(compute.deputies.map(\.name) == ["Scott T."])
    let support = roster.groups[1]
    #expect(support.formerNames.map(\.name) == ["Virtual Organizations"])
    #expect(support.formerNames.map(\.until) == [day("2011-09-27")])
    #expect(support.aliases == ["VO & Users"])
    #expect(roster.groups[2].reports == .whenNews)
    #expect(roster.groups[2].life == DatePeriod(until: day("2011-05-17")))
    #expect(roster.groups[3].life == DatePeriod(since: day("2011-03-01")))
  }

  @Test func asOfGivesTheMeetingOfThatDay() throws {
    let roster = try load()
    let early = roster.asOf(day("2010-06-01"))
    #expect(early.groups.map(\.name) == ["Compute", "Virtual Organizations", "Metrics"])
    #expect(early.groups[0].owners.map(\.name) == ["Burt"])
    #expect(early.groups[1].owners.map(\.name) == ["Abhishek"])
    // The later name still finds the group, and so does the alias.
    #expect(early.group(named: "user support")?.id == "user support")
    #expect(early.group(named: "VO & Users")?.name == "Virtual Organizations")
    let late = roster.asOf(day("2011-12-20"))
    #expect(late.groups.map(\.name) == ["Compute", "User Support", "Campus"])
    #expect(late.groups[0].owners.map(\.name) == ["Burt", "Tony"])
    #expect(late.groups[1].owners.map(\.name) == ["Chander"])
    #expect(late.group(named: "Virtual Organizations")?.name == "User Support")
    // A roster without dates is given back as it is.
    #expect(Roster.example.asOf(day("1999-01-05")) == Roster.example)
  }

  @Test func topicNamesUseTheRostersMonthSpellings() throws {
    let pattern = try load().meeting.topicPattern
    #expect(pattern.name(for: day("2011-07-05")) == "July5,2011Ops")
    #expect(pattern.name(for: day("2011-06-07")) == "June7,2011Ops")
    #expect(pattern.name(for: day("2011-08-02")) == "Aug2,2011Ops")
    #expect(pattern.date(in: "Jul5,2011Ops") == day("2011-07-05"))
  }

  @Test func lintChecksATopicAgainstTheMeetingOfItsDay() throws {
    let roster = try load()
    func findings(_ name: String, _ text: String) -> [String] {
      Linter().lint(
        bytes: Array(text.utf8), path: "minutes/\(name).txt", roster: roster, isFinal: true,
        today: day("2012-01-01")
      ).filter { ["missing-section", "owner-mismatch"].contains($0.rule) }.map(\.message)
    }
    // 2010: no Campus yet, Metrics may stay silent, the old name is right.
    #expect(
      findings(
        "Jun1,2010Ops",
        """
        ---++ Compute (Burt)
           * fine
        ---++ Virtual Organizations (Abhishek)
           * fine
        """
      ).isEmpty)
    // 2011: Campus is due; Scott T. may stand in for Burt, alone too; the
    // old name still finds the renamed group, Abhishek is no longer an owner.
    let late = findings(
      "Dec20,2011Ops",
      """
      ---++ Compute (Scott T. for Burt)
         * fine
      ---++ Virtual Organizations (Abhishek)
         * fine
      """)
    #expect(late.count == 2)
    #expect(late.contains { $0.hasPrefix("owners 'Abhishek' differ from the roster's 'Chander'") })
    #expect(late.contains { $0.hasPrefix("no section for group 'Campus'") })
    let alone = findings("Dec20,2011Ops", "---++ Compute (Scott T.)\n   * fine\n")
    #expect(!alone.contains { $0.hasPrefix("owners ") }, "\(alone)")
    let stranger = findings("Dec20,2011Ops", "---++ Compute (Abhishek)\n   * fine\n")
    #expect(stranger.contains { $0.contains("('Abhishek' is not an owner") }, "\(stranger)")
  }

  @Test func newWritesOnlyTheGroupsOfItsDay() throws {
    let roster = try load()
    let templates = TemplateSet(
      page: StrictTemplate(
        path: "page.twiki", text: "{{#groups}}---++ {{heading}}\n{{section}}\n{{/groups}}"),
      sections: [:])
    let early = try TopicGenerator.generate(
      roster: roster, date: day("2010-06-01"), createdAt: 0, templates: templates)
    #expect(early.name == "June1,2010Ops")
    #expect(early.text.contains("---++ Virtual Organizations (Abhishek)\n"))
    #expect(early.text.contains("---++ Metrics (Brian)\n"))
    #expect(!early.text.contains("Campus"))
    let late = try TopicGenerator.generate(
      roster: roster, date: day("2011-12-20"), createdAt: 0, templates: templates)
    #expect(late.text.contains("---++ Compute (Burt, Tony)\n"))
    #expect(late.text.contains("---++ User Support (Chander)\n"))
    #expect(late.text.contains("---++ Campus (Rob)\n"))
    #expect(!late.text.contains("Metrics"))
  }

  @Test func aStatisticIsAskedForOnlyWhileTheGroupGivesIt() throws {
    let roster = try load(
      timeline.replacingOccurrences(
        of: "    deputies: [Scott T.]\n",
        with: "    deputies: [Scott T.]\n    stats:\n"
          + "      - {name: cpu, shape: \"{k} khour/day\", until: 2011-06-30}\n"
          + "      - {name: jobs, shape: \"{j} jobs/day\"}\n"))
    #expect(roster.groups[0].stats[0].period == DatePeriod(until: day("2011-06-30")))
    func missing(_ name: String) -> Int {
      Linter().lint(
        bytes: Array("---++ Compute (Burt)\n   * 21478 jobs/day\n".utf8),
        path: "minutes/\(name).txt",
        roster: roster, today: day("2012-01-01")
      ).filter { $0.rule == "missing-stat" }.count
    }
    #expect(missing("June28,2011Ops") == 1)
    #expect(missing("July5,2011Ops") == 0)
  }

  @Test func aTemplateNamingAStatOfOtherDaysWritesItEmpty() throws {
    var roster = try load()
    var cpu = StatDeclaration(name: "cpu", shape: "{k} khour/day")
    cpu.period = DatePeriod(until: day("2011-06-30"))
    roster.groups[0].stats = [cpu]
    roster.groups[0].template = "compute"
    let templates = TemplateSet(
      page: StrictTemplate(path: "page.twiki", text: "{{#groups}}{{section}}\n{{/groups}}"),
      sections: ["compute": StrictTemplate(path: "compute.twiki", text: "   * cpu: {{stat.cpu}}\n")]
    )
    let june = try TopicGenerator.generate(
      roster: roster, date: day("2011-06-28"), createdAt: 0, templates: templates)
    #expect(june.text.contains("   * cpu: ? khour/day\n"))
    let july = try TopicGenerator.generate(
      roster: roster, date: day("2011-07-05"), createdAt: 0, templates: templates)
    #expect(july.text.contains("   * cpu: \n"))
  }

  @Test(arguments: [
    (
      "    until: 2011-05-17", "    until: 2011-05-32",
      "roster.yaml:22:12: error: expected a date like 2011-03-22, found '2011-05-32'"
    ),
    (
      "    until: 2011-05-17", "    since: 2011-06-01\n    until: 2011-05-17",
      "roster.yaml:23:12: error: group 'Metrics' ends (until 2011-05-17) before it starts "
        + "(since 2011-06-01)"
    ),
    (
      "{name: Chander, since: 2010-10-19}", "{name: Chander, since: 2010-11-02}",
      "roster.yaml:18:9: error: group 'User Support' has no owner on 2010-10-19 (between "
        + "2010-10-13 and 2010-11-01); extend an owner's 'until:' or start one earlier"
    ),
    (
      "    since: 2011-03-01", "    since: 2011-03-01\n    aliases: [Metrics]",
      "roster.yaml:23:5: error: name 'Metrics' of group 'Campus' is also a name of group "
        + "'Metrics' on the same days (give them different names, or dates that do not "
        + "overlap; first at line 19)"
    ),
    (
      "was: [{name: Virtual Organizations, until: 2011-09-27}]",
      "was: [Virtual Organizations]",
      "roster.yaml:14:11: error: expected a former name with the last day it was used, found a "
        + "string (write {name: Virtual Organizations, until: 2011-03-22})"
    ),
    (
      "May, June, July", "May, June, Jly",
      "roster.yaml:8:43: error: 'Jly' does not spell July (write the start of its name, 3 "
        + "letters or more, like 'Jul' or 'July')"
    ),
    (
      "owners: [Brian]", "owners: [Brian, {name: Brian, until: 2011-01-04}]",
      "roster.yaml:20:21: error: owner 'Brian' is listed twice in group 'Metrics' for the same days"
    ),
  ])
  func refusesBadDatesWithPositions(old: String, new: String, expected: String) {
    #expect(timeline.contains(old))
    do {
      _ = try load(timeline.replacingOccurrences(of: old, with: new))
      Issue.record("loaded: \(new)")
    } catch {
      #expect("\(error)" == expected)
    }
  }
}
