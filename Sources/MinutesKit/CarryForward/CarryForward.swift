/// Writes last week's open items into next week's topic.
///
/// Nothing open is lost (an item whose section is not in the new topic goes
/// into the first carrying section, with a note of where it came from),
/// nothing is written twice, nothing closed comes along, and the previous
/// topic is never changed.
public enum CarryForward {
  /// The new topic with the previous topic's open items, actions and
  /// roll-over blocks written in, and a report of what went where.
  ///
  /// The result uses the previous topic's line ending on every line.
  public static func apply(
    from previous: Topic, previousDate: MeetingDate, to new: Topic, roster: Roster
  ) -> (Topic, CarryReport) {
    apply(
      OpenItems.find(in: previous, date: previousDate, roster: roster), from: previous,
      to: new, roster: roster)
  }

  /// `apply` with the previous topic's open items already found (`new`
  /// lists them for `--dry-run` and the report too).
  /// With the new meeting's `date`, a group that does not report that day
  /// (away, or not due) gets no roll-over block under its "Not reporting".
  static func apply(
    _ items: [CarriedItem], from previous: Topic, to new: Topic, roster: Roster,
    date: MeetingDate? = nil
  ) -> (Topic, CarryReport) {
    var report = CarryReport()
    var edits: [Edit] = []
    var topic = new

    // A new topic without any carrying section gets the first one, before its
    // first heading, so that relocated items have a place to go.
    let needsCarrySection = items.contains {
      $0.kind != .rollover
        && ($0.label == nil
          || matchingSection(in: new, name: $0.section, path: $0.sectionPath) == nil)
    }
    if needsCarrySection && firstCarryingSection(in: topic, roster: roster) == nil,
      let name = roster.carry.sections.first
    {
      let at = topic.lines.firstIndex { if case .heading = $0.kind { true } else { false } }
      topic = topic.replacingLines(
        in: (at ?? topic.lines.count)..<(at ?? topic.lines.count), with: ["---++ \(name)", ""])
      report.createdSection = name
    }

    var bySection: [Int: [[String]]] = [:]
    var sectionOrder: [Int] = []
    var byLabel: [LabelTarget: [[String]]] = [:]
    var labelOrder: [LabelTarget] = []
    for item in items where item.kind != .rollover {
      // An item under a carried label goes under that label of its section.
      if let label = item.label,
        let section = matchingSection(in: topic, name: item.section, path: item.sectionPath)
      {
        let existing = Set(topic.lines[section.bodyRange].map { CarriedItem.key($0.text) })
        if existing.contains(CarriedItem.key(item.lines[0])) {
          report.duplicates.append(item)
          continue
        }
        let target = LabelTarget(headingIndex: section.headingIndex, label: label)
        if byLabel[target] == nil { labelOrder.append(target) }
        byLabel[target, default: []].append(item.lines)
        report.placed.append(
          CarryReport.Placement(item: item, section: section.name, relocatedFrom: nil, label: label)
        )
        continue
      }
      var lines = item.lines
      var target = matchingSection(in: topic, name: item.section, path: item.sectionPath)
      var relocatedFrom: String?
      if target == nil || (item.kind == .item && !isCarrying(target!, roster)) {
        target = firstCarryingSection(in: topic, roster: roster)
        relocatedFrom = item.section ?? "(before the first heading)"
        let note = RelocationNote.text(section: relocatedFrom!)
        if RelocationNote.find(in: lines[0]) == nil {
          lines[0] = insertBeforeOriginNote(note, in: lines[0])
        }
      }
      guard let section = target else { continue }
      let existing = Set(topic.lines[section.ownBodyRange].map { CarriedItem.key($0.text) })
      if existing.contains(CarriedItem.key(lines[0])) {
        report.duplicates.append(item)
        continue
      }
      if bySection[section.headingIndex] == nil { sectionOrder.append(section.headingIndex) }
      bySection[section.headingIndex, default: []].append(lines)
      report.placed.append(
        CarryReport.Placement(item: item, section: section.name, relocatedFrom: relocatedFrom))
    }
    for headingIndex in sectionOrder {
      guard let section = topic.allSections.first(where: { $0.headingIndex == headingIndex }) else {
        continue
      }
      edits.append(insertion(of: bySection[headingIndex]!.flatMap { $0 }, into: section, of: topic))
    }
    for target in labelOrder {
      guard
        let section = topic.allSections.first(where: { $0.headingIndex == target.headingIndex })
      else { continue }
      edits.append(
        insertion(of: byLabel[target]!, under: target.label, into: section, of: topic))
    }

    // Only the groups of the new meeting's day get roll-over blocks.
    for group in (date.map(roster.asOf) ?? roster).groups {
      for rollover in group.rollovers {
        let item = items.first {
          $0.kind == .rollover && $0.group == group.name && $0.rollover == rollover
        }
        if item != nil, let date, !group.isDue(on: date).writesSection {
          let result: CarryReport.RolloverOutcome.Result =
            group.isDue(on: date) == .away ? .groupAway : .groupNotDue
          report.rollovers.append(
            CarryReport.RolloverOutcome(group: group.name, rollover: rollover, result: result))
          continue
        }
        let outcome = rolloverEdit(item, group: group, rollover: rollover, in: topic)
        if let edit = outcome.edit { edits.append(edit) }
        report.rollovers.append(
          CarryReport.RolloverOutcome(group: group.name, rollover: rollover, result: outcome.result)
        )
      }
    }

    edits.sort {
      ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound)
    }
    for edit in edits {
      topic = topic.replacingLines(in: edit.range, with: edit.lines)
    }
    return (topic.withLineEnding(previous.lineEnding), report)
  }

  struct Edit {
    var range: Range<Int>
    var lines: [String]
  }

  /// A carried label in one section of the new topic.
  struct LabelTarget: Hashable {
    var headingIndex: Int
    var label: String
  }

  /// Where items carried under a label go: under the section's bullet with
  /// that label, in place of its empty placeholder sub-bullets when those
  /// are all it holds, else after its last sub-item; a section without the
  /// label gets it, with the items, after its last line that is not blank.
  static func insertion(
    of items: [[String]], under label: String, into section: Section, of topic: Topic
  ) -> Edit {
    let range = section.ownBodyRange
    let lines = topic.lines
    for index in range {
      guard case .bullet(let head) = lines[index].kind,
        labelKey(head.text) == labelKey(label)
      else { continue }
      let carried = items.flatMap { reindented($0, headLevel: head.level + 1) }
      var end = index + 1
      while end < range.upperBound {
        if let sub = listItem(lines[end].kind), sub.level > head.level {
          end += 1
        } else if lines[end].kind == .text, lines[end].text.first == " " {
          end += 1
        } else {
          break
        }
      }
      let subItems = (index + 1)..<end
      let allEmpty = subItems.allSatisfy { listItem(lines[$0].kind)?.text.isEmpty ?? false }
      if !subItems.isEmpty, allEmpty {
        return Edit(range: subItems, lines: carried)
      }
      return Edit(range: end..<end, lines: carried)
    }
    let content = range.filter { lines[$0].kind != .blank }
    let at = (content.last ?? section.headingIndex) + 1
    return Edit(
      range: at..<at, lines: ["   * \(label)"] + items.flatMap { reindented($0, headLevel: 2) })
  }

  /// Carried lines moved so that their first item stands at `headLevel`,
  /// deeper items and continuation lines moved with it.
  static func reindented(_ texts: [String], headLevel: Int) -> [String] {
    guard let first = texts.first, let head = listItem(LineClassifier.kind(of: first)),
      head.level != headLevel
    else { return texts }
    let shift = headLevel - head.level
    return texts.map { text in
      if let item = listItem(LineClassifier.kind(of: text)) {
        let rest = String(
          decoding: Array(text.utf8).dropFirst(item.indentation.utf8.count), as: UTF8.self)
        return String(repeating: "   ", count: max(1, item.level + shift)) + rest
      }
      if shift > 0 { return String(repeating: "   ", count: shift) + text }
      var result = Substring(text)
      var dropped = 0
      while dropped < -shift * 3, let space = result.first, space == " " {
        result = result.dropFirst()
        dropped += 1
      }
      return String(result)
    }
  }

  static func isCarrying(_ section: Section, _ roster: Roster) -> Bool {
    roster.carry.sections.contains { nameKey($0) == nameKey(section.name) }
  }

  /// The first section named like a carrying section, in the roster's order.
  static func firstCarryingSection(in topic: Topic, roster: Roster) -> Section? {
    for name in roster.carry.sections {
      if let section = topic.allSections.first(where: { nameKey($0.name) == nameKey(name) }) {
        return section
      }
    }
    return nil
  }

  /// The section called `name`; among several, the one under the same
  /// enclosing sections.
  static func matchingSection(in topic: Topic, name: String?, path: [String]) -> Section? {
    guard let name else { return nil }
    var candidates: [(Section, [String])] = []
    func visit(_ sections: [Section], _ trail: [String]) {
      for section in sections {
        if nameKey(section.name) == nameKey(name) { candidates.append((section, trail)) }
        visit(section.children, trail + [nameKey(section.name)])
      }
    }
    visit(topic.sections, [])
    let wanted = path.map(nameKey)
    return candidates.first { $0.1 == wanted }?.0 ?? candidates.first?.0
  }

  static func insertBeforeOriginNote(_ note: String, in line: String) -> String {
    guard let origin = OriginNote.find(in: line) else { return line + " " + note }
    var result = line
    result.insert(contentsOf: note + " ", at: origin.range.lowerBound)
    return result
  }

  /// Where carried lines go in a section: in place of the template's empty
  /// placeholder bullets when they are all the section holds, else after its
  /// last line that is not blank (right after the heading when it is empty).
  static func insertion(of lines: [String], into section: Section, of topic: Topic) -> Edit {
    let range = section.ownBodyRange
    let content = range.filter { topic.lines[$0].kind != .blank }
    let placeholders = content.filter {
      if case .bullet(let item) = topic.lines[$0].kind { item.text.isEmpty } else { false }
    }
    if !content.isEmpty, placeholders == content,
      let first = content.first, let last = content.last, last - first + 1 == content.count
    {
      return Edit(range: first..<(last + 1), lines: lines)
    }
    let at = (content.last ?? section.headingIndex) + 1
    return Edit(range: at..<at, lines: lines)
  }

  /// A roll-over: the previous topic's block replaces the template's `to`
  /// block; without one it goes after the `from` block, or at the end of
  /// the group's section.
  static func rolloverEdit(
    _ item: CarriedItem?, group: Group, rollover: Rollover, in topic: Topic
  ) -> (edit: Edit?, result: CarryReport.RolloverOutcome.Result) {
    guard let item else { return (nil, .notInPrevious) }
    guard let section = topic.section(forGroup: group.name) else { return (nil, .groupMissing) }
    let toLabel = Rollover(from: rollover.to, to: rollover.to)
    if let target = bulletBlock(labelled: toLabel, in: section, of: topic) {
      return (Edit(range: target, lines: item.lines), .replaced)
    }
    if let from = bulletBlock(labelled: rollover, in: section, of: topic) {
      return (Edit(range: from.upperBound..<from.upperBound, lines: item.lines), .inserted)
    }
    let content = section.bodyRange.filter { topic.lines[$0].kind != .blank }
    let at = (content.last ?? section.headingIndex) + 1
    return (Edit(range: at..<at, lines: item.lines), .inserted)
  }

  /// The lines of the first bullet in `section` that starts with the
  /// roll-over's `from` label, with its sub-items.
  static func bulletBlock(labelled rollover: Rollover, in section: Section, of topic: Topic)
    -> Range<Int>?
  {
    for index in section.bodyRange {
      guard case .bullet(let item) = topic.lines[index].kind,
        rollover.matchingLabel(item.text) != nil
      else { continue }
      var end = index + 1
      while end < section.bodyRange.upperBound, let sub = listItem(topic.lines[end].kind),
        sub.level > item.level
      {
        end += 1
      }
      return index..<end
    }
    return nil
  }
}

