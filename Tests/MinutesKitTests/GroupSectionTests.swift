import Foundation
import Testing

@testable import MinutesKit

/// One notion of a group's section for `submit` and `lint --group`, a
/// submission's gaps, and a report never lost to `submit` or `new --force`.
@Suite struct GroupSectionTests {
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  static let topic = """
    %META:TOPICINFO{author="DanFraser" date="1300752000" format="1.1" version="1.1"}%
    ---++ CMS (Burt)
       * 

    ---++ Grid Operations Center (Rob Q.)
       * 

    ---++ Security (Mine)
       * No incidents this week

    ---++ The full report with links is available at https://example.org
    %META:FILEATTACHMENT{name="a.png"}%
    """

  var page: Topic { Topic(text: Self.topic, path: "minutes/Mar22,2011ProductionMeeting.txt") }

  static let goc = """
    ---+++ Operations Last Week
       * Two tickets closed

    ---+++ Operations This Week
       * BDII release

    """

  @Test func aFileStartingWithASubHeadingIsTheSectionsBody() throws {
    let result = try SectionReplacement.replace(
      group: "Grid Operations Center", in: page, with: Self.goc, submissionPath: "goc.txt")
    #expect(
      result.text.contains(
        "---++ Grid Operations Center (Rob Q.)\n---+++ Operations Last Week\n   * Two tickets "
          + "closed\n\n---+++ Operations This Week\n   * BDII release\n\n---++ Security"))
  }

  @Test func aFileWithMetaLinesIsATopicNotASection() throws {
    let parent = Topic(
      text: "%META:TOPICINFO{author=\"RobQ\" date=\"1\"}%\n---+++ Meeting Information\n   * x\n",
      path: "WeeklyProductionMeetings.txt")
    #expect(
      try Submission.lintBareSection(
        parent, group: "Grid Operations Center", roster: .fixture, today: today) == nil)
  }

  @Test func aHeadingAtTheSectionsLevelMustNameTheGroup() {
    #expect(
      throws: MinutesError(
        "the submitted section is headed 'Operations Last Week', not 'Grid Operations Center'",
        at: SourceLocation(file: "goc.txt", line: 1, column: 7))
    ) {
      try SubmittedSection(
        Topic(text: "---++ Operations Last Week\n   * a\n", path: "goc.txt"),
        group: "Grid Operations Center", level: 2)
    }
  }

  @Test func lintAndSubmitGiveTheSameFindingsForTheSameFile() throws {
    let files = [
      Self.goc,
      "---+++ Operations Last Week\n   * \n   * TBD\n",
      "---++ Grid Operations Center (Rob Q.)\n---+++ Operations Last Week\n   * ___\n",
      "\n\n---+++ Operations Last Week\n*no space\n",
    ]
    for text in files {
      let file = Topic(text: text, path: "goc.txt")
      let linted = try #require(
        try Submission.lintBareSection(
          file, group: "Grid Operations Center", roster: .fixture, today: today))
      let submitted = try Submission.check(
        group: "Grid Operations Center", topic: page, submission: text, submissionPath: "goc.txt",
        roster: .fixture, today: today
      ).findings
      #expect(linted == submitted, "\(text)")
    }
  }

  @Test func anEmptySectionFileIsAnEmptySectionAtItsFirstLine() throws {
    let findings = try Submission.lintBareSection(
      Topic(text: "\n", path: "cms.txt"), group: "CMS", roster: .fixture, today: today)
    #expect(
      findings?.map { "\($0.location) \($0.rule) \($0.severity)" } == [
        "cms.txt:1:1 empty-section error"
      ])
  }

  @Test func aSubmissionsGapsAreErrorsUnlessTheRosterRelaxesThem() throws {
    let gaps = "   * \n   * TBD\n"
    let strict = try Submission.check(
      group: "CMS", topic: page, submission: gaps, submissionPath: "cms.txt", roster: .fixture,
      today: today)
    // A section with no report is said once: its template blanks go with it.
    #expect(strict.findings.map { "\($0.rule) \($0.severity)" } == ["empty-section error"])
    #expect(strict.hasErrors)
    var relaxed = Roster.fixture
    relaxed.lint.submissionGaps = .warning
    let lenient = try Submission.check(
      group: "CMS", topic: page, submission: gaps, submissionPath: "cms.txt", roster: relaxed,
      today: today)
    #expect(lenient.findings.allSatisfy { $0.severity == .warning })
    #expect(!lenient.hasErrors)
  }

  @Test func aReportIsNeverReplacedByNone() throws {
    var relaxed = Roster.fixture
    relaxed.lint.submissionGaps = .warning
    let checked = try Submission.check(
      group: "Security", topic: page, submission: "   * \n", submissionPath: "s.txt",
      roster: relaxed, today: today)
    #expect(checked.replacedReport == 8)
    #expect(checked.hasErrors)
    let withReport = try Submission.check(
      group: "Security", topic: page, submission: "   * Two patches\n", submissionPath: "s.txt",
      roster: relaxed, today: today)
    #expect(withReport.replacedReport == nil)
  }

  @Test func aMissingSectionIsAddedWhereTheRostersOrderPutsIt() throws {
    // Engage comes after GOC and before Security in the roster.
    let engage = try SectionReplacement.replace(
      group: "engage", in: page, with: "   * Three new users\n", submissionPath: "e.txt",
      roster: .fixture)
    #expect(
      engage.text.contains(
        "   * \n\n---++ Engage (Mats, John)\n   * Three new users\n\n---++ Security (Mine)"))
    // Atlas: after CMS, before GOC; the submission's own heading is kept.
    let atlas = try SectionReplacement.replace(
      group: "Atlas", in: page, with: "---++ Atlas (Armen & Xin)\n   * Quiet\n",
      submissionPath: "a.txt", roster: .fixture)
    #expect(
      atlas.text.contains(
        "---++ Atlas (Armen & Xin)\n   * Quiet\n\n---++ Grid Operations Center"))
    // No group of the roster on the page: before the closing line.
    let bare = Topic(
      text: "---++ Attendees:\n   * Dan\n\n---++ The full report is at x\n", path: "t")
    let cms = try SectionReplacement.replace(
      group: "CMS", in: bare, with: "   * 1 khour/day, 2% success", submissionPath: "c.txt",
      roster: .fixture)
    #expect(
      cms.text
        == "---++ Attendees:\n   * Dan\n\n---++ CMS (Burt)\n   * 1 khour/day, 2% success\n\n"
        + "---++ The full report is at x\n")
  }

  @Test func anAddedSectionsFindingsArePositionedInTheSubmission() throws {
    let checked = try Submission.check(
      group: "Engage", topic: page, submission: "   * New users\n   * \n", submissionPath: "e.txt",
      roster: .fixture, today: today)
    #expect(checked.findings.map(\.location.description) == ["e.txt:2:4"])
  }

  @Test func aDroppedActionIsQuotedWholeWithItsUID() {
    let text = """
      ---++ CMS (Burt)
         * %ACTION{ who="Main.Burt" state="open" uid="000123" }% Renew the certificates %ENDACTION%
            * first the ITB hosts
         * 400 khour/day, 90% success
      """
    let topic = Topic(text: text, path: "t.txt")
    let checked = try? Submission.check(
      group: "CMS", topic: topic, submission: "   * 401 khour/day, 91% success\n",
      submissionPath: "c.txt", roster: .fixture, today: today)
    let item = checked?.droppedItems.first
    #expect(item?.kind == .action)
    let quote = item.map { Submission.quote($0, in: topic) } ?? []
    #expect(
      quote == [
        "   * %ACTION{ who=\"Main.Burt\" state=\"open\" uid=\"000123\" }% Renew the certificates "
          + "%ENDACTION%",
        "      * first the ITB hosts",
      ])
    let pastedBack = try? Submission.check(
      group: "CMS", topic: topic,
      submission: "   * 401 khour/day, 91% success\n" + quote.joined(separator: "\n"),
      submissionPath: "c.txt", roster: .fixture, today: today)
    #expect(pastedBack?.droppedItems == [])
  }

  @Test func newForceKeepsTheReportsOfTheTopicItReplaces() throws {
    let old = Topic(
      text: Self.topic.replacingOccurrences(
        of: "---++ CMS (Burt)\n   * \n", with: "---++ CMS (Burt)\n   * 402 khour/day, 88% success\n"
      ),
      path: "t.txt")
    let fresh = Topic(
      text: "---++ CMS (Burt)\n   * ___ khour/day, ___% success\n\n---++ Security (Mine)\n   * \n"
        + "\n---++ Grid Operations Center (Rob Q.)\n   * \n",
      path: "t.txt")
    let (topic, kept) = try TopicReplacement.keepingReports(
      of: old, in: fresh, roster: .fixture, today: today)
    #expect(kept == ["CMS", "Security"])
    #expect(
      topic.text
        == "---++ CMS (Burt)\n   * 402 khour/day, 88% success\n\n---++ Security (Mine)\n"
        + "   * No incidents this week\n\n---++ Grid Operations Center (Rob Q.)\n   * \n")
    let withoutSecurity = Topic(text: "---++ CMS (Burt)\n   * \n", path: "t.txt")
    #expect(
      throws: MinutesError(
        "t.txt: holds a report under 'Security', and the new topic has no section for it; "
          + "nothing written (move the report out of the topic, then run 'minutes new --force' "
          + "again)")
    ) {
      try TopicReplacement.keepingReports(
        of: old, in: withoutSecurity, roster: .fixture, today: today)
    }
  }

  @Test func topicsComeInMeetingOrder() {
    let names = [
      "Dec16,2010ProductionMeeting.txt", "Dec9,2010ProductionMeeting.txt",
      "WeeklyProductionMeetings.txt", "Dec30,2010ProductionMeeting.txt",
      "Jan4,2011ProductionMeeting.txt", "Dec23,2010ProductionMeeting.txt",
    ]
    #expect(
      Archive.inMeetingOrder(names, pattern: TopicPattern("$mon$d,$yearProductionMeeting")) == [
        "Dec9,2010ProductionMeeting.txt", "Dec16,2010ProductionMeeting.txt",
        "Dec23,2010ProductionMeeting.txt", "Dec30,2010ProductionMeeting.txt",
        "Jan4,2011ProductionMeeting.txt", "WeeklyProductionMeetings.txt",
      ])
  }

  @Test func theChainingAdviceNamesTheRosterFromTheRepositoryTop() {
    let advice = PreCommitHook.chainingAdvice(
      hookPath: "/repo/.git/hooks/pre-commit", binary: "/opt/bin/minutes",
      roster: "/repo/meeting/roster.yaml", repositoryTop: "/repo")
    #expect(
      advice.hasSuffix("'/opt/bin/minutes' hook run --roster 'meeting/roster.yaml' || exit 1"))
    let outside = PreCommitHook.chainingAdvice(
      hookPath: "/repo/.git/hooks/pre-commit", binary: "/opt/bin/minutes",
      roster: "/etc/minutes/roster.yaml", repositoryTop: "/repo")
    #expect(outside.hasSuffix("--roster '/etc/minutes/roster.yaml' || exit 1"))
  }

  @Test func completionOffersTheRostersGroups() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-completion-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let roster = folder.appendingPathComponent("team.yaml").path
    try """
    meeting: {title: T, web: W, parent: P, author: DanFraser, weekday: Monday, topic: "$mon$d,$yearT"}
    groups:
      - {name: Grid Operations Center, owners: [Rob]}
      - {name: CMS, owners: [Burt]}
    """.write(toFile: roster, atomically: true, encoding: .utf8)
    #expect(
      RosterCompletion.groupNames(
        words: ["minutes", "lint", "--roster", roster, "--group", ""], prefix: "",
        from: folder.path) == ["Grid Operations Center", "CMS"])
    #expect(
      RosterCompletion.groupNames(
        words: ["minutes", "lint", "--roster=\"\(roster)\"", "--group", "g"], prefix: "g",
        from: folder.path) == ["Grid Operations Center"])
    #expect(
      RosterCompletion.groupNames(words: ["minutes", "lint"], prefix: "", from: folder.path) == [])
  }
}
