import Testing

@testable import MinutesKit

/// Runs every rule's examples: a marked example must give exactly the
/// findings its markers show, an unmarked one none.
@Suite struct RuleExampleTests {
  @Test(arguments: Linter.allRules.map(\.id))
  func examplesGiveTheMarkedFindings(id: String) throws {
    let rule = try #require(Linter.rule(id: id))
    for (number, example) in rule.examples.enumerated() {
      let findings = Linter(rules: [rule]).lint(example.context)
      let found = findings.map { "\($0.location.line):\($0.location.column)" }.sorted()
      let expected = example.expectedPositions.map { "\($0.line):\($0.column)" }.sorted()
      #expect(
        found == expected,
        "example \(number + 1) of \(id): \(findings.map { "\($0.location) \($0.message)" })")
      for finding in findings {
        #expect(finding.rule == id)
        // Lowercase, unless it starts with an acronym such as NUL.
        let firstWord = finding.message.prefix { $0 != " " }
        #expect(firstWord.lowercased() == firstWord || firstWord.uppercased() == firstWord)
        #expect(!finding.message.hasSuffix("."))
      }
    }
  }

  @Test(arguments: Linter.allRules.map(\.id))
  func everyRuleShowsBothSides(id: String) throws {
    let rule = try #require(Linter.rule(id: id))
    let triggering = rule.examples.filter(\.triggers).count
    #expect(triggering > 0, "\(id) has no example that triggers it")
    #expect(triggering < rule.examples.count, "\(id) has no example that passes")
    #expect(!rule.description.isEmpty && !rule.description.contains("\n"))
  }

  @Test func idsAreUniqueAndKebabCase() {
    let ids = Linter.ruleIDs
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
      #expect(!id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--"))
    }
    let required = [
      "meta-topicinfo", "meta-parent", "missing-section", "unknown-section", "duplicate-section",
      "owner-mismatch", "empty-section", "empty-bullet", "placeholder", "blank-value",
      "missing-stat", "blank-stat", "stat-mismatch", "list-indent", "stale-item",
      "unclosed-verbatim", "encoding",
    ]
    let missing = required.filter { !ids.contains($0) }
    #expect(missing.isEmpty)
  }

  @Test func markersAreStrippedAndPlacedInBytes() {
    let example = RuleExample("ab\n  é1️⃣x 2️⃣y")
    #expect(example.text == "ab\n  éx y")
    #expect(example.expectedPositions.map(\.line) == [2, 2])
    #expect(example.expectedPositions.map(\.column) == [5, 7])
  }
}
