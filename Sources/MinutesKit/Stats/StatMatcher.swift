import Foundation

/// What one slot of a found shape holds.
public struct SlotReading: Sendable, Equatable {
  public var name: String
  /// The figure, nil when the slot is blank (nothing, `?`, `___`).
  public var figure: StatFigure?
  /// What stands in the slot when it is blank but marked: `?`, `___`; empty
  /// for a gap.
  public var marker: String
  /// UTF-8 offset in the line of the figure or marker; for a gap, of the
  /// space in the middle of it.
  public var offset: Int
  /// Lines below the match's line where the slot stands: 0, or more for a
  /// figure read on a sub-bullet (``StatMatcher/continuing(_:line:subBullet:at:lineOffset:blank:)``).
  public var lineOffset = 0
}

/// One place where a shape was found in a line.
public struct StatMatch: Sendable, Equatable {
  /// UTF-8 offsets in the line.
  public var range: Range<Int>
  public var slots: [SlotReading]

  public subscript(slot name: String) -> SlotReading? { slots.first { $0.name == name } }
  public var blankSlots: [SlotReading] { slots.filter { $0.figure == nil } }
  public var isComplete: Bool { blankSlots.isEmpty }
}

/// Finds a ``StatShape`` in the text people wrote and reads its slots.
///
/// The shape's literal text is the stable part of a statistic, so it must be
/// present, but compared leniently: without case, with any run of spaces
/// matching any other run (or none), and with trailing punctuation optional.
/// A slot holds a figure, or is blank: `?`, `___`, the roster's own blank
/// marker (`meeting.blank`, which `new` writes), or nothing at all, as real
/// pages leave it ("  users utilized  sites").
public struct StatMatcher: Sendable, Equatable {
  public var shape: StatShape
  private var pieces: [Piece]
  /// The shape's literal words (lowercased), longest first. A line holds
  /// the shape only if it holds every one of them, so a line that lacks one
  /// is passed over without trying a match at each of its bytes: most lines
  /// of a section hold none of its group's statistics.
  private var requiredPatterns: [BytePattern]
  /// The shape's first literal word (lowercased), nil when it has none, and
  /// whether a byte can stand before it in a match (``leadBytes``).
  private var firstText: [UInt8]?
  private var leadBytes: [Bool]
  /// The shape as a line in new words may hold it (``RewordedStat``), nil
  /// for a shape with too few words to tell a rewording from prose.
  private var reworded: RewordedStat?

  private enum Piece: Equatable {
    /// Literal bytes, lowercased ASCII.
    case text([UInt8])
    /// One or more spaces in the shape: any number of spaces or tabs in the text.
    case space
    /// Trailing punctuation of the shape that the text may leave out.
    case optional([UInt8])
    /// A figure or a blank; `spacedScale` when a `K`, `M` or `G` after a
    /// space is the figure's scale (`1.3 M`), not the shape's next word.
    case slot(String, spacedScale: Bool)
  }

  public init(_ shape: StatShape) {
    self.shape = shape
    var pieces: [Piece] = []
    for (position, segment) in shape.segments.enumerated() {
      switch segment {
      case .slot(let name):
        var spacedScale = true
        if position + 1 < shape.segments.count,
          case .literal(let next) = shape.segments[position + 1],
          let letter = next.drop(while: { $0 == " " }).first,
          "kmg".contains(letter.lowercased())
        {
          spacedScale = false
        }
        pieces.append(.slot(name, spacedScale: spacedScale))
      case .literal(let literal):
        var bytes = Array(literal.utf8)
        var trailing: [UInt8] = []
        if position == shape.segments.count - 1 {
          while let last = bytes.last, StatMatcher.trailingPunctuation.contains(last) {
            trailing.insert(bytes.removeLast(), at: 0)
          }
        }
        var run: [UInt8] = []
        for byte in bytes {
          if ASCII.isSpace(byte) {
            if !run.isEmpty { pieces.append(.text(run)) }
            run = []
            if case .space = pieces.last {} else { pieces.append(.space) }
          } else {
            run.append(ASCII.lowercased(byte))
          }
        }
        if !run.isEmpty { pieces.append(.text(run)) }
        if !trailing.isEmpty { pieces.append(.optional(trailing.map(ASCII.lowercased))) }
      }
    }
    self.pieces = pieces
    let texts = pieces.compactMap { piece -> [UInt8]? in
      if case .text(let text) = piece { text } else { nil }
    }
    self.requiredPatterns = texts.sorted { $0.count > $1.count }.map(BytePattern.init)
    self.firstText = texts.first
    // What the slots and spaces before the first word can take: spaces,
    // a figure (sign, digits, `,`, `.`, a K/M/G scale), `?` and `_` runs.
    var lead = [Bool](repeating: false, count: 256)
    for byte in " \t+-~\"0123456789,.kKmMgG?_".utf8 { lead[Int(byte)] = true }
    self.leadBytes = lead
    self.reworded = RewordedStat(shape)
  }

