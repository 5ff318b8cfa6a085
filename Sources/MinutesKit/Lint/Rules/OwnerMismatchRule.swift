/// `owner-mismatch`: the heading tells readers whom to ask; it should name
/// the owners the roster has.
public struct OwnerMismatchRule: LintRule {
  public init() {}
  public var id: String { "owner-mismatch" }
  public var description: String { "a section heading's owners differ from the roster's" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ LIGO 1️⃣(Britta)
           * 4 users utilized 21 sites
        """),
      RuleExample(
        """
        ---++ 1️⃣Engage
           * New users
        """),
      RuleExample(
        """
        ---++ LIGO (Robert E. & Britta)
        ---++ Engage (Mats and John)
        ---++ CMS (burt)
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    for (section, group) in context.groupSections {
      let expected = group.owners.map(\.name)
      let line = context.topic.lines[section.headingIndex]
      guard let owners = section.owners else {
        findings.append(
          finding(
            "heading names no owners (expected '\(section.name) (\(group.ownerList))')",
            line: line.number, column: section.heading.titleColumn, in: context))
        continue
      }
      let key = { (names: [String]) in Set(names.map { Group.key($0) }) }
      guard key(owners) != key(expected) else { continue }
      findings.append(
        finding(
          "owners '\(owners.joined(separator: ", "))' differ from the roster's '\(group.ownerList)'",
          line: line.number, column: LintText.lastColumn(of: "(", in: line.text) ?? 1, in: context))
    }
    return findings
  }
}
