/// `empty-section`: a group that has not reported (a blank section, or only
/// empty bullets, placeholders and blank statistics). Before the meeting it
/// is a reminder; with `--final` an error, and the attendees must be listed.
/// A group that is away or not due that week (the roster's `away:` and
/// `reports:`), that reports only when it has news, or whose owners and
/// deputies the page's filled-in attendee list shows absent (none of them
/// listed, or all of them under "Apologies:"), owes no report. Nor, on the
/// whole page, does a group that has not been writing in its section lately
/// (``RecentReports``: at most one report in the last five filled meetings
/// before the topic, or none at the last two it owed, read by the runner;
/// with hindsight, fewer than two in three around it), nor one whose owner announced
/// at an earlier meeting they would be away (``AnnouncedAbsence``); `--group`
/// still reports it. The examples below have at most one earlier meeting,
/// so nobody is quiet in them.
public struct EmptySectionRule: LintRule {
  public init() {}
  public var id: String { "empty-section" }
  public var description: String {
    "a group section with no report (an error with --final, which also wants attendees)"
  }
  public var severity: Severity { .warning }
  /// Empty sections beside a single report from which the page is one
  /// finding: the page is still being filled in (chosen on the 2010 pages:
  /// docs/lint.md).
  static let foldAfter = 2

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ 1️⃣Engage (Mats, John)


        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ LIGO (Britta, Robert E.)
           * Binary Inspiral
              * One month work-flow on LIGO ITB fails
        """),
      // Only one group has reported and the others owe theirs: one finding
      // for the page, at the first empty section.
      RuleExample(
        """
        ---++ 1️⃣Engage (Mats, John)


