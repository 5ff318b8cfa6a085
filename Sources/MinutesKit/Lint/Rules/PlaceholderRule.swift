/// `placeholder`: template text left in a report. The attendees phrase is
/// expected until the meeting, so it is only reported with `--final`; every
/// placeholder is an error then. A `???` glued to a word ("(Anand???)") is
/// punctuation in prose, not a placeholder; the placeholders of a section
/// nobody filled in go with that section's `empty-section` finding.
public struct PlaceholderRule: LintRule {
  public init() {}
  public var id: String { "placeholder" }
  public var description: String {
    "template text left in: \"(to be updated after the meeting)\", TBD, TODO, XXX, FIXME, ___, ???"
  }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ CMS (Burt)
           * Tier 1 downtime: 1️⃣TBD
           * 2️⃣??? sites upgraded, 3️⃣FIXME
        """),
      RuleExample(
        """
        ---++ Attendees:
           * 1️⃣(to be updated after the meeting) Burt, Dan
        """, isFinal: true),
      RuleExample(
        """
        ---++ Attendees:
           * (to be updated after the meeting) Burt, Dan
        ---++ Engage (Mats, John)
           * Opportunistic usage: ___
        ---++ CMS (Burt)
           * The todo list is shorter; XXXL jobs ran at Nebraska
           * ___ khour/day, ___% success
           * Sites contacted (Anand???), answers expected this week
        <verbatim>
        TODO: not rendered
        </verbatim>
        <!-- TBD: a comment is not shown -->
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let severity = context.isFinal ? Severity.error : self.severity
    var findings: [Finding] = []
    let isAttendees = context.reportSections.map { $0.key == "attendees" }
    let lines = context.topic.lines
    var unreported: [Int: Bool] = [:]
    for index in lines.indices {
      guard lines[index].kind.holdsWriting || lines[index].kind.isHeading else { continue }
      // Found once for the page; the line is copied only when it holds one.
      let placeholders = context.placeholders(onLine: index)
      if placeholders.isEmpty { continue }
      let line = lines[index]
      let slots = context.occurrences(onLine: index).flatMap(\.match.slots).filter {
        $0.figure == nil && !$0.marker.isEmpty
      }
      .map { $0.offset..<$0.offset + $0.marker.utf8.count }
      .sorted { $0.lowerBound < $1.lowerBound }
      let inAttendees =
        context.reportSectionIndex(containing: index).map { isAttendees[$0] } ?? false
      // A section nobody filled in is `empty-section`'s to report, once.
      // Asked only for a line with a placeholder left to report: a page of
      // blank statistics (`?` is also the blank marker) asks it for none.
      // It depends on the section only: asked once per section.
      let sectionPosition = context.reportSectionIndex(containing: index) ?? -1
      var isUnreported = unreported[sectionPosition]
      // Both in line order: one pointer into the slots, so that a line of
      // many blank statistics is not quadratic.
      var slot = 0
      for placeholder in placeholders {
        while slot < slots.count && slots[slot].upperBound <= placeholder.range.lowerBound {
          slot += 1
        }
        // Blank statistics are reported by blank-stat.
        if slots[slot...].prefix(while: { $0.lowerBound < placeholder.range.upperBound })
          .contains(where: { $0.overlaps(placeholder.range) })
        {
          continue
        }
        if isUnreported == nil {
          isUnreported = LintText.isInUnreportedGroupSection(lineAt: index, in: context)
          unreported[sectionPosition] = isUnreported
        }
        if isUnreported == true { break }
        let isAttendeesPhrase = placeholder.text == LintText.attendeesPlaceholder
        if isAttendeesPhrase && inAttendees && !context.isFinal { continue }
        let advice =
          isAttendeesPhrase && inAttendees ? "list who attended" : "replace it with the report"
        findings.append(
          finding(
            "placeholder '\(placeholder.text)' left in (\(advice))", line: line.number,
            column: placeholder.range.lowerBound + 1, in: context, severity: severity))
      }
    }
    return findings
  }
}
