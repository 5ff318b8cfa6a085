import Foundation
import Testing

@testable import MinutesKit

@Suite struct GenerationTests {
  static let epoch = 1_300_752_000  // 22 Mar 2011 00:00 UTC
  static let march22 = MeetingDate(iso: "2011-03-22")!

  func shippedTemplates(for roster: Roster) throws -> TemplateSet {
    try TemplateSet.load(
      folder: repositoryRoot.appendingPathComponent("templates").path, for: roster)
  }

  @Test func pinsTheWholeTopicForTheOSGMeeting() throws {
    let roster = osgRoster()
    let topic = try TopicGenerator.generate(
      roster: roster, date: Self.march22, createdAt: Self.epoch,
      templates: try shippedTemplates(for: roster))
    #expect(topic.name == "Mar22,2011ProductionMeeting")
    #expect(try matchesGolden(topic.text, named: "Mar22,2011ProductionMeeting.txt"))
  }

  /// The in-code roster above must stay the shipped one, or the golden pins
  /// something nobody runs.
  @Test func theShippedRosterGivesTheSameTopic() throws {
    let roster = try RosterLoader.load(
      path: repositoryRoot.appendingPathComponent("roster.yaml").path)
    let topic = try TopicGenerator.generate(
      roster: roster, date: Self.march22, createdAt: Self.epoch,
      templates: try shippedTemplates(for: roster))
    // On 2011-03-22 the shipped roster's meeting also has Metrics, which
    // reports when it has news (the shipped roster covers 2010 and 2011).
    var march = osgRoster()
    var metrics = Group(name: "Metrics", owners: [Owner(name: "Brian")])
    metrics.reports = .whenNews
    march.groups.insert(metrics, at: 7)
    // Engage gives LIGO's Gratia figures.
    march.groups[4].stats = march.groups[2].stats
    let expected = try TopicGenerator.generate(
      roster: march, date: Self.march22, createdAt: Self.epoch,
      templates: try shippedTemplates(for: march))
    #expect(topic.text == expected.text)
  }

  /// A group that is away or not due gets the page template's note instead
  /// of a blank section, and lint does not ask it for a report.
  @Test func marksGroupsThatAreAwayOrNotDue() throws {
    var roster = osgRoster()
    roster.groups[2].reports = .firstOfMonth  // LIGO: not due on the 22nd
    roster.groups[4].reports = .every(weeks: 2, anchor: MeetingDate(iso: "2011-03-15")!)
    roster.groups[8].away = [MeetingDate(iso: "2011-03-21")!...MeetingDate(iso: "2011-03-25")!]
    let topic = try TopicGenerator.generate(
      roster: roster, date: Self.march22, createdAt: Self.epoch,
      templates: try shippedTemplates(for: roster))
    #expect(try matchesGolden(topic.text, named: "Mar22,2011ProductionMeeting-absences.txt"))
    #expect(topic.text.contains("---++ Security (Mine)\n   * Not reporting this week (away)\n"))
    #expect(
      topic.text.contains("---++ Engage (Mats, John)\n   * Not reporting this week (not due)\n"))
    #expect(!topic.text.contains("users utilized"))
    #expect(topic.text.contains("---++ CMS (Burt)\n   * ? khour/day, ?% success\n"))

    let findings = Linter().lint(
      LintContext(
        topic: Topic(text: topic.text, path: topic.name + ".txt"), roster: roster, isFinal: true,
        today: Self.march22))
    let reported = Set(findings.filter { $0.rule == "empty-section" }.compactMap(\.group))
    #expect(reported.contains("cms"))
    #expect(reported.isDisjoint(with: ["ligo", "engage", "security"]))
  }
}

@Suite struct GenerationDetailTests {
  func roster(_ groups: [Group], blank: String = "___") -> Roster {
    var roster = osgRoster()
    roster.groups = groups
    roster.meeting.blank = blank
    return roster
  }

