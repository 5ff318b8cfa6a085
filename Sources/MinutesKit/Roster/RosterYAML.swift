import Foundation
import Yams

/// The YAML layer of roster loading: composes a document into Yams nodes with
/// bounded work, and turns every Yams error into a one-line, positioned
/// ``MinutesError``.
///
/// Yams shares an anchored node between its aliases instead of copying it, so
/// composing an alias bomb is cheap; the cost appears when something walks the
/// expanded tree. ``RosterYAML/checkBudget(_:)`` walks it first, counting nodes
/// and stopping at ``RosterYAML/nodeBudget``, so nothing after it can be made
/// to do more work than a few hundred thousand node visits.
struct RosterYAML {
  /// Most YAML nodes (aliases expanded) a roster may have. A real roster has a
  /// few hundred; a budget this size is walked in about a millisecond.
  static let nodeBudget = 100_000
  /// Most scalar text (aliases expanded) a roster may hold: aliases to one
  /// long string would otherwise multiply it without adding many nodes. A
  /// roster without aliases is at most 1 MiB, well below this.
  static let textBudget = 8 << 20

  let text: String
  let file: String
  let lines: [Substring]

  init(text: String, file: String) {
    self.text = text
    self.file = file
    var lines: [Substring] = []
    var start = text.unicodeScalars.startIndex
    var index = start
    let scalars = text.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\n" || scalar == "\r" {
        lines.append(Substring(scalars[start..<index]))
        var next = scalars.index(after: index)
        if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
          next = scalars.index(after: next)
        }
        start = next
        index = next
      } else {
        index = scalars.index(after: index)
      }
    }
    lines.append(Substring(scalars[start..<scalars.endIndex]))
    self.lines = lines
  }

  // MARK: Positions

  /// The position of a libyaml mark (1-based line, column in Unicode scalars)
  /// as a ``SourceLocation`` (column in UTF-8 bytes).
  func location(line: Int, scalarColumn: Int) -> SourceLocation {
    guard line >= 1, line <= lines.count else {
      return SourceLocation(file: file, line: max(line, 1), column: max(scalarColumn, 1))
    }
    var bytes = 0
    var counted = 1
    for scalar in lines[line - 1].unicodeScalars {
      if counted >= scalarColumn { break }
      bytes += UTF8.width(scalar)
      counted += 1
    }
    return SourceLocation(
      file: file, line: line, column: bytes + 1 + max(0, scalarColumn - counted))
  }

  func location(_ mark: Mark?) -> SourceLocation {
    guard let mark else { return SourceLocation(file: file, line: 1, column: 1) }
    return location(line: mark.line, scalarColumn: mark.column)
  }

  func location(_ node: Node) -> SourceLocation { location(node.mark) }

  /// The position of a character offset into `text`, as Yams' reader errors give it.
  func location(characterOffset offset: Int) -> SourceLocation {
    let index =
      text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
    var line = 1
    var lineStart = text.unicodeScalars.startIndex
    var cursor = text.unicodeScalars.startIndex
    let scalars = text.unicodeScalars
    while cursor < index {
      let scalar = scalars[cursor]
      cursor = scalars.index(after: cursor)
      if scalar == "\n"
        || (scalar == "\r" && (cursor == scalars.endIndex || scalars[cursor] != "\n"))
      {
        line += 1
        lineStart = cursor
      }
    }
    let column = scalars.distance(from: lineStart, to: index) + 1
    return location(line: line, scalarColumn: column)
  }

  // MARK: Composing

  /// Composes the document, or nil when it holds no document at all.
  func compose() throws(MinutesError) -> Node? {
    try checkComplexKeysWithAliases()
    do {
      return try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw translate(error)
    } catch {
      throw MinutesError("cannot read the roster: \(error)", at: location(line: 1, scalarColumn: 1))
    }
  }

  /// Rejects what would make Yams itself do unbounded work before the budget
  /// walk can run: Yams hashes every mapping key to find duplicates, and a key
  /// that is (or holds) an alias to a nested structure hashes the whole
  /// expansion. Roster keys are always plain names, so when the text has any
  /// alias, non-scalar keys (`? key`, `[a]: x`, `{a: b}: x`, `*alias: x`) are
  /// refused. The scan over-approximates: it may refuse such text inside a
  /// quoted string, but never lets a real one through.
  func checkComplexKeysWithAliases() throws(MinutesError) {
    let bytes = Array(text.utf8)
    func isNameByte(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        true
      default: false
      }
    }
    func name(after index: Int) -> (String, end: Int) {
      var end = index + 1
      while end < bytes.count && isNameByte(bytes[end]) { end += 1 }
      return (String(decoding: bytes[(index + 1)..<end], as: UTF8.self), end)
    }
    var anchors: Set<String> = []
    for index in bytes.indices where bytes[index] == UInt8(ascii: "&") {
      let (anchor, _) = name(after: index)
      if !anchor.isEmpty { anchors.insert(anchor) }
    }
    guard !anchors.isEmpty else { return }
    var aliasKey: Int?
    var hasAlias = false
    var complexKey: Int?
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    let newline = UInt8(ascii: "\n")
    let carriageReturn = UInt8(ascii: "\r")
    func nextNonBlank(_ index: Int) -> Int {
      var next = index
      while next < bytes.count && (bytes[next] == space || bytes[next] == tab) { next += 1 }
      return next
    }
    func isBreakOrBlank(_ index: Int) -> Bool {
      index >= bytes.count || [space, tab, newline, carriageReturn].contains(bytes[index])
    }
    for index in bytes.indices {
      switch bytes[index] {
      case UInt8(ascii: "*"):
        let (alias, end) = name(after: index)
        guard anchors.contains(alias) else { continue }
        hasAlias = true
        let next = nextNonBlank(end)
        if next < bytes.count && bytes[next] == UInt8(ascii: ":") && aliasKey == nil {
          aliasKey = index
        }
      case UInt8(ascii: "?"):
        // An explicit key indicator: `?` followed by a blank, after indentation,
        // `- `, or a flow indicator.
        guard isBreakOrBlank(index + 1) else { continue }
        var before = index - 1
        while before >= 0 && (bytes[before] == space || bytes[before] == tab) { before -= 1 }
        if before < 0
          || [
            newline, carriageReturn, UInt8(ascii: "-"), UInt8(ascii: "["),
            UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "?"), UInt8(ascii: ":"),
          ].contains(bytes[before])
        {
          if complexKey == nil { complexKey = index }
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        let next = nextNonBlank(index + 1)
        if next < bytes.count && bytes[next] == UInt8(ascii: ":") && complexKey == nil {
          complexKey = index
        }
      default: continue
      }
    }
    guard hasAlias else { return }
    if let offset = aliasKey ?? complexKey {
      let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes)
      throw MinutesError(
        aliasKey != nil
          ? "an alias cannot be a key in a roster (keys are plain names like 'owners')"
          : "a list, mapping or '?' key cannot be combined with aliases in a roster "
            + "(keys are plain names like 'owners')",
        at: SourceLocation(file: file, line: line, column: column))
    }
  }

  /// Walks the composed tree with aliases expanded, counting nodes and the
  /// text of scalars, and stops at ``nodeBudget`` nodes or ``textBudget``
  /// bytes. The error names the top-level entry that blew up.
  func checkBudget(_ root: Node) throws(MinutesError) {
    var nodes = RosterYAML.nodeBudget
    var bytes = RosterYAML.textBudget
    func walk(_ node: Node) -> Bool {
      nodes -= 1
      if nodes < 0 { return false }
      switch node {
      case .scalar(let scalar):
        bytes -= scalar.string.utf8.count
        return bytes >= 0
      case .alias: return true
      case .sequence(let sequence):
        for child in sequence where !walk(child) { return false }
        return true
      case .mapping(let mapping):
        for (key, value) in mapping where !walk(key) || !walk(value) { return false }
        return true
      }
    }
    guard case .mapping(let top) = root else {
      if !walk(root) { throw budgetError(at: location(root), entry: nil, text: bytes < 0) }
      return
    }
    nodes -= 1
    for (key, value) in top where !walk(key) || !walk(value) {
      throw budgetError(at: location(key), entry: key.scalar?.string, text: bytes < 0)
    }
  }

  private func budgetError(at location: SourceLocation, entry: String?, text: Bool)
    -> MinutesError
  {
    let subject = entry.map { "'\($0)'" } ?? "the roster"
    let amount =
      text
      ? "more than \(FileIO.describeSize(RosterYAML.textBudget)) of text"
      : "more than \(RosterYAML.nodeBudget) YAML nodes"
    return MinutesError(
      "\(subject) holds \(amount) once aliases are expanded (an alias bomb?); "
        + "a roster is a few kilobytes",
      at: location)
  }

  // MARK: Errors

  func translate(_ error: YamlError) -> MinutesError {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      return syntaxError(problem: problem, mark: mark, context: context)
    case .reader(let problem, let offset, _, _):
      let at = offset.map { location(characterOffset: $0) } ?? location(line: 1, scalarColumn: 1)
      return MinutesError("yaml syntax error: \(problem)", at: at)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? "?"
      let first = context.mark
      let second = secondOccurrence(of: key, after: first)
      return MinutesError(
        "duplicate key '\(key)' (first at line \(first.line))",
        at: second ?? location(first))
    default:
      return MinutesError("yaml error: \(oneLine(error.description))", at: location(nil))
    }
  }

  private func syntaxError(problem: String, mark: Mark, context: YamlError.Context?)
    -> MinutesError
  {
    var text = problem
    var at = location(mark)
    if problem == "but found another document" {
      return MinutesError(
        "the roster holds a second YAML document here (a roster is one document: remove the '---')",
        at: at)
    }
    if problem.hasPrefix("Maximum nesting level reached") {
      return MinutesError("the roster nests deeper than 1000 levels", at: at)
    }
    let aboutTabs = problem.contains("tab") || isTab(at: mark)
    if let context, !aboutTabs {
      let contextText = context.text.trimmingCharacters(in: .whitespacesAndNewlines)
      if contextText == "while scanning a simple key" {
        // The key without its ':' is where the person went wrong, not the next line.
        at = location(context.mark)
        text = "\(problem) after this key (write 'key: value')"
      } else {
        text += " (\(contextText) at line \(context.mark.line), column \(context.mark.column))"
      }
    }
    if aboutTabs {
      text += "; indent with spaces, not tabs"
    }
    return MinutesError("yaml syntax error: \(text)", at: at)
  }

  private func isTab(at mark: Mark) -> Bool {
    guard mark.line >= 1, mark.line <= lines.count else { return false }
    let scalars = Array(lines[mark.line - 1].unicodeScalars)
    let index = mark.column - 1
    return index >= 0 && index < scalars.count && scalars[index] == "\t"
  }

  /// Yams reports only the first of two equal keys; the person needs the second.
  /// Sibling keys of a block mapping share a column, so look there first, then
  /// anywhere later (flow mappings).
  private func secondOccurrence(of key: String, after first: Mark) -> SourceLocation? {
    guard first.line >= 1, first.line <= lines.count else { return nil }
    let candidates = [key, "\"\(key)\"", "'\(key)'"]
    func keyColumn(in line: Substring, from column: Int, sameColumnOnly: Bool) -> Int? {
      let scalars = Array(line.unicodeScalars)
      var start = column - 1
      while start < scalars.count {
        for candidate in candidates {
          let candidateScalars = Array(candidate.unicodeScalars)
          let end = start + candidateScalars.count
          guard end <= scalars.count, Array(scalars[start..<end]) == candidateScalars else {
            continue
          }
          let boundaryBefore =
            start == 0 || [" ", "\t", "{", ",", "-", "?"].contains(scalars[start - 1])
          var after = end
          while after < scalars.count && (scalars[after] == " " || scalars[after] == "\t") {
            after += 1
          }
          if boundaryBefore && after < scalars.count && scalars[after] == ":" { return start + 1 }
        }
        if sameColumnOnly { return nil }
        start += 1
      }
      return nil
    }
    // Same line, after the first key (flow mappings).
    if let column = keyColumn(
      in: lines[first.line - 1], from: first.column + 1, sameColumnOnly: false)
    {
      return location(line: first.line, scalarColumn: column)
    }
    for line in first.line..<lines.count {
      if let column = keyColumn(in: lines[line], from: first.column, sameColumnOnly: true) {
        return location(line: line + 1, scalarColumn: column)
      }
    }
    for line in first.line..<lines.count {
      if let column = keyColumn(in: lines[line], from: 1, sameColumnOnly: false) {
        return location(line: line + 1, scalarColumn: column)
      }
    }
    return nil
  }

  private func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(
      separator: " ")
  }
}