  /// ``leadBytes`` with the bytes of the roster's own blank marker, in
  /// either case, which a slot can also take.
  private func leadBytes(blank: [UInt8]) -> [Bool] {
    guard !blank.isEmpty else { return leadBytes }
    var lead = leadBytes
    for byte in blank {
      lead[Int(byte)] = true
      lead[Int(ASCII.lowercased(byte))] = true
      if ASCII.isLetter(byte) { lead[Int(ASCII.uppercased(byte))] = true }
    }
    return lead
  }

  /// Whether every literal word of the shape occurs in `line`, ASCII case
  /// ignored, as a match needs (``Piece/text`` compares the same way), or
  /// every word of its rewording does.
  func mayOccur(in line: LineBytes) -> Bool {
    line.containsAll(lowercased: requiredPatterns) || reworded?.mayOccur(in: line) == true
  }

  /// Words (lowercased) of which a line holds one wherever ``mayOccur(in:)``
  /// holds: the shape's longest word, and its rewording's; nil when the
  /// shape or its rewording needs no word, and any line may hold it.
  var anchorWords: [[UInt8]]? {
    guard let required = requiredPatterns.first, !required.bytes.isEmpty else { return nil }
    guard let reworded else { return [required.bytes] }
    guard let other = reworded.patterns.first, !other.bytes.isEmpty else { return nil }
    return [required.bytes, other.bytes]
  }

  static let trailingPunctuation: Set<UInt8> = Set(".,;:!".utf8)

  /// Every place in `line` where the shape stands, left to right, not
  /// overlapping. `blank` is the roster's marker for a blank slot; `?` and
  /// `_` runs are blank markers whatever it is.
  public func matches(in line: String, blank: String = "?") -> [StatMatch] {
    LineBytes.reading(line) { line in
      mayOccur(in: line) ? matches(inChecked: line, blank: blank) : []
    }
  }

