/// `blank-stat`: a statistic is there but a figure is missing: a gap, `?`
/// or the skeleton's `___`; a line with several blank figures is one finding
/// that names them. Not reported for a group that is away, not due or shown
/// absent by the attendee list, in a section with no report at all
/// (`empty-section` reports it once), nor in a section that says why its
/// figures are missing ("No metrics report this week", ``FigureAbsence``).
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
           * Current week's total usage: 1️⃣ users utilized  sites
           * This week's total usage: 2️⃣? users utilized 4 sites
           * Last week's total usage: 4 users utilized 3️⃣___ sites
        ---++ CMS (Burt)
           * 4️⃣? khour/day, 91% success
        """),
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * Previous week's total usage: 4 users utilized 21 sites
              * 74775 jobs total (60156 / 14619 = 80.4% success)
        ---++ Atlas (Armen & Xin)
           * ? users utilized ? sites (not a group with that statistic)
        """),
      // The page says why the figures are blank.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * This week's total usage: ? users utilized ? sites
              * No metrics report this week
           * 74775 jobs total (60156 / 14619 = 80.4% success)
        """),
      // The attendee list, filled in after the meeting, names neither of
      // LIGO's owners: nobody was there to give the figures.
      RuleExample(
        """
        ---++ Attendees:
           * Burt, Mats, Dan
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: ___ users utilized ___ sites
           * 74775 jobs total (60156 / 14619 = 80.4% success)
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
    // The blank slots of each line, in order: a line with several is one
    // finding that names them all.
    var byLine: [Int: [(slot: String, shape: String, column: Int)]] = [:]
    var order: [Int] = []
    // By index: an occurrence (its group, its declaration) is copied only
    // when it has a blank slot.
    let occurrences = context.statOccurrences
    for position in occurrences.indices
    where occurrences[position].match.slots.contains(where: { $0.figure == nil }) {
      let occurrence = occurrences[position]
      guard let entry = context.reportSectionIndex(containing: occurrence.lineIndex),
        let groupIndex = context.reportSections[entry].groupIndex,
        context.owesFigures(groupAt: groupIndex), context.hasReport(sectionAt: entry),
        !context.explainsMissingFigures(sectionAt: entry)
      else { continue }
      for slot in occurrence.match.blankSlots {
        let index = occurrence.lineIndex + slot.lineOffset
        if byLine[index] == nil { order.append(index) }
        byLine[index, default: []].append((slot.name, occurrence.stat.shape, slot.offset + 1))
      }
    }
    return order.sorted().map { index in
      let blanks = byLine[index]!
      let line = context.topic.lines[index]
      // Each slot named once, each shape once: a line repeating one
      // statistic is one name, with the count.
      var names: [String] = []
      var shapes: [String] = []
      var seenNames: Set<String> = []
      var seenShapes: Set<String> = []
      for blank in blanks {
        if seenNames.insert(blank.slot).inserted { names.append("'{\(blank.slot)}'") }
        if seenShapes.insert(blank.shape).inserted { shapes.append("\"\(blank.shape)\"") }
      }
      let repeated = blanks.count > names.count ? " (\(blanks.count) blanks on the line)" : ""
      let message =
        names.count == 1
        ? "blank figure \(names[0]) in \(shapes.joined(separator: " and "))\(repeated)"
        : "blank figures \(names.dropLast().joined(separator: ", ")) and \(names.last!) in "
          + shapes.joined(separator: " and ") + repeated
      return finding(message, line: line.number, column: blanks[0].column, in: context)
    }
  }
}
