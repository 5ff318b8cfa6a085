/// Text questions several rules ask: where template placeholders stand, and
/// whether a line or a section holds anything a person wrote.
enum LintText {
  /// The phrase the page template leaves in the attendees list.
  static let attendeesPlaceholder = "(to be updated after the meeting)"

  /// A placeholder in a line: UTF-8 offsets and the text found.
  struct Placeholder: Sendable, Equatable {
    var range: Range<Int>
    var text: String
  }

  /// Template text left in a line: the attendees phrase, `TBD`, `FIXME` (any
  /// case), `TODO`, `XXX` (upper case, as templates write them) as whole
  /// words, runs of three or more `_` or `?` (a run of `?` right after a word
  /// is punctuation), and the roster's blank marker.
  static func placeholders(in line: String, blank: String = "___") -> [Placeholder] {
    ByteSearch.withBytes(of: line) { placeholders(in: line, bytes: $0, blank: blank) }
  }

  private static let attendeesPhrase = Array(attendeesPlaceholder.utf8)

  /// ``placeholders(in:blank:)`` with the line's bytes, read in place.
  /// `quickCheck: false` scans every line in full (for tests that show the
  /// quick check passes over no placeholder).
  static func placeholders(
    in line: String, bytes: UnsafeBufferPointer<UInt8>, blank: String, quickCheck: Bool = true
  ) -> [Placeholder] {
    // Compared byte by byte, ASCII case folded: lowercasing the whole line
    // would change its length (the Kelvin sign becomes `k`) and the offsets.
    var result: [Placeholder] = []
    let phrase = attendeesPhrase
    var index = !quickCheck || mayHoldPlaceholder(bytes) ? 0 : bytes.count
    // A marker of one repeated `?` or `_` (the default `?`) is found as a
    // run that long or longer, standing apart from a word.
    let markerByte = blank.utf8.first
    let markerRun =
      markerByte.flatMap { first in
        (first == UInt8(ascii: "?") || first == UInt8(ascii: "_"))
          && blank.utf8.allSatisfy({ $0 == first }) ? min(3, blank.utf8.count) : nil
      } ?? 3
    while index < bytes.count {
      if ASCII.lowercased(bytes[index]) == phrase[0],
        bytes.count - index >= phrase.count,
        ByteSearch.equalsIgnoringASCIICase(
          bytes[index..<index + phrase.count], attendeesPlaceholder)
      {
        result.append(Placeholder(range: index..<index + phrase.count, text: attendeesPlaceholder))
        index += phrase.count
        continue
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "?") {
        var end = index
        while end < bytes.count, bytes[end] == byte { end += 1 }
        // `???` right after a word is a question asked in prose: "(Anand???)".
        let isPunctuation =
          byte == UInt8(ascii: "?") && index > 0 && ASCII.isWordByte(bytes[index - 1])
        // A run shorter than three is the marker only where a figure would
        // stand: at the start, or after a space, `:` or `(`.
        let shortest = byte == markerByte ? markerRun : 3
        let standsApart =
          end - index >= 3 || index == 0
          || ASCII.isSpace(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ":")
          || bytes[index - 1] == UInt8(ascii: "(")
        if end - index >= shortest, standsApart, !isPunctuation {
          result.append(
            Placeholder(
              range: index..<end, text: String(decoding: bytes[index..<end], as: UTF8.self)))
        }
        index = end
        continue
      }
      if ASCII.isWordByte(byte), index == 0 || !ASCII.isWordByte(bytes[index - 1]) {
        var end = index
        while end < bytes.count, ASCII.isWordByte(bytes[end]) { end += 1 }
        let word = bytes[index..<end]
        // Every placeholder word starts with t, f or x: most words are
        // passed over on their first letter.
        let head = ASCII.lowercased(bytes[index])
        if (3...5).contains(word.count),
          head == UInt8(ascii: "t") || head == UInt8(ascii: "f") || head == UInt8(ascii: "x"),
          ByteSearch.equalsIgnoringASCIICase(word, "TBD")
            || ByteSearch.equalsIgnoringASCIICase(word, "FIXME")
            || word.elementsEqual("TODO".utf8) || word.elementsEqual("XXX".utf8)
        {
          result.append(
            Placeholder(range: index..<end, text: String(decoding: word, as: UTF8.self)))
        }
        index = end
        continue
      }
      index += 1
    }
    // By bytes: a character other than `_` and `?` holds a byte other than
    // those, and the other way round.
    if !blank.isEmpty,
      ByteSearch.withBytes(
        of: blank, { $0.contains(where: { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "?") }) })
    {
      // The scan's placeholders are in line order and do not overlap, and
      // the marker is found left to right: one pointer finds the ones it
      // may overlap.
      let scanned = result
      var next = 0
      var search = 0
      let marker = Array(blank.utf8)
      while let start = ByteSearch.firstOffset(of: marker, in: bytes, from: search) {
        let range = start..<start + marker.count
        while next < scanned.count && scanned[next].range.upperBound <= range.lowerBound {
          next += 1
        }
        if next == scanned.count || !scanned[next].range.overlaps(range) {
          result.append(Placeholder(range: range, text: blank))
        }
        search = range.upperBound
      }
      result.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    return result
  }

