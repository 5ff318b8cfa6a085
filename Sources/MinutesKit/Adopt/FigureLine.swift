/// A line of text with its figures taken out: the figures, and the text
/// between them (the line's "skeleton"), which recurs week after week when a
/// group reports the same figure.
struct FigureLine: Sendable, Equatable {
  /// The text around the figures: one more piece than there are figures.
  var pieces: [String]
  var figures: [StatFigure]

  /// The skeleton as one string, figures written as U+0001.
  var skeleton: String { pieces.joined(separator: "\u{1}") }

  /// What makes two lines the same figure line for lint's matcher, which
  /// ignores case and runs of spaces: the skeleton lowercased, spaces
  /// collapsed, without closing punctuation.
  var key: String {
    let collapsed = skeleton.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
      .joined(separator: " ")
    return String(collapsed.reversed().drop { ".;,: ".contains($0) }.reversed())
  }

  /// The line cut around its figures: the text before the word that leads
  /// into the first figure, the core from that word to the word after the
  /// last figure, and the rest. The core is the stat's shape, so a label
  /// reworded before it (`Last week's total usage:` becoming `Previous
  /// week's ...`) or a tail reworded after it still matches.
  func core(slots: [String]) -> (prefix: String, shape: String, suffix: String) {
    guard !figures.isEmpty, let head = pieces.first, let tail = pieces.last else {
      return ("", shape(slots: slots), "")
    }
    // The last word before the first figure, unless it is a label (`usage:`).
    var cut = head.endIndex
    var index = head.endIndex
    while index > head.startIndex, head[head.index(before: index)] == " " {
      index = head.index(before: index)
    }
    let wordEnd = index
    while index > head.startIndex, !head[head.index(before: index)].isWhitespace {
      index = head.index(before: index)
    }
    if index < wordEnd, head[head.index(before: wordEnd)] != ":",
      head[index..<wordEnd].contains(where: \.isLetter)
    {
      cut = index
    }
    let prefix = String(head[..<cut])
    // Up to the end of the first word after the last figure.
    var end = tail.startIndex
    while end < tail.endIndex, !tail[end].isLetter, !tail[end].isNumber {
      end = tail.index(after: end)
    }
    while end < tail.endIndex, tail[end].isLetter || tail[end].isNumber {
      end = tail.index(after: end)
    }
    var kept = String(tail[..<end])
    while let last = kept.last, ".;,:".contains(last) { kept.removeLast() }
    // Close the parentheses the core opens: `({ok} / {failed} = {rate}% success)`.
    let opened = (pieces.dropLast().joined() + kept).filter { $0 == "(" }.count
    let closed = (pieces.dropLast().joined() + kept).filter { $0 == ")" }.count
    var rest = tail.dropFirst(kept.count)
    for _ in 0..<max(0, opened - closed) {
      guard let close = rest.firstIndex(of: ")") else { break }
      kept += rest[...close]
      rest = rest[rest.index(after: close)...]
    }
    let suffix = String(rest)
    var middle = pieces
    middle[0] = String(head[cut...])
    middle[middle.count - 1] = kept
    // A core without words of its own (`{credits} (+{n})`) could be any
    // figure: then the whole line is the shape.
    guard middle.joined().filter(\.isLetter).count >= 4 else {
      var whole = pieces
      var last = whole[whole.count - 1]
      while let character = last.last, ".;,: ".contains(character) { last.removeLast() }
      let rest = String(whole[whole.count - 1].dropFirst(last.count))
      whole[whole.count - 1] = last
      return ("", FigureLine(pieces: whole, figures: figures).shape(slots: slots), rest)
    }
    let shape = FigureLine(pieces: middle, figures: figures).shape(slots: slots)
    return (prefix, shape, suffix)
  }

  /// The core with its slots unnamed, as lint compares shapes: two lines
  /// with the same core key give the same stat.
  var coreKey: String {
    FigureLine.normalized(core(slots: Array(repeating: "_", count: figures.count)).shape)
  }

  /// A shape as lint compares it: lowercased, spaces collapsed.
  static func normalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  init(pieces: [String], figures: [StatFigure]) {
    self.pieces = pieces
    self.figures = figures
  }

  /// Reads the figures of `text`: numbers that start and end a word
  /// (`341 khour/day`, `91%`, `1.1M`), not the digits inside `500TB` or `E@H2`.
  init(_ text: String) {
    let bytes = Array(text.utf8)
    var pieces: [String] = []
    var figures: [StatFigure] = []
    var pieceStart = 0
    var index = 0
    while index < bytes.count {
      let previous: UInt8? = index > 0 ? bytes[index - 1] : nil
      let startsWord =
        previous.map { !ASCII.isWordByte($0) && $0 != UInt8(ascii: ".") } ?? true
      if startsWord, ASCII.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-"),
        let (figure, end) = StatFigure.read(bytes, at: index),
        end == bytes.count || !ASCII.isWordByte(bytes[end])
      {
        pieces.append(String(decoding: bytes[pieceStart..<index], as: UTF8.self))
        figures.append(figure)
        index = end
        pieceStart = end
        continue
      }
      index += 1
    }
    pieces.append(String(decoding: bytes[pieceStart..<bytes.count], as: UTF8.self))
    self.pieces = pieces
    self.figures = figures
  }

  /// Whether the figures are parts of something that is no count: a
  /// version (`3.0.9`), a date or phone number (`11/4`, `812-855`), a link.
  var isIdentifierLike: Bool {
    if pieces.contains(where: { $0.contains("http") || $0.contains("[[") }) { return true }
    for piece in pieces.dropFirst().dropLast() {
      guard let first = piece.first, ".-/:".contains(first) else { continue }
      if piece.count == 1 { return true }
    }
    for (index, piece) in pieces.enumerated() where index > 0 {
      let chars = Array(piece)
      if chars.count >= 2, ".-/".contains(chars[0]), chars[1].isNumber { return true }
    }
    return false
  }

  /// Slot names from the words around each figure: the word after it
  /// (`{users} users`), else the word before it, made unique.
  func slotNames() -> [String] {
    var names: [String] = []
    for index in figures.indices {
      let after = FigureLine.words(pieces[index + 1]).first
      let before = FigureLine.words(pieces[index]).last
      var name = (after ?? before ?? "n").lowercased()
      if name.first?.isNumber ?? true { name = "n" + name }
      let base = String(name.prefix(20))
      name = base
      var counter = 2
      while names.contains(name) {
        name = "\(base)\(counter)"
        counter += 1
      }
      names.append(name)
    }
    return names
  }

  /// The words of the text that could name a slot or a stat (ASCII letters).
  static func words(_ text: String) -> [String] {
    text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 }
  }

  /// The line as written: its pieces with its figures between them.
  var text: String {
    var text = ""
    for (index, piece) in pieces.enumerated() {
      text += piece
      if index < figures.count { text += figures[index].text }
    }
    return text
  }

  /// The shape text: pieces with `{slot}`s between them, braces doubled.
  func shape(slots: [String]) -> String {
    var text = ""
    for (index, piece) in pieces.enumerated() {
      text += piece.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(
        of: "}", with: "}}")
      if index < slots.count { text += "{\(slots[index])}" }
    }
    return text
  }
}

extension UInt8 {
  fileprivate var isDigitByte: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
