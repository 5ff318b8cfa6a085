import Foundation

/// Finding what a topic leaves open: the one definition that both `new`
/// (which carries these items) and `minutes items` (which lists them) use.
public enum OpenItems {
  /// The topic's open items, actions and roll-over blocks, in page order
  /// within each kind: items of the carrying sections first, then items
  /// under carried labels, then actions outside carried items, then
  /// roll-overs.
  ///
  /// - Parameter date: the topic's meeting date, written into the origin
  ///   note of items that have none yet; nil leaves such items without a note.
  public static func find(in topic: Topic, date: MeetingDate?, roster: Roster) -> [CarriedItem] {
    var finder = Finder(topic: topic, date: date, roster: roster)
    finder.collectItems()
    finder.collectLabelledItems(groups: roster.groups)
    finder.collectActions()
    // The groups of the topic's own day, under the names it uses.
    finder.collectRollovers(groups: (date.map(roster.asOf) ?? roster).groups)
    var seen = Set<String>()
    return finder.result.filter { seen.insert($0.identity).inserted }
  }

  /// The open items of the topic at `path` (`-`: standard input), what
  /// `minutes items` lists. Items without an origin note are dated `date`,
  /// else by the meeting day in the topic's name (none for standard input).
  public static func find(inTopicAt path: String, date: MeetingDate?, roster: Roster)
    throws(MinutesError) -> [CarriedItem]
  {
    let topic = try Topic.read(path)
    let date = date ?? LintContext.meetingDate(ofTopicAt: topic.path, roster: roster)
    return find(in: topic, date: date, roster: roster)
  }
}

/// A list item of any kind (bullet, numbered, definition).
func listItem(_ kind: LineKind) -> ListItem? {
  switch kind {
  case .bullet(let item), .numbered(let item), .definition(_, let item): item
  default: nil
  }
}

/// A bullet's text as a carried label: without emphasis and a trailing
/// colon, compared as ``nameKey(_:)`` compares names ("*Issues:*" is "issues").
func labelKey(_ text: String) -> String {
  var body = Substring(text)
  while let first = body.first, "*_=".contains(first) { body = body.dropFirst() }
  while let last = body.last, "*_=: ".contains(last) { body = body.dropLast() }
  return nameKey(String(body))
}

private struct Finder {
  let topic: Topic
  let date: MeetingDate?
  let rules: CarryRules
  let doneMarks: DoneMarks
  /// Who may be given work: the roster's owners and attendees and the
  /// topic's attendees.
  let assignment: WorkAssignment
  /// Actions by the index of the line they start on.
  let actions: [Int: TrackedAction]
  /// For every line, the innermost section it belongs to.
  let sectionOfLine: [Section?]
  let pathOfSection: [Int: [String]]
  /// Lines already written into some carried item.
  var covered = Set<Int>()
  var result: [CarriedItem] = []

