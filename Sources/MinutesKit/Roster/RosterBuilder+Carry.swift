import Yams

/// The roster's `carry:` section: what `new` takes from last week's topic.
extension RosterBuilder {
  static let carryKeys = ["sections", "labels", "done-marks", "mode", "action-markers"]
  static let carryListKeys = ["name", "mode"]

  func buildCarry(_ node: Node) throws(MinutesError) -> CarryRules {
    let fields = try entries(
      node, expected: "the carry rules (sections, labels, done-marks, mode, action-markers)",
      allowed: RosterBuilder.carryKeys, context: "'carry'")
    var rules = CarryRules()
    if let sections = fields.optional("sections") {
      rules.sections = try carryList(
        sections, "a list of section titles", item: "a section title", modes: &rules.modes)
      if rules.sections.isEmpty {
        throw MinutesError(
          "carry.sections needs at least one section title; open items and actions go there",
          at: yaml.location(sections))
      }
    }
    if let labels = fields.optional("labels") {
      rules.labels = try carryList(
        labels, "a list of bullet labels", item: "a bullet label", modes: &rules.modes)
    }
    if let marks = fields.optional("done-marks") {
      rules.doneMarks = try stringList(marks, "a list of done marks", item: "a done mark")
    }
    if let markers = fields.optional("action-markers") {
      rules.actionMarkers = try stringList(
        markers, "a list of action markers", item: "an action marker")
    }
    if let modeNode = fields.optional("mode") {
      rules.mode = try carryMode(modeNode)
    }
    return rules
  }

  func carryMode(_ node: Node) throws(MinutesError) -> CarryRules.Mode {
    let mode = try string(node, "a carry mode (all or actions)")
    guard let parsed = CarryRules.Mode(rawValue: mode.lowercased()) else {
      throw MinutesError(
        "unknown carry mode '\(mode)' (use all or actions)", at: yaml.location(node))
    }
    return parsed
  }

  /// A list of carried sections or labels: each a title, or `{name: TITLE,
  /// mode: all}` with a mode of its own (kept in `modes`).
  func carryList(
    _ node: Node, _ expected: String, item: String, modes: inout [String: CarryRules.Mode]
  ) throws(MinutesError) -> [String] {
    guard case .sequence(let sequence) = node else { throw mismatch(node, expected) }
    var names: [String] = []
    for element in sequence {
      guard case .mapping = element else {
        names.append(try string(element, item))
        continue
      }
      let fields = try entries(
        element, expected: "\(item), or {name: …, mode: all}",
        allowed: RosterBuilder.carryListKeys, context: "'\(item)'")
      let name = try string(
        try fields.required("name", "its title, as in {name: Issues, mode: all}"), item)
      if let mode = fields.optional("mode") { modes[labelKey(name)] = try carryMode(mode) }
      names.append(name)
    }
    return names
  }
}
