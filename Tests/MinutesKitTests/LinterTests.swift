import Testing

@testable import MinutesKit

@Suite struct LinterTests {
  let path = "Mar22,2011ProductionMeeting.txt"
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  func lintFixture(
    group: String? = nil, isFinal: Bool = false, roster: Roster = .fixture
  ) throws -> [Finding] {
    let bytes = try fixtureBytes("Topics/\(path)")
    return Linter().lint(
      bytes: bytes, path: path, roster: roster, group: group, isFinal: isFinal, today: today)
  }

  func summary(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.location.line):\($0.location.column) \($0.severity) \($0.rule)" }
  }

  @Test func findsWhatTheFixtureTopicLeftOpen() throws {
    #expect(
      summary(try lintFixture()) == [
        "5:4 warning empty-bullet",
        "6:43 warning stale-item",
        "14:31 warning placeholder",
        "18:7 warning empty-bullet",
        "27:63 error stat-mismatch",
        "29:34 warning blank-stat",
        "30:7 warning empty-bullet",
        "33:34 warning blank-stat",
        "39:7 error list-indent",
        "41:7 warning empty-section",
        "50:1 warning missing-section",
        "50:16 warning owner-mismatch",
      ])
  }

  @Test func groupModeGapsAreWarningsWhenTheRosterSaysSo() throws {
    var roster = Roster.fixture
    roster.lint.submissionGaps = .warning
    let findings = Linter().lint(
      bytes: try fixtureBytes("Topics/Mar22,2011ProductionMeeting.txt"),
      path: "minutes/Mar22,2011ProductionMeeting.txt", roster: roster, group: "ligo",
      today: today)
    #expect(
      summary(findings) == [
        "27:63 error stat-mismatch",
        "29:34 warning blank-stat",
        "30:7 warning empty-bullet",
        "33:34 warning blank-stat",
      ])
  }

  @Test func finalMakesBlankAndMissingFiguresErrors() throws {
    let errors = summary(try lintFixture(isFinal: true).filter { $0.severity == .error })
    #expect(errors.contains("29:34 error blank-stat"))
    #expect(errors.contains("33:34 error blank-stat"))
  }

  @Test func finalMakesMissingReportsAndTheAttendeesPlaceholderErrors() throws {
    let findings = try lintFixture(isFinal: true)
    let errors = summary(findings.filter { $0.severity == .error })
    #expect(errors.contains("9:6 error placeholder"))
    #expect(errors.contains("41:7 error empty-section"))
    #expect(errors.contains("50:1 error missing-section"))
    #expect(errors.contains("14:31 error placeholder"))
  }

  /// Group mode is the owner's check of a submission: its gaps are errors.
  @Test func groupModeReportsOnlyThatGroup() throws {
    #expect(
      summary(try lintFixture(group: "ligo")) == [
        "27:63 error stat-mismatch",
        "29:34 error blank-stat",
        "30:7 error empty-bullet",
        "33:34 error blank-stat",
      ])
    #expect(summary(try lintFixture(group: "Engage")) == ["41:7 error empty-section"])
    #expect(
      summary(try lintFixture(group: "Virtual Organizations Group")) == [
        "50:1 error missing-section"
      ])
  }

  @Test func unknownGroupOrRuleInTheRosterIsAConfigurationError() {
    #expect(throws: MinutesError("unknown group 'Ligo Grp' (did you mean 'LIGO'?)")) {
      try Linter.validate(group: "Ligo Grp", roster: .fixture)
    }
    // Rule ids are checked where the roster is loaded, so every command sees them.
    let yaml = validRoster + "lint:\n  severity: {empty-bulet: off}\n"
    #expect(
      throws: MinutesError(
        "unknown lint rule 'empty-bulet' (did you mean 'empty-bullet'?)",
        at: SourceLocation(file: "roster.yaml", line: 22, column: 14))
    ) {
      try RosterLoader.load(yaml: yaml, path: "roster.yaml")
    }
  }

  @Test func rosterSeveritiesReplaceTheRulesOwn() throws {
    var roster = Roster.fixture
    roster.lint.severities = ["empty-bullet": .off, "blank-stat": .error]
    let findings = try lintFixture(roster: roster)
    #expect(!findings.contains { $0.rule == "empty-bullet" })
    #expect(findings.filter { $0.rule == "blank-stat" }.allSatisfy { $0.severity == .error })
    #expect(findings.contains { $0.rule == "blank-stat" })
  }

  @Test func suppressionCoversASectionTheNextLineOrItsOwnLine() {
    let text = """
      ---++ CMS (Burt)
      <!-- minutes-lint disable=empty-bullet,placeholder -->
         * 
         * TBD
      ---++ Engage (Mats, John)
         * TBD
      <!-- minutes-lint disable=placeholder -->

         * TBD
         * TBD <!-- minutes-lint disable=all -->
         * 
         * Glidein factory tests ran at two sites
      """
    let context = LintContext(
      topic: Topic(text: text, path: path), roster: .example, today: today)
    let findings = Linter(rules: [EmptyBulletRule(), PlaceholderRule()]).lint(context)
    #expect(summary(findings) == ["6:6 warning placeholder", "11:4 warning empty-bullet"])
  }

  @Test func invalidUTF8IsAFindingWithItsByteOffsetAndTheRestIsStillChecked() {
    var bytes = Array("---++ CMS (Burt)\n   * caf".utf8)
    bytes.append(0xE9)
    bytes += Array(" TBD\n   * fine".utf8)
    bytes += [0xFF, 0xC0]
    let findings = Linter().lint(
      bytes: bytes, path: path, roster: .example, today: today)
    let encoding = findings.filter { $0.rule == "encoding" }
    #expect(
      encoding.map(\.message) == [
        "invalid UTF-8 at byte offset 25 (save the topic as UTF-8)",
        "invalid UTF-8 at byte offset 40 (save the topic as UTF-8)",
      ])
    #expect(encoding.map { "\($0.location.line):\($0.location.column)" } == ["2:9", "3:10"])
    #expect(findings.contains { $0.rule == "placeholder" })
  }

  @Test func readsTheMeetingDayFromTheTopicNameWithTheRostersPattern() {
    let roster = Roster.example
    #expect(
      LintContext.meetingDate(ofTopicAt: "a/Jan05,2010ProductionMeeting.txt", roster: roster)?.iso
        == "2010-01-05")
    #expect(
      LintContext.meetingDate(ofTopicAt: "WeeklyProductionMeetings.txt", roster: roster) == nil)
    #expect(LintContext.meetingDate(ofTopicAt: "-", roster: roster) == nil)
  }
}

