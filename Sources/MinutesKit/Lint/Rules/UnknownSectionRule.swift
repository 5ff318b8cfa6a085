/// `unknown-section`: a heading that is neither a roster group nor one of the
/// headings every page carries; usually a misspelt group or a sub-heading
/// written one level too high. Said once over time: on the whole page, a
/// heading a page of the last five filled meetings also had (by ``nameKey(_:)``,
/// ``RecentReports``) is a section the meeting has been keeping, a group
/// renamed or a heading added since the roster was written, and was said on
/// the first page that had it.
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

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    // Prepared at the first unknown heading: most pages have none.
    var candidates: Suggestion.Candidates?
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
      let name = entry.section.name
      var message = "section '\(name)' is not a roster group or a standard heading"
      let guesses =
        candidates
        ?? Suggestion.Candidates(
          context.roster.groups.map(\.name) + ["Attendees"] + context.roster.carry.sections)
      candidates = guesses
      if let close = guesses.closest(to: name, budget: &budget) {
        message += " (did you mean '\(close)'?)"
      } else if entry.section.owners != nil {
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