  func generate(
    _ roster: Roster, page: String = "{{#groups}}{{section}}\n{{/groups}}",
    sections: [String: String] = [:]
  ) throws -> String {
    let templates = TemplateSet(
      page: StrictTemplate(path: "templates/page.twiki", text: page),
      sections: sections.mapValues { StrictTemplate(path: "x.twiki", text: $0) })
    let topic = try TopicGenerator.generate(
      roster: roster, date: MeetingDate(iso: "2011-03-22")!, createdAt: 1_299_715_200,
      templates: templates)
    return topic.text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)[2]
      .description
  }

  @Test func writesMetaLinesEncodedAsTWikiDoes() throws {
    var roster = roster([])
    roster.meeting.author = "Dan\"Fraser"
    roster.meeting.parent = "Weekly{Meetings}%"
    let topic = try TopicGenerator.generate(
      roster: roster, date: MeetingDate(iso: "2011-03-22")!, createdAt: 42,
      templates: TemplateSet(page: StrictTemplate(path: "p", text: "body")))
    let lines = topic.text.split(separator: "\n").map(String.init)
    #expect(
      lines[0]
        == "%META:TOPICINFO{author=\"Dan%22Fraser\" date=\"42\" format=\"1.1\" version=\"1.1\"}%")
    #expect(lines[1] == "%META:TOPICPARENT{name=\"Weekly%7BMeetings%7D%25\"}%")
    #expect(lines[2] == "body")
    #expect(topic.text.hasSuffix("body\n"))
  }

  @Test func theSignatureDayIsTheCreationDay() throws {
    let text = try generate(roster([]), page: "-- Main.{{author}} - {{created}} for {{date}}")
    #expect(text == "-- Main.DanFraser - 10 Mar 2011 for 22 Mar 2011\n")
  }

  @Test func statsATemplateDoesNotPlaceComeFirstAsBullets() throws {
    let stats = [
      StatDeclaration(name: "cpu", shape: "{khours} khour/day"),
      StatDeclaration(name: "ok", shape: "{rate}% success"),
    ]
    let plain = try generate(
      roster([Group(name: "CMS", owners: [Owner(name: "Burt")], stats: stats)], blank: "?"))
    #expect(plain == "   * ? khour/day\n   * ?% success\n   * \n")

    let placesOne = try generate(
      roster([Group(name: "CMS", owners: [], template: "t", stats: stats)]),
      sections: ["t": "---+++ Figures\n   * {{stat.ok}}\n"])
    #expect(placesOne == "   * ___ khour/day\n---+++ Figures\n   * ___% success\n")

    let listsThem = try generate(
      roster([Group(name: "CMS", owners: [], template: "t", stats: stats)]),
      sections: [
        "t": "   * {{stat.ok}}\n{{#other_stats}}\n   * {{name}}: {{skeleton}}\n{{/other_stats}}\n"
      ])
    #expect(listsThem == "   * ___% success\n   * cpu: ___ khour/day\n")
  }

  @Test func headingsJoinOwnersAndAttendeesComeOnce() throws {
    var roster = roster([
      Group(name: "Atlas", owners: [Owner(name: "Armen"), Owner(name: "Xin")]),
      Group(name: "Metrics", owners: [Owner(name: "Brian")]),
    ])
    roster.meeting.attendees = ["Brian", "Dan"]
    let text = try generate(roster, page: "{{#groups}}{{heading}}|{{/groups}}\n{{attendees}}")
    #expect(text == "Atlas (Armen, Xin)|Metrics (Brian)|\nArmen, Xin, Brian, Dan\n")
  }

  @Test func theReportLinkFollowsTheSiteOrLetsTWikiFillItIn() throws {
    var roster = roster([])
    #expect(
      try generate(roster, page: "{{report_url}}")
        == "https://twiki.grid.iu.edu/bin/view/Production/WeeklyProductionMeetings\n")
    roster.meeting.site = nil
    #expect(
      try generate(roster, page: "{{report_url}}")
        == "%SCRIPTURL{view}%/Production/WeeklyProductionMeetings\n")
  }

  @Test func anUnknownVariableInASectionTemplateNamesTheGroupsFile() throws {
    #expect {
      try generate(
        roster([Group(name: "LIGO", owners: [], template: "t")]), sections: ["t": "{{stat.jobs}}"])
    } throws: { error in
      let error = error as? MinutesError
      return error?.location == SourceLocation(file: "x.twiki", line: 1, column: 3)
        && error?.message == "unknown template variable 'stat.jobs' (known: none)"
    }
  }

  @Test func aMissingTemplateFileNamesItsPath() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "minutes-tpl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sections"), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: folder.appendingPathComponent("page.twiki"))
    let roster = roster([Group(name: "LIGO", owners: [], template: "ligo")])
    #expect {
      try TemplateSet.load(folder: folder.path, for: roster)
    } throws: { error in
      (error as? MinutesError)?.message
        == "\(folder.path)/sections/ligo.twiki: template not found (the template of group 'LIGO')"
    }
  }

  @Test func theStarterPageIsTheShippedPage() throws {
    let shipped = try String(
      contentsOf: repositoryRoot.appendingPathComponent("templates/page.twiki"), encoding: .utf8)
    #expect(Starter.page == shipped)
    #expect(
      Starter.files.map(\.path) == [
        "roster.yaml", "templates/page.twiki", "templates/sections/status.twiki",
      ])
  }
}