  init(topic: Topic, date: MeetingDate?, roster: Roster) {
    self.topic = topic
    self.date = date
    self.rules = roster.carry
    self.doneMarks = DoneMarks(roster.carry.doneMarks)
    self.assignment = WorkAssignment(
      people: roster.groups.flatMap { $0.owners.map(\.name) } + roster.meeting.attendees
        + Finder.attendees(of: topic), groups: roster.groups.map(\.name))
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
    rules.sections.contains { nameKey($0) == nameKey(section.name) }
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

  /// The names in the topic's attendees section, without the template's
  /// "(to be updated after the meeting)".
  static func attendees(of topic: Topic) -> [String] {
    guard let section = topic.allSections.first(where: { nameKey($0.name) == "attendees" })
    else { return [] }
    var names: [String] = []
    for index in section.ownBodyRange {
      let line = topic.lines[index]
      var text = listItem(line.kind)?.text ?? (line.kind == .text ? line.text : "")
      text = text.replacingOccurrences(of: LintText.attendeesPlaceholder, with: "")
      names += text.components(separatedBy: CharacterSet(charactersIn: ",;"))
        .flatMap { $0.components(separatedBy: " and ") }
    }
    return names
  }

  /// Whether the item at `index` (up to `end`), whose text without its
  /// origin note is `text`, is an action: it starts with an action marker,
  /// holds an ActionTracker action, or gives work to a person in its text
  /// or its continuation lines.
  func isAction(at index: Int, end: Int, text: String) -> Bool {
    if startsWithActionMarker(text) || actions[index] != nil { return true }
    var body = text
    var next = index + 1
    while next < end, lines[next].kind == .text {
      body += " " + lines[next].text
      next += 1
    }
    return assignment.givesWork(body)
  }

  mutating func collectItems() {
    for section in topic.allSections where isCarrying(section) {
      collectItems(in: section.ownBodyRange, of: section, mode: rules.mode(of: section.name))
    }
  }

  /// The items of `range`, one list level at a time: an item with text, no
  /// done mark, and (in `actions` mode) an action is carried with its open
  /// sub-items. A done item's open sub-items are carried on their own, one
  /// level up, and say so (`doneParent`).
  mutating func collectItems(
    in range: Range<Int>, of section: Section, mode: CarryRules.Mode, label: String? = nil,
    doneParent: Int? = nil, parentIsCarried: Bool = false, parentSince: MeetingDate? = nil
  ) {
    var index = range.lowerBound
    while index < range.upperBound {
      guard let item = listItem(lines[index].kind) else {
        index += 1
        continue
      }
      let end = blockEnd(from: index, limit: range.upperBound)
      defer { index = end }
      let text = OriginNote.removing(from: item.text)
      if text.isEmpty { continue }
      let wanted = mode == .all || parentIsCarried || isAction(at: index, end: end, text: text)
      if isClosed(at: index) {
        // Its open sub-items are work still to do.
        collectItems(
          in: (index + 1)..<end, of: section, mode: mode, label: label, doneParent: index + 1,
          parentIsCarried: wanted,
          parentSince: OriginNote.date(in: lines[index].text) ?? parentSince)
        continue
      }
      if !wanted { continue }
      append(
        .item, lines: openLines(index..<end), in: section, label: label, doneParent: doneParent,
        parentSince: parentSince)
    }
  }

  /// The sub-items of group-section bullets labelled with one of the
  /// roster's `carry.labels` ("Issues:" under Atlas).
  mutating func collectLabelledItems(groups: [Group]) {
    guard !rules.labels.isEmpty else { return }
    let labelKeys = rules.labels.map(nameKey)
    for group in groups {
      guard let groupSection = topic.section(forGroup: group.name) else { continue }
      for index in groupSection.bodyRange {
        guard case .bullet(let item) = lines[index].kind,
          let position = labelKeys.firstIndex(of: labelKey(item.text)),
          let section = sectionOfLine[index]
        else { continue }
        let end = blockEnd(from: index, limit: section.ownBodyRange.upperBound)
        collectItems(
          in: (index + 1)..<end, of: section, mode: rules.mode(of: rules.labels[position]),
          label: rules.labels[position])
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
    action: TrackedAction? = nil, label: String? = nil, doneParent: Int? = nil,
    parentSince: MeetingDate? = nil
  ) {
    covered.formUnion(indices)
    var texts = indices.map { ActionTracker.removingUID(from: lines[$0].text) }
    let head = lines[indices[0]].text
    // A sub-item carried without its done parent is open since the parent was.
    let since = OriginNote.date(in: head) ?? parentSince ?? date
    let headAction = action ?? actions[indices[0]]
    if OriginNote.date(in: head) == nil, let since {
      texts[0] = OriginNote.adding(to: texts[0], since: since, uid: headAction?.uid)
    }
    if kind == .action || doneParent != nil { texts = Finder.outdented(texts) }
    var item = CarriedItem(
      kind: kind, section: section?.name,
      sectionPath: section.map { pathOfSection[$0.headingIndex] ?? [] } ?? [],
      line: indices[0] + 1, lines: texts, since: since, action: headAction, group: nil,
      rollover: nil)
    item.label = label
    item.doneParent = doneParent
    result.append(item)
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