  /// Whether the scan for placeholders can find anything in `bytes`: runs
  /// need a `_` or `?`, TODO a `D`, the phrase a `(t` in any case, FIXME
  /// an `fix` in any case, XXX itself, and TBD a `bd` in any case. Most
  /// lines hold none of these, and are passed over in this quick pass.
  static func mayHoldPlaceholder(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // `memchr` looks at many bytes at a time: one pass for each byte is
    // quicker than looking at each byte once for all of them.
    let count = bytes.count
    for byte in placeholderBytes
    where ByteSearch.firstOffset(of: byte, in: bytes, from: 0, to: count) != nil {
      return true
    }
    // Whether some `byte` in `bytes` stands where `holds` says, at the
    // offset it is found at.
    func some(_ byte: UInt8, _ holds: (Int) -> Bool) -> Bool {
      var from = 0
      while let found = ByteSearch.firstOffset(of: byte, in: bytes, from: from, to: count) {
        if holds(found) { return true }
        from = found + 1
      }
      return false
    }
    func isLetter(_ offset: Int, _ lowercase: UInt8) -> Bool {
      offset >= 0 && offset < count && ASCII.lowercased(bytes[offset]) == lowercase
    }
    // TBD: a `b` or `B` before a `d` (a `D` is looked for above). `b` is
    // rarer than `d`, so `memchr` stops less often looking for it.
    let tbd = { (found: Int) in found + 1 < count && bytes[found + 1] == UInt8(ascii: "d") }
    // The phrase: `(to be updated`; FIXME: `fix`; XXX as it is.
    let phrase = { (found: Int) in isLetter(found + 1, UInt8(ascii: "t")) }
    let fixOrXXX = { (found: Int) in
      (isLetter(found - 1, UInt8(ascii: "i")) && isLetter(found - 2, UInt8(ascii: "f")))
        || (found + 2 < count && bytes[found] == UInt8(ascii: "X")
          && bytes[found + 1] == UInt8(ascii: "X") && bytes[found + 2] == UInt8(ascii: "X"))
    }
    return some(UInt8(ascii: "b"), tbd) || some(UInt8(ascii: "B"), tbd)
      || some(UInt8(ascii: "("), phrase) || some(UInt8(ascii: "x"), fixOrXXX)
      || some(UInt8(ascii: "X"), fixOrXXX)
  }

  /// `_`, `?`, `D`: a byte that runs and TODO hold, seldom seen otherwise.
  private static let placeholderBytes: [UInt8] = Array("_?D".utf8)

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
    // Read in place: a byte counts unless a placeholder or a blank
    // statistic covers it.
    return ByteSearch.withBytes(of: text) { bytes in
      guard start < bytes.count else { return false }
      var blanked: [Range<Int>] = found.map(\.range)
      for occurrence in context.occurrences(onLine: index)
      where occurrence.match.slots.allSatisfy({ $0.figure == nil }) {
        blanked.append(occurrence.match.range)
      }
      // Swept in order, so a line of many placeholders is read once, not
      // once per placeholder for each of its bytes.
      blanked.sort { $0.lowerBound < $1.lowerBound }
      var next = 0
      var coveredTo = 0
      for offset in start..<bytes.count {
        while next < blanked.count && blanked[next].lowerBound <= offset {
          coveredTo = max(coveredTo, blanked[next].upperBound)
          next += 1
        }
        let byte = bytes[offset]
        if ASCII.isLetterOrDigit(byte) || !ASCII.isASCII(byte), offset >= coveredTo {
          return true
        }
      }
      return false
    }
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

  /// Whether `text` holds a character that is a number (`Character.isNumber`):
  /// for ASCII text, a digit, found without reading it as characters.
  static func containsNumber(_ text: String) -> Bool {
    // Read in place, byte by byte.
    let ascii: Bool? = ByteSearch.withBytes(of: text) { bytes in
      for byte in bytes {
        if !ASCII.isASCII(byte) { return nil }
        if ASCII.isDigit(byte) { return true }
      }
      return false
    }
    return ascii ?? text.contains(where: \.isNumber)
  }

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
    // Swept in order: a line of many blanks and digits is read once.
    blanked.sort { $0.lowerBound < $1.lowerBound }
    var next = 0
    var coveredTo = 0
    // A figure is a digit that does not continue a word: "T1" is a name.
    var previous = UInt8(ascii: " ")
    for (offset, byte) in text.utf8.enumerated() {
      defer { previous = byte }
      while next < blanked.count && blanked[next].lowerBound <= offset {
        coveredTo = max(coveredTo, blanked[next].upperBound)
        next += 1
      }
      guard ASCII.isDigit(byte), offset >= coveredTo else { continue }
      if !ASCII.isLetter(previous) { return false }
    }
    return true
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
    // Spaces and tabs, as nearly every indentation is, by their bytes.
    var width = 0
    for byte in item.indentation.utf8 {
      guard ASCII.isSpace(byte) else {
        return item.indentation.reduce(0) { $0 + ($1 == "\t" ? 3 : 1) }
      }
      width += byte == UInt8(ascii: "\t") ? 3 : 1
    }
    return width
  }

  /// 1-based byte column of the last `character` in a line, if any.
  static func lastColumn(of character: Character, in text: String) -> Int? {
    text.lastIndex(of: character).map { text.utf8.distance(from: text.startIndex, to: $0) + 1 }
  }
}
