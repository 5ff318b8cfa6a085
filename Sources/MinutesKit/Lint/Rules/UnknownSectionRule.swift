/// `unknown-section`: a heading that is neither a roster group nor one of the
/// headings every page carries; usually a misspelt group or a sub-heading
/// written one level too high. Said once over time: on the whole page, a
/// heading a page of the last five filled meetings also had (by ``nameKey(_:)``,
/// ``RecentReports``) is a section the meeting has been keeping, a group
/// renamed or a heading added since the roster was written, and was said on
/// the first page that had it. Nor is a heading that names the people of a
/// group owing no section that week (its owners, or those its heading named
/// at a recent meeting): that group's section under another name.
public struct UnknownSectionRule: LintRule {
  public init() {}
  public var id: String { "unknown-section" }
  public var description: String { "a section that is no roster group (with the closest name)" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ 1️⃣Ligo Group (Britta, Robert E.)
           * 4 users utilized 21 sites
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ 1️⃣Operations This Week
           * Production release
        """),
      RuleExample(
        """
        ---++ Action/Significant Items:
           * Nothing new
        ---++ Attendees:
           * Burt, Dan
        ---++ LIGO (Britta, Robert E.)
        ---+++ Gratia Reports
           * 4 users utilized 21 sites
        ---++ The full report with links is available at https://twiki.example.org/Production
        """),
      // The heading is new since the previous meeting: said on this page.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ 1️⃣Operations This Week
           * Production release
        """, previous: "---++ CMS (Burt)\n   * 340 khour/day, 90% success\n"),
      // Engage, which reports only when it has news, under another name
      // for the week: its owners named, no section asked for.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ Campus Grids and Engage (Mats, John)
           * Two new users
        """, roster: .exampleOverTime),
      // Last week Engage's heading named Ann, who is no owner: the same
      // people under another heading are Engage's section.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ Outreach (Ann)
           * Two new users
        """, roster: .exampleOverTime,
        previous: "---++ CMS (Burt)\n   * 340 khour/day\n---++ Engage (Ann)\n   * A new user\n"),
      // Without that week, the heading is unknown.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ 1️⃣Outreach (Ann)
           * Two new users
        """, roster: .exampleOverTime),
      // The previous meeting had the heading too: said there already.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ Operations this week
           * Production release
        """,
        previous: "---++ CMS (Burt)\n   * 340 khour/day, 90% success\n"
          + "---++ Operations This Week\n   * New release\n"),
    ]
  }

  /// Units of work (about a character compared each) a page's guesses may
  /// take: some tens of milliseconds.
  static let guessBudget = 20_000_000

  /// The groups of a page that have no heading on it and owe no section,
  /// worked out once per page (at its first unknown heading that names
  /// someone), with the answers given so far by the names a heading wrote.
  struct UnowedGroups {
    /// Ids of the groups without a heading that owe no section.
    let ids: Set<String>
    /// Their owners of the day, as sorted name keys.
    let owners: Set<[String]>
    var answers: [[String]: Bool] = [:]

    init(_ context: LintContext) {
      let present = Set(context.reportSections.compactMap(\.groupIndex))
      let groups = context.roster.groups.indices.filter {
        !present.contains($0) && context.attendance(of: context.roster.groups[$0]) != .due
      }.map { context.roster.groups[$0] }
      ids = Set(groups.map(\.id))
      owners = Set(groups.map { $0.owners.map { nameKey($0.name) }.sorted() })
    }

    /// Whether a heading that names `written` is the section of one of these
    /// groups under another name for the week: it names the group's owners
    /// of the day, or the people its heading named at a recent meeting.
    /// (A group that owes its section keeps the finding: it says where the
    /// section went.)
    mutating func isRenamed(_ written: [String], in context: LintContext) -> Bool {
      guard !ids.isEmpty else { return false }
      if let known = answers[written] { return known }
      let answer =
        owners.contains(written.map(nameKey).sorted())
        || context.recentReports.group(
          headedBy: written, asOf: context.meetingDate, same: OwnerMismatchRule.sameOwners
        ).map(ids.contains) ?? false
      answers[written] = answer
      return answer
    }
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    // Prepared at the first unknown heading: most pages have none.
    var candidates: Suggestion.Candidates?
    // Prepared at the first unknown heading that names someone.
    var unowed: UnowedGroups?
    // Guesses for a page are bounded (``Suggestion/Candidates``): a real
    // page's few unknown headings get theirs long before it runs out.
    var budget = UnknownSectionRule.guessBudget
    var previousGroup: Int?
    let sections = context.reportSections
    for position in sections.indices {
      // By index: only unknown sections are copied; the previous group is
      // kept as its position in the roster.
      guard case .unknown = sections[position].kind else {
        previousGroup = sections[position].groupIndex
        continue
      }
      let entry = sections[position]
      if context.group == nil,
        context.recentReports.hadUnknownHeading(entry.key, asOf: context.meetingDate)
      {
        continue
      }
      if context.group == nil, let written = entry.owners, !written.isEmpty {
        // Taken out while it learns an answer, so that its answers are not copied.
        var groups = unowed ?? UnowedGroups(context)
        unowed = nil
        let renamed = groups.isRenamed(written, in: context)
        unowed = groups
        if renamed { continue }
      }
      let name = entry.section.name
      var message = "section '\(name)' is not a roster group or a standard heading"
      let guesses =
        candidates
        ?? Suggestion.Candidates(
          context.roster.groups.map(\.name) + ["Attendees"] + context.roster.carry.sections)
      candidates = guesses
      if let close = guesses.closest(to: name, budget: &budget) {
        message += " (did you mean '\(close)'?)"
      } else if entry.owners != nil {
        message += " (add it to the roster if it is a group)"
      } else if let previousGroup {
        let group = context.roster.groups[previousGroup]
        message += " (if it belongs to '\(group.name)', write it as a ---+++ sub-heading)"
      }
      findings.append(
        finding(
          message, line: entry.section.headingIndex + 1, column: entry.section.heading.titleColumn,
          in: context))
    }
    return findings
  }
}
