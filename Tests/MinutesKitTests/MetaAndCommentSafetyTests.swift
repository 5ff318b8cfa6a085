import Testing

@testable import MinutesKit

/// The topic model's META block and comments, and what `submit` makes of
/// them: a section never reaches into the META lines below it, and a section
/// that would hide or rewrite the rest of the page is refused.
@Suite struct MetaAndCommentSafetyTests {
  static let today = MeetingDate(year: 2011, month: 3, day: 22)!
  static let head = """
    %META:TOPICINFO{author="DanFraser" date="1300752000" format="1.1" version="1.1"}%
    %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
    ---++ CMS (Burt)
       * 341 khour/day, 91% success

    ---++ Engage (Mats, John)
       * Old news

    """

  /// META lines as people and tools leave them at the bottom of a page:
  /// well formed, with a trailing space or tab, an unquoted attribute, an
  /// empty body, text after the block, CRLF ends, no final line end.
  static func trailingBlock(_ rng: inout SplitMix64) -> String {
    let shapes = [
      #"%META:FILEATTACHMENT{name="a.png" attr="" comment="" date="1300752000"}%"#,
      #"%META:PREFERENCE{name="ALLOWTOPICCHANGE" title="ALLOWTOPICCHANGE" type="Set" value="Main.Mine"}%"#,
      #"%META:FIELD{name="Status" value="open"}%"#,
      #"%META:PREFERENCE{name="ALLOWTOPICCHANGE" value=Main.Mine}%"#,
      #"%META:FIELD{}%"#,
      #"%META:FILEATTACHMENT{name="b.pdf"}% "#,
      "%META:FIELD{name=\"x\" value=\"y\"}%\t",
      #"%META:PREFERENCE{name="X" value="a}b"}%"#,
      "%META:",
    ]
    let tails = ["", "", "\n", "\ntext after the META block\n", "\n\n", "\n   * a stray bullet\n"]
    var block = ""
    for _ in 0..<Int.random(in: 1...5, using: &rng) {
      block += shapes.randomElement(using: &rng)! + (Bool.random(using: &rng) ? "\r\n" : "\n")
    }
    if Bool.random(using: &rng) { block.removeLast() }
    return block + tails.randomElement(using: &rng)!
  }

  @Test func aSubmissionKeepsEveryTrailingMetaLineByteForByte() throws {
    var rng = SplitMix64(seed: 19)
    for _ in 0..<300 {
      let blank = String(repeating: "\n", count: Int.random(in: 0...2, using: &rng))
      let block = Self.trailingBlock(&rng)
      let text = Self.head + blank + block
      let topic = Topic(text: text, path: "t.txt")
      let result = try SectionReplacement.replace(
        group: "Engage", in: topic, with: "   * Three new campus users\n", submissionPath: "s")
      let expected = text.replacingOccurrences(
        of: "   * Old news\n", with: "   * Three new campus users\n")
      #expect(result.text == expected, "\(block.debugDescription)")
      #expect(result.meta == topic.meta)
    }
  }

  @Test func aMetaLineEndsTheSectionAboveIt() {
    let topic = Topic(
      text: Self.head + "%META:FIELD{name=\"x\" value=unquoted}% \ntext\n---++ Security (Mine)\n",
      path: "t.txt")
    let engage = topic.sections[1]
    #expect(engage.name == "Engage")
    #expect(engage.bodyRange == 6..<7)
    #expect(topic.sections.map(\.name) == ["CMS", "Engage", "Security"])
  }

  @Test func theParserSaysWhereAnUnclosedCommentOpens() {
    let topic = Topic(
      text: "---++ CMS (Burt)\n   * done <!-- later\n---++ LIGO (Britta)\n   * x\n",
      path: "t.txt")
    #expect(topic.unclosedComment == Topic.OpenBlock(tag: "!--", line: 2, column: 11))
    #expect(topic.sections.map(\.name) == ["CMS"])
    let closed = Topic(text: "a <!-- b\nc --> <!-- d --> e\n", path: "t.txt")
    #expect(closed.unclosedComment == nil)
  }

