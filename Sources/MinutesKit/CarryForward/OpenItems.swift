import Foundation

/// Finding what a topic leaves open: the one definition that both `new`
/// (which carries these items) and `minutes items` (which lists them) use.
public enum OpenItems {
  /// The topic's open items, actions and roll-over blocks, in page order
  /// within each kind: items first, then actions outside carried items,
  /// then roll-overs.
  ///
  /// - Parameter date: the topic's meeting date, written into the origin
  ///   note of items that have none yet; nil leaves such items without a note.
  public static func find(in topic: Topic, date: MeetingDate?, roster: Roster) -> [CarriedItem] {
    var finder = Finder(topic: topic, date: date, rules: roster.carry)
    finder.collectItems()
    finder.collectActions()
    // The groups of the topic's own day, under the names it uses.
    finder.collectRollovers(groups: (date.map(roster.asOf) ?? roster).groups)
    var seen = Set<String>()
    return finder.result.filter { seen.insert($0.identity).inserted }
  }
}

/// A list item of any kind (bullet, numbered, definition).
func listItem(_ kind: LineKind) -> ListItem? {
  switch kind {
  case .bullet(let item), .numbered(let item), .definition(_, let item): item
  default: nil
  }
}

private struct Finder {
  let topic: Topic
  let date: MeetingDate?
  let rules: CarryRules
  let doneMarks: DoneMarks
  /// Actions by the index of the line they start on.
  let actions: [Int: TrackedAction]
  /// For every line, the innermost section it belongs to.
  let sectionOfLine: [Section?]
  let pathOfSection: [Int: [String]]
  /// Lines already written into some carried item.
  var covered = Set<Int>()
  var result: [CarriedItem] = []

  init(topic: Topic, date: MeetingDate?, rules: CarryRules) {
    self.topic = topic
    self.date = date
    self.rules = rules
    self.doneMarks = DoneMarks(rules.doneMarks)
    var actions: [Int: TrackedAction] = [:]
    for action in ActionTracker.actions(in: topic) { actions[action.startLine] = action }
    self.actions = actions
    var sectionOfLine = [Section?](repeating: nil, count: topic.lines.count)
    var paths: [Int: [String]] = [:]
    func visit(_ sections: [Section], path: [String]) {
      for section in sections {
        for index in section.lineRange { sectionOfLine[index] = section }
        paths[section.headingIndex] = path
        visit(section.children, path: path + [section.name])
      }
    }
    visit(topic.sections, path: [])
    self.sectionOfLine = sectionOfLine
    self.pathOfSection = paths
  }

  var lines: [Line] { topic.lines }

  func isCarrying(_ section: Section) -> Bool {
    rules.sections.contains { Group.key($0) == Group.key(section.name) }
  }

  /// The end (exclusive) of the list item at `start`: its deeper items,
  /// indented continuation lines and the rest of any action that starts in it.
  func blockEnd(from start: Int, limit: Int) -> Int {
    let level = listItem(lines[start].kind)?.level ?? 0
    var end = start
    var index = start
    while index < limit {
      if index > start {
        let line = lines[index]
        if let item = listItem(line.kind) {
          if item.level <= level { break }
        } else if line.kind == .text, line.text.first == " " || line.text.first == "\t" {
          // A continuation of the item above.
        } else {
          break
        }
      }
      if let action = actions[index] { index = max(index, action.endLine) }
      end = index + 1
      index += 1
    }
    return min(max(end, start + 1), limit)
  }

  /// Whether the line that starts a unit closes it: the state of an action
  /// that starts on it decides; otherwise the done marks do.
  func isClosed(at index: Int) -> Bool {
    if let action = actions[index] { return action.isClosed }
    return doneMarks.isDone(lines[index].text)
  }

  /// The lines of `start..<end` without sub-items that are empty or closed
  /// (each with its own sub-items): a done mark on a sub-item closes only it.
  func openLines(_ range: Range<Int>) -> [Int] {
    var kept = [range.lowerBound]
    var skipDeeperThan: Int?
    var index = range.lowerBound + 1
    while index < range.upperBound {
      let line = lines[index]
      let item = listItem(line.kind)
      if let limit = skipDeeperThan {
        if let item, item.level <= limit {
          skipDeeperThan = nil
        } else {
          index = (actions[index]?.endLine ?? index) + 1
          continue
        }
      }
      if let item, item.text.isEmpty || isClosed(at: index) {
        skipDeeperThan = item.level
        index = (actions[index]?.endLine ?? index) + 1
        continue
      }
      let last = actions[index]?.endLine ?? index
      kept.append(contentsOf: index...min(last, range.upperBound - 1))
      index = last + 1
    }
    return kept
  }

