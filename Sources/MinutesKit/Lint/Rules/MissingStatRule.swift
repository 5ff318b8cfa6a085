/// `missing-stat`: a statistic the roster declares for a group is not in the
/// group's section (reworded, or left out) while others of its figures are:
/// one finding for the section, naming every figure missing. An empty
/// section is empty-section's to report; a group that is away, not due or
/// shown absent by the attendee list owes none; a section that holds none of
/// the group's figures is a report in words (except under `--group`, where an
/// owner checks their section before submitting it), and one that says why
/// figures are missing ("No metrics report this week", ``FigureAbsence``)
/// has answered. A group that reports when it has news (`reports:
/// when-news`) writes the figures of its news, and on the whole page owes
/// no others: only a figure whose line is there, broken, is missing. Said once over time: on the whole page, a figure the
/// group's report at the previous filled meeting also lacked
/// (``RecentReports``) is one the group has stopped writing; it was said on
/// the first page without it and is left out of the list.
public struct MissingStatRule: LintRule {
  public init() {}
  public var id: String { "missing-stat" }
  public var description: String {
    "a declared statistic's shape is absent from its group's section"
  }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      // LIGO reports when it has news: the figures of its news are enough.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * This week's total usage: 4 users utilized 21 sites
        """, roster: .exampleWithNewsGroup),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ 1️⃣LIGO (Britta, Robert E.)
           * This week's total usage: 4 users utilized 21 sites
           * 74775 jobs in all, 80% of them fine
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
      // None of the group's figures: the report is in words this week.
      RuleExample(
        """
        ---++ CMS (Burt)
           * Burt out for jury duty
        ---++ LIGO (Britta, Robert E.)
           | *Njobs* | *Wall* |
           | 77k | 872k |
        """),
      // An owner checking their section is asked for the figures.
      RuleExample(
        """
        ---++ 1️⃣CMS (Burt)
           * Quiet week
        """, group: "CMS"),
      // The page says why figures are missing.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * This week's total usage: 4 users utilized 21 sites
              * No metrics report this week
        """),
      // LIGO's owners are away on 2011-03-22: a note instead of figures is fine.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites, the rest next week
        """, roster: .exampleWithAbsences),
      RuleExample(
        """
        ---++ 1️⃣LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites, the rest next week
        """, roster: .exampleWithAbsences, path: "Apr5,2011ProductionMeeting.txt"),
      // LIGO stopped writing its job figures at the previous meeting: said
      // there. Its usage line, written then, is missing this week.
      RuleExample(
        """
        ---++ 1️⃣LIGO (Britta, Robert E.)
           * 74775 jobs total (60156 / 14619 = 80.4% success)
        """, previous: "---++ LIGO (Britta, Robert E.)\n   * 3 users utilized 20 sites\n"),
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * This week's total usage: 4 users utilized 21 sites
        """, previous: "---++ LIGO (Britta, Robert E.)\n   * 3 users utilized 20 sites\n"),
    ]
  }

  /// Whether a line of `section` holds the longest word of `stat`'s shape
  /// (`utilized` in `{users} users utilized {sites} sites`): the figure's
  /// line written, and broken.
  static func hasRemnant(of stat: StatDeclaration, in section: Section, context: LintContext)
    -> Bool
  {
    // The shape's words, from its literal parts as the matcher parsed them.
    let words = (stat.matcher?.shape.segments ?? []).flatMap { segment -> [Substring] in
      guard case .literal(let text) = segment else { return [] }
      return text.split { !$0.isLetter }
    }
    guard let longest = words.max(by: { $0.count < $1.count }), longest.count >= 4 else {
      return false
    }
    let needle = CaselessPattern(String(longest))
    return section.bodyRange.contains { needle.occurs(in: context.topic.lines[$0].text) }
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
    // By index too: an occurrence copied holds its group and declaration.
    for index in occurrences.indices {
      guard let entry = context.reportSectionIndex(containing: occurrences[index].lineIndex)
      else { continue }
      found[entry, default: []].insert(occurrences[index].stat.name)
    }
    for entry in sections.indices {
      guard let groupIndex = sections[entry].groupIndex, !groups[groupIndex].stats.isEmpty,
        context.owesFigures(groupAt: groupIndex), context.hasReport(sectionAt: entry),
        !context.explainsMissingFigures(sectionAt: entry)
      else { continue }
      // A section without any of its figures is a report in words, unless
      // an owner checks their section (`--group`, `submit`): that is when
      // the figures are asked for.
      let present = found[entry] ?? []
      if present.isEmpty && context.group == nil { continue }
      // A group that reports when it has news writes the figures of its
      // news, not a set: on the whole page only a figure whose line is
      // there, broken, is missing.
      let news = context.group == nil && context.attendance(ofGroupAt: groupIndex) == .whenNews
      let section = sections[entry].section
      let stats = groups[groupIndex].stats
      var missing: [(name: String, skeleton: String)] = []
      let group = groups[groupIndex]
      for position in stats.indices where !present.contains(stats[position].name) {
        if context.group == nil,
          context.recentReports.lackedStat(
            stats[position].name, group: group.id, asOf: context.meetingDate)
        {
          continue
        }
        if news, !MissingStatRule.hasRemnant(of: stats[position], in: section, context: context) {
          continue
        }
        guard let skeleton = stats[position].skeleton(blank: context.roster.meeting.blank)
        else { continue }
        missing.append((stats[position].name, skeleton))
      }
      guard !missing.isEmpty else { continue }
      let name = group.name
      let message: String
      // Read with hindsight: figures the group never wrote again are the
      // roster's to end, not the page's to add.
      let dropped =
        context.group == nil
        && missing.allSatisfy {
          context.recentReports.droppedStat($0.name, group: group.id, asOf: context.meetingDate)
        }
      if dropped {
        let names = missing.map { "'\($0.name)'" }.joined(separator: ", ")
        message =
          "\(names) no longer written in section '\(name)' from this meeting on (nor at the "
          + "reports after it): end \(missing.count == 1 ? "it" : "them") in the roster "
          + "(until: \(context.meetingDate.adding(days: -1).iso))"
      } else if missing.count == 1 {
        message =
          "no '\(missing[0].name)' statistic in section '\(name)' "
          + "(expected '\(missing[0].skeleton)')"
      } else {
        let names = missing.map { "'\($0.name)'" }
        message =
          "no \(names.dropLast().joined(separator: ", ")) or \(names[names.count - 1]) statistics in "
          + "section '\(name)' (expected \(missing.map { "'\($0.skeleton)'" }.joined(separator: ", ")))"
      }
      findings.append(
        finding(
          message, line: section.headingIndex + 1, column: section.heading.titleColumn,
          in: context))
    }
    return findings
  }
}
