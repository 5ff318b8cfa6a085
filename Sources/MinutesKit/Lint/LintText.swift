/// Text questions several rules ask: where template placeholders stand, and
/// whether a line or a section holds anything a person wrote.
enum LintText {
  /// The phrase the page template leaves in the attendees list.
  static let attendeesPlaceholder = PlaceholderScan.attendeesPhrase

  typealias Placeholder = PlaceholderScan.Placeholder

  /// Template text left in a line (``PlaceholderScan/placeholders(in:blank:quickCheck:)``).
  static func placeholders(in line: String, blank: String = "___") -> [Placeholder] {
    PlaceholderScan.placeholders(in: line, blank: blank)
  }

  /// Whether the line at `index` holds something a person wrote: text that is
  /// not a list marker, a placeholder, or a statistic with every slot blank.
  static func hasContent(lineAt index: Int, in context: LintContext) -> Bool {
    guard mayHoldContent(context.topic.lines[index].kind) else { return false }
    return hasContent(lineAt: index, placeholders: context.placeholders(onLine: index), in: context)
  }

  /// Whether a line of this kind can hold something a person wrote (a
  /// blank line, a comment, a heading or a META line cannot).
  static func mayHoldContent(_ kind: LineKind) -> Bool {
    switch kind {
    case .blank, .comment, .heading, .meta: false
    default: true
    }
  }

  /// ``hasContent(lineAt:in:)`` with the line's placeholders found already.
  static func hasContent(
    lineAt index: Int, placeholders found: ArraySlice<Placeholder>, in context: LintContext
  ) -> Bool {
    let lines = context.topic.lines
    var start = 0
    switch lines[index].kind {
    case .blank, .comment, .heading, .meta: return false
    case .verbatim: return true
    case .bullet(let item), .numbered(let item): start = item.textColumn - 1
    case .definition, .text: start = 0
    }
    let text = lines[index].text
    guard start < text.utf8.count else { return false }
    // A byte counts unless a placeholder or a blank statistic covers it.
    var blanked: [Range<Int>] = found.map(\.range)
    for occurrence in context.occurrences(onLine: index)
    where occurrence.match.slots.allSatisfy({ $0.figure == nil }) {
      blanked.append(occurrence.match.range)
    }
    blanked.sort { $0.lowerBound < $1.lowerBound }
    return ByteSearch.containsAlphanumeric(in: text, from: start, outside: blanked)
  }

  /// Whether a section (sub-sections included) holds any report at all:
  /// a line with content that is not the template's. Not a report are lines
  /// still waiting for a figure (a placeholder or blank slot and no digit
  /// of their own), a bullet whose sub-items are all such lines or empty
  /// (a template label: "General production status" over an empty bullet),
  /// a group's roll-over block (last week's figures, carried by `new`) and
  /// items carried from an earlier meeting (an origin note).
  static func hasReport(_ section: Section, in context: LintContext) -> Bool {
    let lines = context.topic.lines
    let range = section.bodyRange
    let lastWeeks = LastWeeksItems(section: section, context: context)
    var index = range.lowerBound
    while index < range.upperBound {
      if let end = lastWeeks.blockEnd(startingAt: index, within: range, in: context) {
        index = end
        continue
      }
      defer { index += 1 }
      if !mayHoldContent(lines[index].kind) { continue }
      // The line's placeholders, found once for the page.
      let found = context.placeholders(onLine: index)
      if !hasContent(lineAt: index, placeholders: found, in: context)
        || isAwaitingFigures(lineAt: index, placeholders: found, in: context)
      {
        continue
      }
      // A short label over sub-items ("Job statistics for last week") counts
      // through its sub-items; an item with figures or a sentence counts itself.
      if let item = listItem(lines[index].kind), index + 1 < range.upperBound,
        let next = listItem(lines[index + 1].kind), indentWidth(next) > indentWidth(item),
        !LintText.containsNumber(item.text),
        ByteSearch.spaceSeparatedWordCount(item.text, limit: labelWords) <= labelWords
      {
        continue
      }
      return true
    }
    return false
  }

  /// Whether `text` holds a character that is a number (`Character.isNumber`).
  static func containsNumber(_ text: String) -> Bool { ByteSearch.containsNumber(text) }

  /// The most words a template label over sub-items has ("Data Transfer
  /// statistics for last week").
  static let labelWords = 6

  /// Whether the line at `index` holds a placeholder or a blank statistic
  /// slot and no figure outside them: template text still to be filled in.
  /// `found` are the line's placeholders (``LintContext/placeholders(onLine:)``).
  static func isAwaitingFigures(
    lineAt index: Int, placeholders found: ArraySlice<Placeholder>, in context: LintContext
  ) -> Bool {
    let text = context.topic.lines[index].text
    var blanked = found.filter { $0.text != attendeesPlaceholder }.map(\.range)
    for occurrence in context.occurrences(onLine: index) {
      for slot in occurrence.match.slots where slot.figure == nil {
        blanked.append(slot.offset..<slot.offset + max(slot.marker.utf8.count, 1))
      }
    }
    if blanked.isEmpty { return false }
    blanked.sort { $0.lowerBound < $1.lowerBound }
    // A figure is a digit that does not continue a word: "T1" is a name.
    return !ByteSearch.containsDigitNotAfterLetter(in: text, outside: blanked)
  }

