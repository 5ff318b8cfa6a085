/// `missing-section`: every roster group alive on the meeting's day reports
/// under its own heading, even when it has nothing to say that week, unless
/// it is away or not due then, or reports only when it has news. On the
/// whole page, a quiet group (``RecentReports``) would leave the heading
/// empty: its absence is no gap.
public struct MissingSectionRule: LintRule {
  public init() {}
  public var id: String { "missing-section" }
  public var description: String { "a roster group has no section (an error with --final)" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        1️⃣---++ Engage (Mats, John)
           * New users from the campus grid
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        1️⃣---++ Engage (Mats, John)
           * New users from the campus grid
        """, isFinal: true),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites
        ---++ Engage (Mats, John)
        """),
      RuleExample(
        """
        ---++ Engage (Mats, John)
           * Only Engage's section is checked here
        """, group: "Engage"),
      // LIGO is away and Engage not due on 2011-03-22 (the meeting in the file name).
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        """, roster: .exampleWithAbsences, isFinal: true),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        1️⃣---++ The full report with links is available at %SCRIPTURL{view}%/Production/WeeklyProductionMeetings
        """, roster: .exampleWithAbsences, path: "Mar29,2011ProductionMeeting.txt"),
      // On 2011-03-22 LIGO has ended, Campus has not started, and Engage
      // reports only when it has news.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        """, roster: .exampleOverTime, isFinal: true),
      // On 2011-04-05 Campus has started.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        1️⃣---++ The full report with links is available at %SCRIPTURL{view}%/Production/WeeklyProductionMeetings
        """, roster: .exampleOverTime, path: "Apr5,2011ProductionMeeting.txt"),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    // Keys worked out once (per roster, per section), groups copied only
    // when missing: this runs for every topic.
    // By position in the roster: a heading may use another of the group's
    // names (a former name, an alias).
    var present: Set<Int> = []
    let sections = context.reportSections
    for index in sections.indices {
      if let groupIndex = sections[index].groupIndex { present.insert(groupIndex) }
    }
    var findings: [Finding] = []
    let groups = context.roster.groups.indices
    // Point where a missing section belongs: at the first heading on the
    // page of a group later in the roster, else at the closing heading, else
    // at the end. Worked out for all groups in one pass from the last: for
    // each roster position, the first heading of a later group.
    var firstHeading = [Int?](repeating: nil, count: groups.count)
    for index in sections.indices.reversed() {
      if let groupIndex = sections[index].groupIndex {
        firstHeading[groupIndex] = sections[index].section.headingIndex
      }
    }
    var laterHeading = [Int?](repeating: nil, count: groups.count)
    var earliest: Int? = nil
    for position in groups.reversed() {
      laterHeading[position] = earliest
      if let heading = firstHeading[position] { earliest = min(earliest ?? heading, heading) }
    }
    let closing = context.reportSections.last(where: {
      $0.kind == .fixed && $0.section.name.lowercased().hasPrefix("the full report")
    })?.section.headingIndex
    for position in groups where !present.contains(position) {
      let group = context.roster.groups[position]
      guard context.attendance(of: group) == .due else { continue }
      // A group that has not been writing lately would leave the heading
      // empty: on the whole page its absence is no gap (``RecentReports``).
      if context.selectedGroup == nil,
        context.recentReports.isQuiet(group.id, asOf: context.meetingDate)
      {
        continue
      }
      let anchor = laterHeading[position] ?? closing ?? max(0, context.topic.lines.count - 1)
      let selected =
        context.selectedGroup.map { nameKey($0.name) == nameKey(group.name) } ?? false
      findings.append(
        finding(
          "no section for group '\(group.name)' (add '---++ \(group.name) (\(group.ownerList))')",
          line: anchor + 1, column: 1, in: context,
          severity: context.isFinal || selected ? .error : severity, group: nameKey(group.name)))
    }
    return findings
  }
}
