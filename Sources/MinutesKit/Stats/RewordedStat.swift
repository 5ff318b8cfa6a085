/// A statistic written in new words: the shape's words after its first slot
/// still there and in order, with a few words put in between (`ran 2.8M
/// pilot jobs` for `ran {jobs} jobs`), or a figure moved before the words
/// that led up to it (`2M pilot jobs run on ...` for `ran {jobs} jobs, ...`).
///
/// ``StatMatcher`` reads a line this way only when the shape itself is not
/// on it, and only for a shape with at least three words after its first
/// slot: a figure's unit and label words, in order, tell it apart from prose.
/// Every slot must hold a figure (a blank is read only where the shape
/// stands as written), every word after the first slot must be there, and
/// no word may stand in for one of the shape's (`jobs overall` is not `jobs
/// total`). Punctuation is not compared, and a figure's `%` may be left
/// out.
struct RewordedStat: Sendable, Equatable {
  enum Token: Sendable, Equatable {
    case word([UInt8])
    case slot(String)
  }

  /// The shape's words and slots from its first slot on.
  let tokens: [Token]
  /// The shape's words before its first slot: matched when they stand
  /// before the figure, not required.
  let lead: [[UInt8]]
  /// The letter words of `tokens`, to look for before reading a line.
  let patterns: [BytePattern]

  /// Words put in between two of the shape's, at most.
  static let gapLimit = 4
  /// Letter words the shape needs after its first slot.
  static let wordsNeeded = 3

  /// Nil when the shape has too few words after its first slot.
  init?(_ shape: StatShape) {
    var lead: [[UInt8]] = []
    var tokens: [Token] = []
    for segment in shape.segments {
      switch segment {
      case .slot(let name): tokens.append(.slot(name))
      case .literal(let text):
        for word in RewordedStat.words(Array(text.utf8)) {
          if tokens.isEmpty { lead.append(word) } else { tokens.append(.word(word)) }
        }
      }
    }
    let letterWords = tokens.compactMap { token -> [UInt8]? in
      if case .word(let word) = token, word.contains(where: RewordedStat.isLetter) {
        word
      } else {
        nil
      }
    }
    guard letterWords.count >= RewordedStat.wordsNeeded else { return nil }
    self.tokens = tokens
    self.lead = lead
    self.patterns = Array(Set(letterWords)).sorted { $0.count > $1.count }.map(BytePattern.init)
  }

  /// Whether every letter word the rewording needs is in `line`, ASCII
  /// case ignored.
  func mayOccur(in line: LineBytes) -> Bool {
    line.containsAll(lowercased: patterns)
  }

  /// A line's words, figures and `%`, with where each stands.
  private enum LineToken {
    case word([UInt8])
    case figure(StatFigure)
  }

  /// The first place the reworded statistic stands in `bytes`.
  func firstMatch(in bytes: [UInt8]) -> StatMatch? {
    let line = RewordedStat.tokens(of: bytes)
    let needed = tokens.count
    guard needed > 0 else { return nil }
    // One try per figure that could fill the first slot; each try looks a
    // bounded distance ahead per token of the shape, so a line is read in
    // time linear in its length.
    for start in line.indices {
      guard case .figure = line[start].token else { continue }
      var placed = [start]
      var position = start + 1
      var inserted = 0
      var failed = false
      for (offset, token) in tokens.enumerated().dropFirst() {
        // A figure's `%` may be left out in new words ("ratio of 31 for the
        // last week"); written, it stands right after the figure.
        if token == .word([UInt8(ascii: "%")]), case .slot = tokens[offset - 1] {
          if position < line.count, RewordedStat.fits(token, line[position].token) {
            placed.append(position)
            position += 1
          }
          continue
        }
        var found: Int?
        var look = position
        while look < line.count, look - position <= RewordedStat.gapLimit {
          if RewordedStat.fits(token, line[look].token) {
            found = look
            break
          }
          look += 1
        }
        guard let found else {
          failed = true
          break
        }
        inserted += found - position
        placed.append(found)
        position = found + 1
      }
      let words = tokens.filter { if case .word = $0 { true } else { false } }.count
      guard !failed, inserted <= words else { continue }
      // The lead words, when they stand just before the figure, belong to it.
      var first = start
      var leadIndex = lead.count - 1
      var look = start - 1
      while leadIndex >= 0, look >= 0, start - look <= RewordedStat.gapLimit + lead.count {
        if case .word(let word) = line[look].token, word == lead[leadIndex] {
          first = look
          leadIndex -= 1
        }
        look -= 1
      }
      var slots: [SlotReading] = []
      for (token, index) in zip(tokens, placed) {
        if case .slot(let name) = token, case .figure(let figure) = line[index].token {
          slots.append(
            SlotReading(name: name, figure: figure, marker: "", offset: line[index].start))
        }
      }
      return StatMatch(range: line[first].start..<line[placed.last!].end, slots: slots)
    }
    return nil
  }

  private static func fits(_ token: Token, _ written: LineToken) -> Bool {
    switch (token, written) {
    case (.word(let word), .word(let other)): word == other
    case (.slot, .figure): true
    default: false
    }
  }

  /// Runs of letters and digits (any non-ASCII byte counts as a letter),
  /// lowercased, and `%` on its own.
  static func words(_ bytes: [UInt8]) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var run: [UInt8] = []
    for byte in bytes {
      if isWordByte(byte) {
        run.append(ASCII.lowercased(byte))
        continue
      }
      if !run.isEmpty { words.append(run) }
      run = []
      if byte == UInt8(ascii: "%") { words.append([byte]) }
    }
    if !run.isEmpty { words.append(run) }
    return words
  }

  private static func tokens(of bytes: [UInt8]) -> [(token: LineToken, start: Int, end: Int)] {
    var result: [(token: LineToken, start: Int, end: Int)] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let previous = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
      let startsFigure =
        ASCII.isDigit(byte) || byte == UInt8(ascii: "~")
        || (ASCII.lowercased(byte) == UInt8(ascii: "a") && !isLetter(previous))
      if startsFigure, !isWordByte(previous),
        let (figure, end) = StatFigure.read(bytes, at: index, spacedScale: false)
      {
        result.append((.figure(figure), index, end))
        index = end
        continue
      }
      if isWordByte(byte) {
        var end = index
        var word: [UInt8] = []
        while end < bytes.count, isWordByte(bytes[end]) {
          word.append(ASCII.lowercased(bytes[end]))
          end += 1
        }
        result.append((.word(word), index, end))
        index = end
        continue
      }
      if byte == UInt8(ascii: "%") { result.append((.word([byte]), index, index + 1)) }
      index += 1
    }
    return result
  }

  /// A letter of a reworded statistic's words: ASCII, or any byte of a
  /// non-ASCII character.
  private static func isLetter(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || !ASCII.isASCII(byte)
  }

  /// A letter (as ``isLetter(_:)``) or a digit: a byte of a word or a figure.
  private static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || ASCII.isDigit(byte) }
}
