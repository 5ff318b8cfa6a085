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
      // A merge left the heading twice as text: malformed-heading says so.
      RuleExample(
        """
        </del><ins>---++ Security (Mine)
        </ins><ins>---++ Security (Mine)
           * Audit results are in
        ---++ Security (Mine)
           * Audit results are in
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    // The first line of each key: a page of thousands of sections was
    // quadratic with a list searched in order.
    var findings: [Finding] = []
    let sections = context.reportSections
    var first: [String: Int] = [:]
    first.reserveCapacity(sections.count)
    for position in sections.indices {
      // By index: a section is copied only when it is reported.
      if case .unknown = sections[position].kind { continue }
      let key = sections[position].key
      let line = sections[position].section.headingIndex + 1
      // A heading TWiki shows as text (a merge leaves it beside the real
      // one) is malformed-heading's to report, once.
      if context.topic.lines[sections[position].section.headingIndex].kind == .text { continue }
      if let earlier = first[key] {
        let section = sections[position].section
        findings.append(
          finding(
            "second section '\(section.name)' (the first is at line \(earlier); merge them)",
            line: line, column: section.heading.titleColumn, in: context))
      } else {
        first[key] = line
      }
    }
    return findings
  }
}