/// What `CarryForward.apply` did, for `new` to print and tests to check.
public struct CarryReport: Sendable, Equatable {
  public struct Placement: Sendable, Equatable {
    public var item: CarriedItem
    /// The section of the new topic it was written into.
    public var section: String
    /// The section it was in, when that section is not in the new topic.
    public var relocatedFrom: String?
    /// The label it went under, for an item of a carried label.
    public var label: String? = nil
  }

  public struct RolloverOutcome: Sendable, Equatable {
    public enum Result: String, Sendable, Equatable {
      /// The previous block replaced the template's blank `to` block.
      case replaced
      /// The new topic had no `to` block: the previous block was added.
      case inserted
      /// The previous topic has no `from` block: nothing to roll over.
      case notInPrevious
      /// The new topic has no section for the group.
      case groupMissing
      /// The group's owners are away at the new meeting.
      case groupAway
      /// The group's cadence skips the new meeting.
      case groupNotDue
    }
    public var group: String
    public var rollover: Rollover
    public var result: Result
  }

  public var placed: [Placement] = []
  /// Items the new topic already holds (same text in the same section).
  public var duplicates: [CarriedItem] = []
  public var rollovers: [RolloverOutcome] = []
  /// The carrying section added to a new topic that had none.
  public var createdSection: String?
  /// What the coordinator should know before using the new topic (a
  /// previous topic older than last week's meeting); `new` prints them as
  /// warnings.
  public var warnings: [String] = []

