/// `blank-value`: a `Label:` item with nothing after the colon, such as
/// "Recent Average Credit (RAC): " left from the template. Sub-items under
/// the label that carry text count as its value, and so do the group's
/// figures on the lines right after it at its own level. Not reported in a
/// group section that says why its figures are missing (``FigureAbsence``),
/// nor, on the whole page, for a standing item: a label the groups'
/// sections also held at the previous filled meeting (``RecentReports``),
/// whose blank value says there is no news of it this week.
public struct BlankValueRule: LintRule {
  public init() {}
  public var id: String { "blank-value" }
  public var description: String { "a 'Label:' line with nothing after the colon" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---+++ LIGO / E@OSG
           * Recent Average Credit (RAC):1️⃣ 
           * E@H rank based on RAC:2️⃣
           * Issues:3️⃣
              * 
        """),
      RuleExample(
        """
        ---++ Security (Mine)
           * Bugs/errors/support tickets: 
              * GOC ssl re-negotiation ticket is closed.
           * GGUS ticket opened to trace its progress :
             https://ggus.example.org/ticket=68768
         * Gratia reports:
           * Last week's total usage: 5 users utilized 34 sites
           * As of 11:30 EDT, this is what is known:

        The router serving the data center failed on Saturday morning.
           * E@H rank based on RAC: 2 (+-0)
           * Current week's total usage: ? users utilized ? sites
        """),
      // A label over the group's figures at its own level introduces them;
      // over other text it is blank.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Gratia reports:
           * Current week's total usage: 5 users utilized 37 sites
        ---++ CMS (Burt)
           * Issues with the site:1️⃣
           * Tickets: two open
        """),
      // A standing item, written last week too: its blank value is no news.
      RuleExample(
        """
        ---++ CMS (Burt)
           * Opportunistic storage for D0 : 
           * New item:1️⃣
        """, previous: "---++ CMS (Burt)\n   * Opportunistic storage for D0 : no update\n"),
      // A group section that says why its figures are missing owes none.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
        ---+++ LIGO / E@OSG
           * Recent Average Credit (RAC): 
        ---+++ LIGO / INSPIRAL
           * I (Britta) am on vacation this week
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let lines = context.topic.lines
    var findings: [Finding] = []
    for (index, line) in lines.enumerated() {
      let item: ListItem
      let label: String
      switch line.kind {
      case .bullet(let bullet):
        guard ByteSearch.hasSuffix(ascii: ":", in: bullet.text),
          bullet.text.dropLast().contains(where: \.isLetter)
        else {
          continue
        }
        item = bullet
        label = bullet.text
      case .definition(let term, let definition):
        guard definition.text.isEmpty else { continue }
        item = definition
        label = term + ":"
      default: continue
      }
      // A statistic on the line is blank-stat's to report; a section that
      // says why its figures are missing owes none.
      if !context.occurrences(onLine: index).isEmpty
        || context.explainsMissingFigures(lineAt: index)
      {
        continue
      }
      if valueFollows(index, indent: LintText.indentWidth(item), in: context) { continue }
      // A standing item, its label written at the previous meeting too: a
      // blank value says there is no news of it this week.
      if context.group == nil, let key = RecentReports.labelKey(label),
        context.recentReports.hadLabel(key, asOf: context.meetingDate)
      {
        continue
      }
      let column =
        item.text.isEmpty ? line.text.utf8.count + 1 : item.textColumn + item.text.utf8.count
      findings.append(
        finding("no value after '\(label)'", line: line.number, column: column, in: context))
    }
    return findings
  }

  /// Whether the lines under item `index` (deeper items, text that continues
  /// it, a verbatim block) carry its value.
  func valueFollows(_ index: Int, indent: Int, in context: LintContext) -> Bool {
    let lines = context.topic.lines
    var next = index + 1
    while next < lines.count {
      switch lines[next].kind {
      case .blank, .comment:
        break
      case .verbatim:
        return true
      case .text:
        return true
      case .bullet(let item), .numbered(let item), .definition(_, let item):
        // A label over the group's figures at its own level introduces them.
        guard LintText.indentWidth(item) > indent else {
          return !context.occurrences(onLine: next).isEmpty
        }
        if !item.text.isEmpty { return true }
      case .heading, .meta:
        return false
      }
      next += 1
    }
    return false
  }
}
