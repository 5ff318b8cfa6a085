import Yams

/// The values every section is made of: mappings with known keys,
/// strings, lists, WikiNames and numbers, each problem at its node.
extension RosterBuilder {
  struct Entries {
    let builder: RosterBuilder
    let node: Node
    let context: String?
    var pairs: [String: (key: Node, value: Node)]
    /// Where a missing key is reported: the section's own key when it has
    /// one, else the start of the mapping.
    var missingAt: Node?

    /// The value of a key that must be there; `what` says what it holds.
    func required(_ key: String, _ what: String, context: String? = nil) throws(MinutesError)
      -> Node
    {
      guard let pair = pairs[key] else {
        let within = (context ?? self.context).map { " in \($0)" } ?? ""
        throw MinutesError(
          "missing key '\(key)'\(within) (\(what))", at: builder.yaml.location(missingAt ?? node))
      }
      return pair.value
    }

    /// The value of an optional key; an empty value counts as absent.
    func optional(_ key: String) -> Node? {
      guard let value = pairs[key]?.value, !builder.isNull(value) else { return nil }
      return value
    }
  }

  func entries(_ node: Node, expected: String, allowed: [String], context: String?)
    throws(MinutesError) -> Entries
  {
    guard case .mapping(let mapping) = node else { throw mismatch(node, expected) }
    var pairs: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      let name = try keyName(key)
      guard allowed.contains(name) else {
        let within = context.map { " in \($0)" } ?? ""
        if let guess = Suggestion.closest(to: name, in: allowed) {
          throw MinutesError(
            "unknown key '\(name)'\(within) (did you mean '\(guess)'?)", at: yaml.location(key))
        }
        throw MinutesError(
          "unknown key '\(name)'\(within) (valid keys: \(allowed.joined(separator: ", ")))",
          at: yaml.location(key))
      }
      pairs[name] = (key, value)
    }
    return Entries(builder: self, node: node, context: context, pairs: pairs)
  }

  func keyName(_ key: Node) throws(MinutesError) -> String {
    guard case .scalar(let scalar) = key, !isNull(key) else {
      throw mismatch(key, "a key name")
    }
    return scalar.string
  }

  /// A scalar as text; an empty or missing value is an error naming `expected`.
  /// The text of `node` read by `parse`; what `parse` finds wrong is
  /// reported where the node stands.
  func parsed<Value>(
    _ node: Node, _ expected: String, _ parse: (String) throws(MinutesError) -> Value
  ) throws(MinutesError) -> Value {
    let text = try string(node, expected)
    do {
      return try parse(text)
    } catch {
      throw MinutesError(error.message, at: yaml.location(node))
    }
  }

  func string(_ node: Node, _ expected: String, trim: Bool = true) throws(MinutesError) -> String {
    guard case .scalar(let scalar) = node, !isNull(node) else { throw mismatch(node, expected) }
    let text = trim ? scalar.string.trimmingSpaces : scalar.string
    if text.trimmingSpaces.isEmpty {
      throw MinutesError("expected \(expected), found an empty string", at: yaml.location(node))
    }
    return text
  }

  func stringList(_ node: Node, _ expected: String, item: String) throws(MinutesError)
    -> [String]
  {
    guard case .sequence(let sequence) = node else { throw mismatch(node, expected) }
    var values: [String] = []
    for element in sequence {
      values.append(try string(element, item))
    }
    return values
  }

  func oneWord(_ node: Node, _ expected: String) throws(MinutesError) -> String {
    let text = try string(node, expected)
    if text.contains(where: \.isWhitespace) {
      throw MinutesError(
        "expected \(expected), found '\(text)' with a space", at: yaml.location(node))
    }
    return text
  }

  /// A TWiki WikiName: capitalised words run together (`DanFraser`).
  func wikiName(_ node: Node) throws(MinutesError) -> String {
    let text = try string(node, "a WikiName like DanFraser")
    if text.hasPrefix("Main."), RosterBuilder.isWikiName(String(text.dropFirst(5))) {
      throw MinutesError(
        "write the WikiName without 'Main.' ('\(text.dropFirst(5))')", at: yaml.location(node))
    }
    guard RosterBuilder.isWikiName(text) else {
      let joined = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      let hint = RosterBuilder.isWikiName(joined) ? "did you mean '\(joined)'? " : ""
      throw MinutesError(
        "'\(text)' is not a WikiName (\(hint)capitalised words run together, like DanFraser)",
        at: yaml.location(node))
    }
    return text
  }

  /// A day written `2011-03-22`.
  func date(_ node: Node) throws(MinutesError) -> MeetingDate {
    let text = try string(node, "a date like 2011-03-22")
    guard let date = MeetingDate(iso: text) else {
      throw MinutesError(
        "expected a date like 2011-03-22, found '\(text)'", at: yaml.location(node))
    }
    return date
  }

  static func isWikiName(_ text: String) -> Bool {
    // TWiki: [A-Z]+[a-z]+[A-Z]+[a-zA-Z0-9]*
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func run(_ test: (Unicode.Scalar) -> Bool) -> Int {
      let start = index
      while index < scalars.count && test(scalars[index]) { index += 1 }
      return index - start
    }
    let upper: (Unicode.Scalar) -> Bool = { ("A"..."Z").contains($0) }
    let lower: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) }
    guard run(upper) > 0, run(lower) > 0, run(upper) > 0 else { return false }
    _ = run { upper($0) || lower($0) || ("0"..."9").contains($0) }
    return index == scalars.count
  }

  func positiveInteger(_ node: Node, _ expected: String) throws(MinutesError) -> Int {
    guard case .scalar(let scalar) = node, !isNull(node) else { throw mismatch(node, expected) }
    guard let value = Int(scalar.string.trimmingSpaces), value > 0 else {
      throw MinutesError("expected \(expected), found '\(scalar.string)'", at: yaml.location(node))
    }
    return value
  }

  func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return node.tag.description == Tag.Name.null.rawValue
  }

  func mismatch(_ node: Node, _ expected: String) -> MinutesError {
    MinutesError("expected \(expected), found \(describe(node))", at: yaml.location(node))
  }

  func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping of keys"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if scalar.style != .plain { return "a string" }
      switch node.tag.description {
      case Tag.Name.null.rawValue: return "nothing"
      case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return "a number"
      case Tag.Name.bool.rawValue: return "'\(scalar.string)' (a yes/no value)"
      case Tag.Name.timestamp.rawValue: return "a date"
      default: return "a string"
      }
    }
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
    return String(slice)
  }
}
