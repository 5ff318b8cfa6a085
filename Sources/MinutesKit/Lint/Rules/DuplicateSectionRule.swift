/// `duplicate-section`: a group (or a standard heading) twice on one page,
/// typically after two owners pasted their reports.
public struct DuplicateSectionRule: LintRule {
  public init() {}
  public var id: String { "duplicate-section" }
  public var description: String { "a group has two sections" }
  public var severity: Severity { .error }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ 1️⃣cms (Burt)
           * 341 khour/day, 91% success
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
        ---+++ Operations
        ---++ LIGO (Britta, Robert E.)
        ---+++ Operations
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var first: [String: Int] = [:]
    var findings: [Finding] = []
    for entry in context.reportSections where entry.kind != .unknown {
      let key = entry.key
      let line = entry.section.headingIndex + 1
      if let earlier = first[key] {
        findings.append(
          finding(
            "second section '\(entry.section.name)' (the first is at line \(earlier); merge them)",
            line: line, column: entry.section.heading.titleColumn, in: context))
      } else {
        first[key] = line
      }
    }
    return findings
  }
}
