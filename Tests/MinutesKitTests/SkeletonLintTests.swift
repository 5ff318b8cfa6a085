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

  @Test func lintReportsEveryBlankOfTheSkeletonAndNothingElse() throws {
    let generated = try skeleton()
    let topic = Topic(text: generated.text, path: "\(generated.name).txt")
    let findings = Linter().lint(
      bytes: topic.bytes, path: topic.path, roster: osgRoster(),
      today: MeetingDate(iso: "2011-03-22")!)
    #expect(!findings.contains { $0.severity == .error })

    let blankRules: Set = ["empty-bullet", "blank-stat", "placeholder", "empty-section"]
    #expect(findings.allSatisfy { blankRules.contains($0.rule) }, "\(findings.map(\.rule))")

    // Every line with something to fill in has a finding, and no other line does.
    let reportedLines = Set(findings.map(\.location.line))
    var sectionHeadingsOfEmptySections: Set<Int> = []
    for finding in findings where finding.rule == "empty-section" {
      sectionHeadingsOfEmptySections.insert(finding.location.line)
    }
    for line in topic.lines {
      let needsFilling: Bool
      switch line.kind {
      case .bullet(let item): needsFilling = item.text.isEmpty || line.text.contains("___")
      default: needsFilling = line.text.contains("___") || line.text.contains("(to be updated")
      }
      if needsFilling {
        #expect(
          reportedLines.contains(line.number), "line \(line.number) is not reported: \(line.text)")
      } else if !sectionHeadingsOfEmptySections.contains(line.number) {
        #expect(
          !reportedLines.contains(line.number), "line \(line.number) is reported: \(line.text)")
      }
    }
  }
}