  /// The list items of a section that are last week's text rather than this
  /// week's report: the group's roll-over blocks (bullets labelled with a
  /// roll-over's `to`) and items carried from an earlier meeting (an origin
  /// note dated before this one), each with its sub-items. Asked line by
  /// line as a section is read, so that a section whose report comes first
  /// is not read to its end.
  struct LastWeeksItems {
    /// The roll-over labels, and each lowercased once where it is ASCII
    /// (a bullet is compared by its bytes where they decide,
    /// ``ByteSearch/startsWithLowercased(_:asciiPrefix:)``).
    private let labels: [Rollover]
    private let lowered: [[UInt8]?]

    init(section: borrowing Section, context: borrowing LintContext) {
      // The group read in place, not copied out of the section's kind.
      if let entry = context.reportSectionIndex(containing: section.headingIndex),
        let groupIndex = context.reportSections[entry].groupIndex,
        !context.roster.groups[groupIndex].rollovers.isEmpty
      {
        labels = context.roster.groups[groupIndex].rollovers.map {
          Rollover(from: $0.to, to: $0.to)
        }.filter { !$0.from.isEmpty }
      } else {
        labels = []
      }
      lowered = labels.map { label in
        ASCII.isASCII(label.from) ? Array(label.from.lowercased().utf8) : nil
      }
    }

    /// The end of the block of last week's text that the line at `index`
    /// starts (the item and the items after it indented deeper, within
    /// `body`), nil when it starts none.
    func blockEnd(startingAt index: Int, within body: Range<Int>, in context: LintContext)
      -> Int?
    {
      // The item is copied out only for a line that starts a block.
      guard context.topic.lines[index].kind.isListItem, starts(at: index, in: context),
        let item = listItem(context.topic.lines[index].kind)
      else { return nil }
      var end = index + 1
      while end < body.upperBound, let sub = listItem(context.topic.lines[end].kind),
        indentWidth(sub) > indentWidth(item)
      {
        end += 1
      }
      return end
    }

    private func starts(at index: Int, in context: LintContext) -> Bool {
      // Read in place: a line copied is its strings.
      if !labels.isEmpty, case .bullet(let item) = context.topic.lines[index].kind,
        labels.indices.contains(where: { position in
          if let prefix = lowered[position],
            let starts = ByteSearch.startsWithLowercased(item.text, asciiPrefix: prefix)
          {
            return starts
          }
          return labels[position].matchingLabel(item.text) != nil
        })
      {
        return true
      }
      return OriginNote.date(in: context.topic.lines[index].text).map {
        $0 < context.meetingDate
      } ?? false
    }
  }

  /// Whether the line at `index` lies in a group section that is due (or
  /// reports when it has news) and has no report: `empty-section` reports
  /// that section once, or not at all for a group with no news, and its
  /// empty bullets, blank figures and placeholders go with it.
  static func isInUnreportedGroupSection(lineAt index: Int, in context: LintContext) -> Bool {
    guard let position = context.reportSectionIndex(containing: index),
      let groupIndex = context.reportSections[position].groupIndex,
      [.due, .whenNews].contains(context.attendance(ofGroupAt: groupIndex))
    else { return false }
    return !context.hasReport(sectionAt: position)
  }

  /// Whether the line at `index` is the template's empty bullet of a carrying
  /// section that holds nothing else: where `new` puts carried items, and
  /// empty in a week with nothing to carry.
  static func isEmptyCarrySlot(lineAt index: Int, in context: LintContext) -> Bool {
    guard let position = context.reportSectionIndex(containing: index),
      case .fixed = context.reportSections[position].kind,
      context.day.carrySectionKeys.contains(context.reportSections[position].key)
    else { return false }
    let lines = context.topic.lines
    return context.reportSections[position].section.bodyRange.allSatisfy { line in
      switch lines[line].kind {
      case .blank, .comment: true
      case .bullet(let item): item.text.isEmpty
      default: false
      }
    }
  }

  /// An item's indentation in columns, a tab counting as one 3-space level,
  /// to tell a sub-item from a sibling when indents are uneven.
  static func indentWidth(_ item: ListItem) -> Int {
    ByteSearch.indentWidth(item.indentation, tabWidth: 3)
  }

  /// 1-based byte column of the last `character` in a line, if any.
  static func lastColumn(of character: Character, in text: String) -> Int? {
    text.lastIndex(of: character).map { text.utf8.distance(from: text.startIndex, to: $0) + 1 }
  }
}