@Suite struct ReporterGoldenTests {
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  func report() throws -> LintReport {
    let path = "minutes/Mar22,2011ProductionMeeting.txt"
    let bytes = try fixtureBytes("Topics/Mar22,2011ProductionMeeting.txt")
    let findings = Linter().lint(
      bytes: bytes, path: path, roster: .fixture, isFinal: true, today: today)
    return LintReport(findings: findings, fileCount: 1)
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatMatchesItsGoldenFile(format: ReportFormat) throws {
    try expectGolden(format.reporter().render(try report()), named: "lint-final.\(format.rawValue)")
  }

  @Test func textColourAndSummary() throws {
    let report = try report()
    let plain = TextReporter()
    #expect(plain.summary(report) == "8 errors and 5 warnings in 1 file")
    #expect(!plain.render(report).contains("\u{1B}"))
    let coloured = TextReporter(color: true)
    #expect(coloured.render(report).contains("\u{1B}[1;31merror:\u{1B}[0m"))
    #expect(LintReport(findings: [], fileCount: 3).summary == "no problems in 3 files")
  }

  @Test func githubEscapesPropertiesAndData() {
    let finding = Finding(
      rule: "placeholder", severity: .warning, message: "100% done,\nreally",
      location: SourceLocation(file: "a:b,c.txt", line: 2, column: 3))
    #expect(
      GitHubReporter().render(LintReport(findings: [finding], fileCount: 1))
        == "::warning file=a%3Ab%2Cc.txt,line=2,col=3,title=placeholder::100%25 done,%0Areally\n")
  }
}