  public init() {}

  /// One line per thing worth telling the coordinator.
  public var messages: [String] {
    var result: [String] = []
    if let createdSection {
      result.append("the new topic has no '\(createdSection)' section: added one for carried items")
    }
    var counts: [(String, Int)] = []
    for placement in placed {
      let place =
        "'\(placement.section)'" + (placement.label.map { " under '\($0)'" } ?? "")
      if let index = counts.firstIndex(where: { $0.0 == place }) {
        counts[index].1 += 1
      } else {
        counts.append((place, 1))
      }
    }
    for (place, count) in counts {
      result.append("carried \(count) item\(count == 1 ? "" : "s") into \(place)")
    }
    for placement in placed {
      if let parent = placement.item.doneParent {
        result.append(
          "item from line \(parent) is marked done but its sub-item from line "
            + "\(placement.item.line) is open: carried the sub-item on its own")
      }
    }
    for placement in placed {
      if let from = placement.relocatedFrom {
        result.append(
          "section '\(from)' is not in the new topic: its item from line \(placement.item.line) "
            + "went into '\(placement.section)'")
      }
    }
    for item in duplicates {
      result.append("item from line \(item.line) is already in the new topic: not carried again")
    }
    for outcome in rollovers {
      switch outcome.result {
      case .replaced, .inserted:
        result.append(
          "rolled '\(outcome.rollover.from)' over to '\(outcome.rollover.to)' in \(outcome.group)")
      case .notInPrevious:
        result.append(
          "nothing to roll over for \(outcome.group): no '\(outcome.rollover.from)' bullet in "
            + "the previous topic")
      case .groupMissing:
        result.append(
          "the new topic has no section for \(outcome.group): '\(outcome.rollover.from)' not rolled over"
        )
      case .groupAway, .groupNotDue:
        let why = outcome.result == .groupAway ? "away" : "not due"
        result.append(
          "\(outcome.group) does not report this week (\(why)): '\(outcome.rollover.from)' "
            + "not rolled over")
      }
    }
    return result
  }
}
