import Foundation
import Testing

@testable import MinutesKit

/// A freshly generated topic is what lint expects: its blanks are exactly
/// what the owners must fill in, and lint reports those and nothing else.
@Suite struct SkeletonLintTests {
  func skeleton() throws -> GeneratedTopic {
    let roster = osgRoster()
    let templates = try TemplateSet.load(
      folder: repositoryRoot.appendingPathComponent("templates").path, for: roster)
    return try TopicGenerator.generate(
      roster: roster, date: MeetingDate(iso: "2011-03-22")!, createdAt: 1_300_752_000,
      templates: templates)
  }

  func lint(_ text: String, name: String) -> [Finding] {
    let topic = Topic(text: text, path: "\(name).txt")
    return Linter().lint(
      bytes: topic.bytes, path: topic.path, roster: osgRoster(),
      today: MeetingDate(iso: "2011-03-22")!)
  }

  /// Nobody has reported on a fresh page: one finding says so, instead of
  /// one per group and one per template bullet and blank figure.
  @Test func aFreshSkeletonGivesOneFindingForThePage() throws {
    let generated = try skeleton()
    let findings = lint(generated.text, name: generated.name)
    #expect(findings.count == 1, "\(findings.map(\.message))")
    #expect(findings.first?.rule == "empty-section")
    #expect(
      findings.first?.message.hasPrefix("no group has reported yet (9 empty sections") == true)
  }

  /// Once one group has reported, every blank of the group that has
  /// reported is a finding; the eight that have not are one finding, as
  /// most of the meeting has yet to write.
  @Test func afterTheFirstReportEachBlankOfAReportedGroupIsReported() throws {
    let generated = try skeleton()
    var lines = generated.text.components(separatedBy: "\n")
    let cms = try #require(lines.firstIndex { $0.hasPrefix("---++ CMS") })
    lines.insert("   * Tier 1 downtime on Thursday", at: cms + 1)
    let text = lines.joined(separator: "\n")
    let topic = Topic(text: text, path: "\(generated.name).txt")
    let findings = lint(text, name: generated.name)
    #expect(!findings.contains { $0.severity == .error })
    #expect(!findings.contains { $0.message.hasPrefix("no group has reported yet") })

    // CMS reported: its blank figures and its empty bullet are findings.
    let cmsEnd = try #require(lines[(cms + 1)...].firstIndex { $0.hasPrefix("---++") })
    for index in (cms + 1)..<cmsEnd {
      let line = topic.lines[index]
      let needsFilling: Bool
      if case .bullet(let item) = line.kind {
        needsFilling = item.text.isEmpty || line.text.contains("?")
      } else {
        needsFilling = line.text.contains("?")
      }
      #expect(
        findings.contains { $0.location.line == line.number } == needsFilling,
        "line \(line.number): \(line.text)")
    }
    // The eight other groups: one finding for the page, none in their bodies.
    let emptySections = findings.filter { $0.rule == "empty-section" }
    #expect(emptySections.count == 1, "\(emptySections.map(\.message))")
    #expect(
      emptySections.first?.message.hasPrefix("only CMS has reported (8 empty sections: ") == true)
    #expect(findings.allSatisfy { $0.rule == "empty-section" || $0.location.line - 1 < cmsEnd })
  }

  /// Once a second group has reported, each group that has not is one
  /// finding at its heading.
  @Test func afterTwoReportsEachEmptyGroupIsReported() throws {
    let generated = try skeleton()
    var lines = generated.text.components(separatedBy: "\n")
    for name in ["CMS", "Security"] {
      let heading = try #require(lines.firstIndex { $0.hasPrefix("---++ \(name)") })
      lines.insert("   * A report from \(name)", at: heading + 1)
    }
    let findings = lint(lines.joined(separator: "\n"), name: generated.name)
    let emptySections = findings.filter { $0.rule == "empty-section" }
    #expect(emptySections.count == 7, "\(emptySections.map(\.message))")
    #expect(emptySections.allSatisfy { $0.message.hasPrefix("no report in section '") })
  }
}
