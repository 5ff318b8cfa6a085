/// `empty-bullet`: a bullet with nothing after `*` shows as a stray dot on
/// the page; the skeleton leaves them for owners to fill. Not reported: the
/// empty slot of a carrying section (empty in a week with nothing to carry)
/// and the bullets of a group section with no report, which `empty-section`
/// reports once, and the empty sub-bullets of a statistic in a section that
/// says why its figures are missing (``FigureAbsence``), nor, before
/// `--final`, the empty bullet of the attendee list, which is filled in
/// after the meeting.
public struct EmptyBulletRule: LintRule {
  public init() {}
  public var id: String { "empty-bullet" }
  public var description: String { "a bullet with nothing after '*'" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ Action/Significant Items:
           * Britta to file a ticket about the missing metrics report
           1️⃣* 
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: 4 users utilized 21 sites
              2️⃣*
        ---++ Engage (Mats, John)
           * General production status
              3️⃣* 
           * Glidein factory tests ran at two sites
        """),
      // The attendee list is filled in after the meeting: `--final` asks.
      RuleExample(
        """
        ---++ Attendees:
           * 
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        """),
      RuleExample(
        """
        ---++ Attendees:
           * Burt, Dan
           1️⃣* 
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        """, isFinal: true),
      // The empty slot of a carrying section with nothing to carry, and the
      // template bullets of a section nobody filled in (reported once, as
      // `empty-section`).
      RuleExample(
        """
        ---++ Action/Significant Items:
           * 
        ---++ CMS (Burt)
           * 
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: 4 users utilized 21 sites
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        <verbatim>
           * 
        </verbatim>
        """),
      // The section says why its figures are missing: the empty slots
      // under its statistic are no gap (the label's empty bullet still is).
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage:  users utilized  sites
              * 
           * General production status
              1️⃣* 
           * I (Britta) am on vacation this week
        """),
      // Engage reports only when it has news: its template bullet, left
      // empty, is no gap.
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ Engage (Mats, John)
           * 
        """, roster: .exampleOverTime),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let lines = context.topic.lines
    return lines.indices.compactMap { index in
      let line = lines[index]
      guard case .bullet(let item) = line.kind, item.text.isEmpty,
        !LintText.isEmptyCarrySlot(lineAt: index, in: context),
        !LintText.isInUnreportedGroupSection(lineAt: index, in: context),
        !(context.explainsMissingFigures(lineAt: index)
          && EmptyBulletRule.isUnderStatistic(index, in: context)),
        context.isFinal || !EmptyBulletRule.isInAttendees(index, in: context)
      else { return nil }
      if let label = EmptyBulletRule.label(over: index, in: lines) {
        return finding(
          "nothing under '\(label)' (write the report there, or remove both lines)",
          line: line.number, column: item.markerColumn, in: context)
      }
      return finding("empty bullet", line: line.number, column: item.markerColumn, in: context)
    }
  }

  /// Whether the line at `index` lies in the attendee list, which is filled
  /// in after the meeting (`--final` checks it).
  static func isInAttendees(_ index: Int, in context: LintContext) -> Bool {
    guard let entry = context.reportSectionIndex(containing: index) else { return false }
    return context.reportSections[entry].kind == .fixed
      && context.reportSections[entry].key == "attendees"
  }

  /// Whether the empty bullet at `index` is a sub-bullet of a line holding
  /// a statistic: a slot for its figures.
  static func isUnderStatistic(_ index: Int, in context: LintContext) -> Bool {
    let lines = context.topic.lines
    guard let empty = listItem(lines[index].kind) else { return false }
    var above = index - 1
    while above >= 0, let item = listItem(lines[above].kind) {
      if LintText.indentWidth(item) < LintText.indentWidth(empty) {
        return !context.occurrences(onLine: above).isEmpty
      }
      above -= 1
    }
    return false
  }

  /// The text of the item right above an empty sub-bullet that is all it
  /// holds: a template label ("General production status") left unfilled.
  static func label(over index: Int, in lines: [Line]) -> String? {
    guard index > 0, let empty = listItem(lines[index].kind),
      let parent = listItem(lines[index - 1].kind),
      LintText.indentWidth(parent) < LintText.indentWidth(empty), !parent.text.isEmpty,
      !LintText.containsNumber(parent.text),
      ByteSearch.spaceSeparatedWordCount(parent.text, limit: LintText.labelWords)
        <= LintText.labelWords
    else { return nil }
    if index + 1 < lines.count, let next = listItem(lines[index + 1].kind),
      LintText.indentWidth(next) > LintText.indentWidth(parent)
    {
      return nil
    }
    return parent.text
  }
}