  func startsWithActionMarker(_ text: String) -> Bool {
    var body = Substring(text)
    while let first = body.first, "*_= ".contains(first) { body = body.dropFirst() }
    let lowered = body.lowercased()
    return rules.actionMarkers.contains { !$0.isEmpty && lowered.hasPrefix($0.lowercased()) }
  }

  mutating func collectItems() {
    for section in topic.allSections where isCarrying(section) {
      let range = section.ownBodyRange
      var index = range.lowerBound
      while index < range.upperBound {
        guard let item = listItem(lines[index].kind) else {
          index += 1
          continue
        }
        let end = blockEnd(from: index, limit: range.upperBound)
        defer { index = end }
        let text = OriginNote.removing(from: item.text)
        if text.isEmpty || isClosed(at: index) { continue }
        if rules.mode == .actions && !startsWithActionMarker(text) && actions[index] == nil {
          continue
        }
        append(.item, lines: openLines(index..<end), in: section)
      }
    }
  }

  mutating func collectActions() {
    for start in actions.keys.sorted() where !covered.contains(start) {
      guard let action = actions[start], !action.isClosed else { continue }
      let section = sectionOfLine[start]
      let limit = section.map { $0.children.first?.headingIndex ?? $0.bodyRange.upperBound }
      let end: Int
      if listItem(lines[start].kind) != nil {
        end = blockEnd(from: start, limit: max(limit ?? lines.count, start + 1))
      } else {
        end = action.endLine + 1
      }
      append(.action, lines: openLines(start..<end), in: section, action: action)
    }
  }

  mutating func collectRollovers(groups: [Group]) {
    for group in groups where !group.rollovers.isEmpty {
      guard let section = topic.section(forGroup: group.name) else { continue }
      for rollover in group.rollovers {
        for index in section.bodyRange {
          guard case .bullet(let item) = lines[index].kind,
            let label = rollover.matchingLabel(item.text)
          else { continue }
          let end = blockEnd(from: index, limit: section.bodyRange.upperBound)
          var block = (index..<end).map { lines[$0].text }
          let lead = String(
            decoding: Array(lines[index].text.utf8).prefix(item.textColumn - 1), as: UTF8.self)
          block[0] = lead + rollover.to + item.text.dropFirst(label.count)
          result.append(
            CarriedItem(
              kind: .rollover, section: sectionOfLine[index]?.name, sectionPath: [],
              line: index + 1, lines: block, since: nil, action: nil, group: group.name,
              rollover: rollover))
          break
        }
      }
    }
  }

  mutating func append(
    _ kind: CarriedItem.Kind, lines indices: [Int], in section: Section?,
    action: TrackedAction? = nil
  ) {
    covered.formUnion(indices)
    var texts = indices.map { ActionTracker.removingUID(from: lines[$0].text) }
    let head = lines[indices[0]].text
    let existing = OriginNote.date(in: head)
    let since = existing ?? date
    let headAction = action ?? actions[indices[0]]
    if existing == nil, let date {
      texts[0] = OriginNote.adding(to: texts[0], since: date, uid: headAction?.uid)
    }
    if kind == .action { texts = Finder.outdented(texts) }
    result.append(
      CarriedItem(
        kind: kind, section: section?.name,
        sectionPath: section.map { pathOfSection[$0.headingIndex] ?? [] } ?? [],
        line: indices[0] + 1, lines: texts, since: since, action: headAction, group: nil,
        rollover: nil))
  }

  /// A nested action carried on its own moves up to the first list level,
  /// its sub-items with it, so it does not hang under a parent left behind.
  static func outdented(_ texts: [String]) -> [String] {
    guard let first = texts.first, let head = listItem(LineClassifier.kind(of: first)),
      head.level > 1
    else { return texts }
    let shift = head.level - 1
    return texts.map { text in
      let kind = LineClassifier.kind(of: text)
      if let item = listItem(kind) {
        let rest = String(
          decoding: Array(text.utf8).dropFirst(item.indentation.utf8.count), as: UTF8.self)
        return String(repeating: "   ", count: max(1, item.level - shift)) + rest
      }
      var dropped = 0
      var result = Substring(text)
      while dropped < shift * 3, let first = result.first, first == " " || first == "\t" {
        result = result.dropFirst()
        dropped += first == "\t" ? 3 : 1
      }
      return String(result)
    }
  }
}

extension Rollover {
  /// The label of `text` that this roll-over moves: `from` or one of its
  /// alternative spellings, compared without case; nil when none starts `text`.
  func matchingLabel(_ text: String) -> String? {
    let lowered = text.lowercased()
    for label in [from] + fromAlternatives where !label.isEmpty {
      if lowered.hasPrefix(label.lowercased()) { return String(text.prefix(label.count)) }
    }
    return nil
  }
}
