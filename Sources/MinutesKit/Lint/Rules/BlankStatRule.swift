/// `blank-stat`: a statistic is there but a figure is missing: a gap, `?`
/// or the skeleton's `___`. Not reported for a group that is away or not due,
/// nor in a section with no report at all (`empty-section` reports it once).
public struct BlankStatRule: LintRule {
  public init() {}
  public var id: String { "blank-stat" }
  public var description: String { "a statistic's shape is present with a slot left blank" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: 1️⃣ users utilized 2️⃣ sites
           * This week's total usage: 3️⃣? users utilized 4 sites
           * Last week's total usage: 4 users utilized 5️⃣___ sites
        ---++ CMS (Burt)
           * 6️⃣? khour/day, 91% success
        """),
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Previous week's total usage: 4 users utilized 21 sites
              * 74775 jobs total (60156 / 14619 = 80.4% success)
        ---++ Atlas (Armen & Xin)
           * ? users utilized ? sites (not a group with that statistic)
        """),
      // LIGO's owners are away on 2011-03-22: the skeleton may stay blank.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: ___ users utilized ___ sites
        """, roster: .exampleWithAbsences),
      // A section nobody filled in is `empty-section`'s to report, once.
      RuleExample(
        """
        ---++ CMS (Burt)
           * ___ khour/day, ___% success
        ---++ Atlas (Armen & Xin)
           * General production status
              * Smooth running
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    // By index: an occurrence (its group, its declaration) is copied only
    // when it has a blank slot.
    let occurrences = context.statOccurrences
    for position in occurrences.indices
    where occurrences[position].match.slots.contains(where: { $0.figure == nil })
      && context.attendance(of: occurrences[position].group) == .due
      && !LintText.isInUnreportedGroupSection(lineAt: occurrences[position].lineIndex, in: context)
    {
      let occurrence = occurrences[position]
      for slot in occurrence.match.blankSlots {
        let line = context.topic.lines[occurrence.lineIndex + slot.lineOffset]
        findings.append(
          finding(
            "blank figure '{\(slot.name)}' in \"\(occurrence.stat.shape)\"", line: line.number,
            column: slot.offset + 1, in: context))
      }
    }
    return findings
  }
}
