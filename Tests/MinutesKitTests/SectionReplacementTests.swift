import Testing

@testable import MinutesKit

@Suite struct SectionReplacementTests {
  static let topic = """
    %META:TOPICINFO{author="DanFraser" date="1300752000" format="1.1" version="1.1"}%
    ---++ CMS (Burt)
       * 

    ---++ LIGO (Britta, Robert E.)
    ---+++ Gratia Reports
       * old

    ---++ Security (Mine)
       * kept
    %META:FILEATTACHMENT{name="a.png"}%
    """

  @Test func replacesOnlyTheBodyWhenTheSubmissionHasNoHeading() throws {
    let topic = Topic(text: Self.topic, path: "t.txt")
    let result = try SectionReplacement.replace(
      group: "cms", in: topic, with: "   * 341 khour/day, 91% success\n\n\n", submissionPath: "s")
    #expect(
      result.text
        == Self.topic.replacingOccurrences(of: "   * \n", with: "   * 341 khour/day, 91% success\n")
    )
  }

  @Test func replacesHeadingAndSubsectionsWhenTheSubmissionHasAHeading() throws {
    let topic = Topic(text: Self.topic, path: "t.txt")
    let result = try SectionReplacement.replace(
      group: "LIGO", in: topic, with: "---++ LIGO (Britta, Robert E.)\n   * new\n",
      submissionPath: "s")
    #expect(
      result.text
        == Self.topic.replacingOccurrences(
          of: "---+++ Gratia Reports\n   * old\n", with: "   * new\n"))
  }

  @Test func keepsMetaLinesAtTheBottom() throws {
    let topic = Topic(text: Self.topic, path: "t.txt")
    let result = try SectionReplacement.replace(
      group: "Security", in: topic, with: "   * replaced", submissionPath: "s")
    #expect(result.text.hasSuffix("   * replaced\n%META:FILEATTACHMENT{name=\"a.png\"}%"))
  }

  @Test func refusesAHeadingOfAnotherGroup() {
    let topic = Topic(text: Self.topic, path: "t.txt")
    #expect(
      throws: MinutesError(
        "the submitted section is headed 'Atlas', not 'CMS'",
        at: SourceLocation(file: "s", line: 1, column: 7))
    ) {
      try SectionReplacement.replace(
        group: "CMS", in: topic, with: "---++ Atlas (Xin)\n", submissionPath: "s")
    }
    #expect(
      throws: MinutesError(
        "the submitted section contains another section, 'Atlas (Xin)' (one group at a time)",
        at: SourceLocation(file: "s", line: 2, column: 1))
    ) {
      try SectionReplacement.replace(
        group: "CMS", in: topic, with: "   * a\n---++ Atlas (Xin)\n", submissionPath: "s")
    }
    #expect(throws: MinutesError("t.txt: no section for group 'Engage' to replace")) {
      try SectionReplacement.replace(
        group: "Engage", in: topic, with: "   * x", submissionPath: "s")
    }
  }

  /// Whatever is submitted, the bytes before and after the group's section are untouched.
  @Test func changesNothingOutsideTheTargetSection() throws {
    var generator = SplitMix64(seed: 7)
    let groups = ["CMS", "Atlas", "LIGO", "Engage"]
    let bodies = ["   * a", "", "      * b", "---+++ Sub", "text", "   * ", "\t* tab"]
    for _ in 0..<300 {
      var text = "%META:TOPICINFO{author=\"a\" date=\"1\"}%\n"
      for group in groups {
        text += "---++ \(group) (Owner)\n"
        for _ in 0..<Int(generator.next() % 4) {
          text += bodies[Int(generator.next() % UInt64(bodies.count))] + "\n"
        }
      }
      let topic = Topic(text: text, path: "t.txt")
      let group = groups[Int(generator.next() % UInt64(groups.count))]
      let section = try #require(topic.section(forGroup: group))
      var submission = ""
      for _ in 0..<Int(generator.next() % 4) {
        submission += bodies[Int(generator.next() % 3)] + "\n"
      }
      let result = try SectionReplacement.replace(
        group: group, in: topic, with: submission, submissionPath: "s")
      let before = topic.lines[..<section.bodyRange.lowerBound].map {
        $0.text + $0.terminator.rawValue
      }.joined()
      let afterLines = topic.lines[section.bodyRange.upperBound...]
      let after = afterLines.map { $0.text + $0.terminator.rawValue }.joined()
      #expect(result.text.hasPrefix(before))
      #expect(result.text.hasSuffix(after))
      let replacedSection = try #require(result.section(forGroup: group))
      let body = result.lines[replacedSection.bodyRange].map(\.text).filter { !$0.isEmpty }
      #expect(body == submission.split(separator: "\n").map(String.init).filter { !$0.isEmpty })
    }
  }
}