  /// ``matches(in:blank:)`` for a line that ``mayOccur(in:)`` passed.
  /// `skipping: false` tries every start (for tests that show the starts
  /// passed over hold no match).
  func matches(inChecked line: LineBytes, blank: String, skipping: Bool = true) -> [StatMatch] {
    let bytes = line.array
    let blankBytes = Array(blank.utf8)
    let customBlank =
      blankBytes.contains { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "?") }
      ? blankBytes : []
    var result: [StatMatch] = []
    // One buffer for the slots read while trying every start: most tries
    // fail, and a new array for each was most of the time spent here.
    var slots: [SlotReading] = []
    slots.reserveCapacity(pieces.count)
    let firstText = skipping ? self.firstText : nil
    let lead = firstText == nil ? [] : leadBytes(blank: customBlank)
    // When the shape starts with its first word, a match starts there.
    let startsWithText: Bool
    if case .text = pieces.first { startsWithText = true } else { startsWithText = false }
    // A run of `?` or `_` reads the same from any of its bytes unless the
    // roster's marker holds those bytes too.
    let runsOfMarks =
      !customBlank.contains(UInt8(ascii: "?")) && !customBlank.contains(UInt8(ascii: "_"))
    // The first word's place found last, and where the stretch of bytes the
    // slots before it can take begins: found once per place of the word, not
    // once per start tried, so that a long line is read a bounded number of
    // times however many starts it has.
    var word = -1
    var stretch = 0
    // The last start tried that could start a match and did not.
    var failed = -1
    var start = 0
    while start <= bytes.count {
      // A match has its first word at or after its start, with only bytes
      // the slots and spaces before that word can take in between: starts
      // before that stretch cannot match, and are passed over.
      if let firstText {
        if word < start {
          guard
            let found = line.firstOffset(ofLowercased: firstText, from: start)
          else { break }
          word = found
          stretch = found
          while stretch > start {
            if lead[Int(bytes[stretch - 1])] {
              stretch -= 1
              continue
            }
            // A unit on a range's low end (`200TB~400TB/day`): up to three
            // letters between a digit and the range's mark.
            var letters = stretch
            while letters > start, stretch - letters < 3, ASCII.isLetter(bytes[letters - 1]) {
              letters -= 1
            }
            guard letters < stretch, letters > start, ASCII.isDigit(bytes[letters - 1]),
              bytes[stretch] == UInt8(ascii: "~") || bytes[stretch] == UInt8(ascii: "-")
            else { break }
            stretch = letters
          }
        }
        start = max(start, startsWithText ? word : stretch)
        if start > bytes.count { break }
      }
      if skipping, failed == start - 1, isInsideRun(bytes, at: start, ofMarks: runsOfMarks) {
        failed = start
        start += 1
        continue
      }
      guard canStart(bytes, at: start) else {
        start += 1
        continue
      }
      if let match = match(bytes, at: start, blank: customBlank, slots: &slots),
        match.range.count > 0
      {
        result.append(match)
        start = max(match.range.upperBound, start + 1)
      } else {
        failed = start
        start += 1
      }
    }
    // Not as written: perhaps in new words around the same figures.
    if result.isEmpty, let reworded, let match = reworded.firstMatch(in: bytes) {
      result.append(match)
    }
    return result
  }

  /// Whether a match tried at `start` would go as one tried at the byte
  /// before: both stand in one run of spaces (the shape skips it whole), or
  /// of `?` or `_` (a blank marker read to the run's end). When the try
  /// before failed, this one would too; trying every byte of a long run was
  /// quadratic in its length.
  private func isInsideRun(_ bytes: [UInt8], at start: Int, ofMarks: Bool) -> Bool {
    guard start > 0, start < bytes.count else { return false }
    let byte = bytes[start]
    let previous = bytes[start - 1]
    if ASCII.isSpace(byte) { return ASCII.isSpace(previous) }
    return ofMarks && byte == previous
      && (byte == UInt8(ascii: "?") || byte == UInt8(ascii: "_"))
  }

  /// `match`, found in `line`, read on into the sub-bullet below when it
  /// ends with a blank slot at the end of the line: a labelled bullet and
  /// its figure on a sub-bullet (`* Real Jobs processed:` then `* 520K`).
  /// `subBullet` is the sub-bullet's text, which starts at UTF-8 `offset` of
  /// its line, `lineOffset` lines below. Nil when the shape does not go on
  /// there. One more pass over the two lines, so matching stays linear.
  public func continuing(
    _ match: StatMatch, line: String, subBullet: String, at offset: Int, lineOffset: Int,
    blank: String = "?"
  ) -> StatMatch? {
    let length = line.utf8.count
    guard let last = match.slots.last, last.figure == nil, last.marker.isEmpty,
      match.range.upperBound == length
    else { return nil }
    let joined = line + " " + subBullet
    guard
      let candidate = matches(in: joined, blank: blank).first(where: {
        $0.range.lowerBound == match.range.lowerBound
      }), candidate.range.upperBound > length + 1
    else { return nil }
    let slots = candidate.slots.map { slot in
      var slot = slot
      if slot.offset > length {
        slot.offset = slot.offset - length - 1 + offset
        slot.lineOffset = lineOffset
      }
      return slot
    }
    return StatMatch(range: match.range, slots: slots)
  }

  /// The first place in `line` where the shape stands.
  public func firstMatch(in line: String, blank: String = "?") -> StatMatch? {
    matches(in: line, blank: blank).first
  }

  /// A match starts at the start of a word: never inside a number or a word,
  /// so that `{n} sites` does not read `21` out of `121 sites` as `21`.
  private func canStart(_ bytes: [UInt8], at start: Int) -> Bool {
    guard start > 0 else { return true }
    let previous = bytes[start - 1]
    return
      !(ASCII.isDigit(previous) || ASCII.isLetter(previous) || previous == UInt8(ascii: ".")
      || previous == UInt8(ascii: ","))
  }

  /// How many of the slot's neighbours in the shape are spaces (0 to 2).
  private func spacesAround(_ position: Int) -> Int {
    var count = 0
    if position > 0, case .space = pieces[position - 1] { count += 1 }
    if position + 1 < pieces.count, case .space = pieces[position + 1] { count += 1 }
    return count
  }

  private func match(
    _ bytes: [UInt8], at start: Int, blank: [UInt8], slots: inout [SlotReading]
  ) -> StatMatch? {
    var index = start
    slots.removeAll(keepingCapacity: true)
    for (position, piece) in pieces.enumerated() {
      switch piece {
      case .space:
        index = bytes.skippingSpaces(from: index)
      case .text(let text):
        // Quotes around a word of the shape: `94% "success"`.
        if text.first != UInt8(ascii: "\"") {
          while index < bytes.count, bytes[index] == UInt8(ascii: "\"") { index += 1 }
        }
        guard index + text.count <= bytes.count,
          zip(bytes[index..<index + text.count], text).allSatisfy({ ASCII.lowercased($0) == $1 })
        else { return nil }
        index += text.count
      case .optional(let text):
        for byte in text {
          if index < bytes.count, ASCII.lowercased(bytes[index]) == byte {
            index += 1
          } else {
            break
          }
        }
      case .slot(let name, let spacedScale):
        let gapStart = index
        index = bytes.skippingSpaces(from: index)
        if let (figure, end) = StatFigure.read(bytes, at: index, spacedScale: spacedScale) {
          // Letters glued to a figure belong to the shape's next word
          // (`300TB/day` for `{tb} TB/day`); with no word next, the figure
          // is part of some other word.
          if end < bytes.count, ASCII.isLetter(bytes[end]),
            position + 1 == pieces.count
              || { if case .optional = pieces[position + 1] { true } else { false } }()
          {
            return nil
          }
          slots.append(SlotReading(name: name, figure: figure, marker: "", offset: index))
          index = end
        } else if let end = bytes.marker(
          at: StatFigure.approximationEnd(bytes, at: index) ?? index, blank: blank)
        {
          // A blank, also after `about` or `~` ("around ?TB/day").
          let markerStart = StatFigure.approximationEnd(bytes, at: index) ?? index
          slots.append(
            SlotReading(
              name: name, figure: nil,
              marker: String(decoding: bytes[markerStart..<end], as: UTF8.self),
              offset: markerStart))
          index = end
        } else {
          // A gap: the slot is blank, if the gap is as wide as the spaces the
          // shape puts around the slot ("failed jobs" is prose, "failed  jobs"
          // a blank in "failed {n} jobs"), or the line ends there.
          var gapBegin = gapStart
          while gapBegin > 0, ASCII.isSpace(bytes[gapBegin - 1]) { gapBegin -= 1 }
          if position == 0 {
            // Nothing before the shape to hold the gap: it must follow a mark
            // such as `:` or `*`, never a word ("wall khour/day").
            if gapBegin > 0
              && (ASCII.isLetter(bytes[gapBegin - 1]) || ASCII.isDigit(bytes[gapBegin - 1]))
            {
              return nil
            }
          }
          if index - gapBegin < spacesAround(position) && index < bytes.count { return nil }
          let offset = index - gapBegin >= 2 ? gapBegin + 1 : gapBegin
          slots.append(SlotReading(name: name, figure: nil, marker: "", offset: offset))
        }
      }
    }
    return StatMatch(range: start..<index, slots: slots)
  }
}

extension [UInt8] {
  fileprivate func skippingSpaces(from index: Int) -> Int {
    var index = index
    while index < count, ASCII.isSpace(self[index]) { index += 1 }
    return index
  }

  /// The end of a blank marker at `index`: one or more `?`, or `_`, or
  /// `blank` (the roster's marker, ASCII case ignored).
  fileprivate func marker(at index: Int, blank: [UInt8]) -> Int? {
    if !blank.isEmpty, index + blank.count <= count,
      zip(self[index..<index + blank.count], blank).allSatisfy({
        ASCII.lowercased($0) == ASCII.lowercased($1)
      })
    {
      return index + blank.count
    }
    guard index < count, self[index] == UInt8(ascii: "?") || self[index] == UInt8(ascii: "_")
    else { return nil }
    let byte = self[index]
    var end = index
    while end < count, self[end] == byte { end += 1 }
    return end
  }
}