        ---++ CMS (Burt)
           * 
           * ___ khour/day, ___% success
           * TBD
        ---++ LIGO (Britta, Robert E.)
           * Binary Inspiral
              * One month work-flow on LIGO ITB fails
        """),
      // Nobody has reported yet: one finding for the page. Template labels
      // over empty bullets and lines waiting for figures are no report.
      RuleExample(
        """
        ---++ 1️⃣CMS (Burt)
           * ___ khour/day, ___% success
        ---++ LIGO (Britta, Robert E.)
           * General production status
              * 
           * Data Transfer statistics for last week
              * BNL T1 data transfer rate was around ___TB/day in last week
        ---++ Engage (Mats, John)
           * 
        """),
      RuleExample(
        """
        ---++ Attendees:
           * 1️⃣
        ---++ 2️⃣Engage (Mats, John)
        """, isFinal: true),
      RuleExample(
        """
        ---++ Attendees:
           * (to be updated after the meeting)
        ---++ Engage (Mats, John)
           * No report this week: Mats is at a workshop
        ---++ LIGO (Britta, Robert E.)
        ---+++ LIGO / INSPIRAL
           * Britta is on vacation this week
        """),
      // A heading written twice: the report under the second is the group's
      // report (duplicate-section says the rest).
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
        ---++ LIGO (Britta, Robert E.)
           * 6 users utilized 36 sites
        ---++ Engage (Mats, John)
           * Three new campus users
        """),
      // LIGO is away and Engage not due on 2011-03-22; CMS is due.
      RuleExample(
        """
        ---++ Attendees:
           * Burt, Dan
        ---++ 1️⃣CMS (Burt)
           * 
        ---++ LIGO (Britta, Robert E.)
           * ___ users utilized ___ sites
        ---++ Engage (Mats, John)

        """, roster: .exampleWithAbsences, isFinal: true),
      // The attendee list, filled in after the meeting, names none of
      // Engage's owners: nobody was there to report. CMS's owner came.
      RuleExample(
        """
        ---++ Attendees:
           * Burt, Britta, Rob
        ---++ 1️⃣CMS (Burt)

        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites
        ---++ Engage (Mats, John)

        """),
      RuleExample(
        """
        ---++ Attendees:
           Apologies: Mats Rynge, John (travel)
        ---++ Engage (Mats, John)

        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites
        """),
      // Engage's report under sub-headings written one level too high
      // (unknown-section says so): no empty section.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ Engage (Mats, John)
        ---++ Operations Last Week
        ---++ Operations This Week
           * Two new users
        """),
      // LIGO's owner said last week she would be away this week.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ LIGO (Britta, Robert E.)

        ---++ Engage (Mats, John)
           * Three new campus users
        """,
        previous:
          "---++ LIGO (Britta, Robert E.)\n   * 4 users utilized 21 sites\n   * Britta on vacation next week\n"
      ),
      // Engage reports only when it has news: its empty section is no gap.
      RuleExample(
        """
        ---++ Attendees:
           * Burt, Dan
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ Engage (Mats, John)
           * 
        """, roster: .exampleOverTime, isFinal: true),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let severity = context.isFinal ? Severity.error : self.severity
    var findings: [Finding] = []
    let sections = context.reportSections
    // A group reports when any of its sections does: a heading written
    // twice is duplicate-section's to report, not a missing report.
    // A group that reported though it owed nothing (news, a week it was
    // not due) has started the page too.
    var reported: Set<Int> = []
    var due: Set<Int> = []
    reported.reserveCapacity(sections.count)
    due.reserveCapacity(sections.count)
    for position in sections.indices {
      guard let groupIndex = sections[position].groupIndex else { continue }
      if context.groupReports(sectionAt: position) {
        reported.insert(groupIndex)
      }
      guard context.attendance(ofGroupAt: groupIndex) == .due,
        !context.isShownAbsent(groupAt: groupIndex)
      else { continue }
      due.insert(groupIndex)
    }
    var empty: [(section: Section, group: Group)] = []
    for position in sections.indices {
      let section = sections[position].section
      if let groupIndex = sections[position].groupIndex {
        guard due.contains(groupIndex), !reported.contains(groupIndex) else { continue }
        empty.append((section, context.roster.groups[groupIndex]))
      } else if context.isFinal, case .fixed = sections[position].kind,
        sections[position].key == "attendees",
        !context.hasReport(sectionAt: position)
      {
        let line = section.bodyRange.first { context.topic.lines[$0].kind != .blank }
        let column: Int
        if let line, case .bullet(let item) = context.topic.lines[line].kind {
          column = item.textColumn
        } else {
          column = 1
        }
        findings.append(
          finding(
            "no attendees listed (list who attended)", line: (line ?? section.headingIndex) + 1,
            column: line == nil ? section.heading.titleColumn : column, in: context,
            severity: severity))
      }
    }
    // A group that has not been writing in its section lately leaves it
    // empty as a matter of course; its owner's own check still asks.
    // Nor does one whose owner said, at an earlier meeting, they would be
    // away now, or, at its next report, that they were.
    let owing =
      context.selectedGroup == nil
      ? empty.filter {
        !context.recentReports.isQuiet($0.group.id, asOf: context.meetingDate)
          && !context.recentReports.announcedAway($0.group.id, on: context.meetingDate)
          && !context.recentReports.cameBack($0.group.id, after: context.meetingDate)
      }
      : empty
    // A page on which no group, or only one of many, has reported yet is
    // one thing to act on (the page is still being filled in, or the
    // meeting went by without it), not one per group.
    let folded = reported.isEmpty ? empty : owing
    if context.selectedGroup == nil, let first = folded.first,
      reported.isEmpty ? due.count >= 2 : reported.count == 1 && owing.count >= Self.foldAfter
    {
      // Later meetings have been filled in since: a page that no group, or
      // one where several usually do, wrote went by without its meeting's
      // reports (not held, or not written up), and nobody will fill it now.
      if context.recentReports.hasGoneBy(context.meetingDate),
        reported.isEmpty
          || context.recentReports.isUnheld(reportCount: reported.count, on: context.meetingDate)
      {
        return findings.sorted { $0.location.line < $1.location.line }
      }
      var named: Set<String> = []
      let names = folded.map(\.group.name).filter { named.insert($0).inserted }
      let who =
        reported.first.map { "only \(context.roster.groups[$0].name) has reported" }
        ?? "no group has reported yet"
      findings.append(
        finding(
          "\(who) (\(names.count) empty sections: \(names.joined(separator: ", ")))",
          line: first.section.headingIndex + 1, column: first.section.heading.titleColumn,
          in: context, severity: severity))
      return findings.sorted { $0.location.line < $1.location.line }
    }
    for (section, group) in owing {
      findings.append(
        finding(
          "no report in section '\(group.name)' (owners: \(group.ownerList))",
          line: section.headingIndex + 1, column: section.heading.titleColumn, in: context,
          severity: severity))
    }
    return findings.sorted { $0.location.line < $1.location.line }
  }
}