  func submit(_ section: String, group: String = "Engage") throws -> Submission {
    try Submission.check(
      group: group,
      topic: Topic(text: Self.head + "---++ Security (Mine)\n   * x\n", path: "t.txt"),
      submission: section, submissionPath: "s.txt", roster: .example, today: Self.today)
  }

  @Test func aSubmissionEndingInAnOpenCommentIsRefusedWhereTheCommentOpens() throws {
    let checked = try submit("   * Three new users <!-- ask John\n")
    #expect(checked.hasErrors)
    let finding = try #require(checked.findings.first { $0.rule == "unclosed-comment" })
    #expect(finding.location == SourceLocation(file: "s.txt", line: 1, column: 22))
    #expect(finding.severity == .error)
  }

  @Test func aSubmissionWithAnOpenVerbatimBlockIsRefused() throws {
    let checked = try submit("   * log:\n<verbatim>\nerror 42\n")
    let finding = try #require(checked.findings.first { $0.rule == "unclosed-verbatim" })
    #expect(finding.location == SourceLocation(file: "s.txt", line: 2, column: 1))
  }

  @Test(arguments: [
    #"%META:TOPICINFO{author="Mallory" date="1" format="1.1" version="9"}%"#,
    #"%META:TOPICPARENT{name="Elsewhere"}%"#,
    #"%META:PREFERENCE{name="ALLOWTOPICCHANGE" title="ALLOWTOPICCHANGE" type="Set" value="Main.Mallory"}%"#,
    "%META:FIELD{broken",
  ])
  func aSubmissionCarryingAMetaLineIsRefused(_ meta: String) throws {
    for section in [
      "   * Three new users\n\(meta)\n   * more\n", "   * Three new users\n\(meta)\n",
    ] {
      let checked = try submit(section)
      #expect(checked.hasErrors)
      let finding = try #require(checked.findings.first { $0.rule == "misplaced-meta" })
      #expect(finding.location == SourceLocation(file: "s.txt", line: 2, column: 1))
    }
  }

  @Test func theRostersSeveritiesApplyRuleByRule() throws {
    var roster = Roster.example
    roster.lint.severities["misplaced-meta"] = .warning
    let checked = try Submission.check(
      group: "Engage", topic: Topic(text: Self.head, path: "t.txt"),
      submission: "%META:FIELD{name=\"x\"}%\n   * more <!-- open\n", submissionPath: "s.txt",
      roster: roster, today: Self.today)
    #expect(checked.findings.first { $0.rule == "misplaced-meta" }?.severity == .warning)
    #expect(checked.findings.first { $0.rule == "unclosed-comment" }?.severity == .error)
  }

  @Test func lintFindsMetaLinesInsideThePageAndMalformedOnes() {
    let text =
      Self.head
      + "%META:PREFERENCE{name=\"ALLOWTOPICCHANGE\" value=\"Main.X\"}%\n"
      + "---++ Security (Mine)\n   * x\n%META:TOPICINFO{author=\"X\" date=\"1\"}%\n\n"
      + "%META:FILEATTACHMENT{name=\"a.png\"}% \n"
    let findings = Linter(rules: [MisplacedMetaRule()]).lint(
      LintContext(topic: Topic(text: text, path: "t.txt"), roster: .example, today: Self.today))
    #expect(findings.map(\.location.line) == [8, 11, 13])
    #expect(findings.allSatisfy { $0.severity == .error })
    #expect(findings[0].message.hasPrefix("%META:PREFERENCE line inside the page's text"))
    #expect(findings[1].message.hasPrefix("second %META:TOPICINFO"))
    #expect(findings[2].message.hasPrefix("malformed %META:FILEATTACHMENT line"))
  }
}
