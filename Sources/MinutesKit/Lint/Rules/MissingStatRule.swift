/// `missing-stat`: a statistic the roster declares for a group is not in the
/// group's section (reworded, or left out). An empty section is
/// empty-section's to report; a group that is away or not due owes none.
public struct MissingStatRule: LintRule {
  public init() {}
  public var id: String { "missing-stat" }
  public var description: String {
    "a declared statistic's shape is absent from its group's section"
  }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ 1️⃣CMS (Burt)
           * Machine: LHC back up with proton-proton running
           * 341 khours per day
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * Last week: 383 KHOUR/DAY,  94% "success".
        ---++ LIGO (Britta, Robert E.)
        ---+++ Gratia Reports
           * This week's total usage: 4 users utilized 21 sites
              * 74775 jobs total (60156 / 14619 = 80.4% success)
        ---++ Engage (Mats, John)
        """),
      // LIGO's owners are away on 2011-03-22: a note instead of figures is fine.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Not reporting this week (away)
        """, roster: .exampleWithAbsences),
      RuleExample(
        """
        ---++ 1️⃣2️⃣LIGO (Britta, Robert E.)
           * Back from vacation, figures next week
        """, roster: .exampleWithAbsences, path: "Apr5,2011ProductionMeeting.txt"),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    // By index: groups and declarations are read in place, not copied.
    let sections = context.reportSections
    let groups = context.roster.groups
    let occurrences = context.statOccurrences
    // The statistics found in each section, by the section's position and
    // the statistic's name: one pass over the occurrences rather than one
    // per section and statistic, which was quadratic in a page of many
    // sections of one group.
    var found: [Int: Set<String>] = [:]
    for occurrence in occurrences {
      guard let entry = context.reportSectionIndex(containing: occurrence.lineIndex) else {
        continue
      }
      found[entry, default: []].insert(occurrence.stat.name)
    }
    for entry in sections.indices {
      guard let groupIndex = sections[entry].groupIndex, !groups[groupIndex].stats.isEmpty,
        context.attendance(ofGroupAt: groupIndex) == .due
      else { continue }
      let section = sections[entry].section
      guard context.hasReport(sectionAt: entry) else { continue }
      let stats = groups[groupIndex].stats
      for position in stats.indices {
        guard found[entry]?.contains(stats[position].name) != true,
          let skeleton = stats[position].skeleton(blank: context.roster.meeting.blank)
        else {
          continue
        }
        let (stat, group) = (stats[position], groups[groupIndex])
        findings.append(
          finding(
            "no '\(stat.name)' statistic in section '\(group.name)' "
              + "(expected '\(skeleton)')",
            line: section.headingIndex + 1, column: section.heading.titleColumn, in: context))
      }
    }
    return findings
  }
}
