/// What `minutes rules` prints: the list of rules, or one rule explained
/// with its examples.
public enum RuleDocumentation {
  /// One line per rule: id, default severity, description.
  public static func list(_ rules: [any LintRule] = Linter.allRules) -> String {
    let width = rules.map(\.id.count).max() ?? 0
    return rules.map { rule in
      rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
        + rule.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        + rule.description + "\n"
    }.joined()
  }

  /// The rule with `id`, or an error naming the closest id.
  public static func rule(id: String) throws(MinutesError) -> any LintRule {
    if let rule = Linter.rule(id: id) { return rule }
    let hint =
      Suggestion.closest(to: id, in: Linter.ruleIDs).map { " (did you mean '\($0)'?)" }
      ?? " (run 'minutes rules' for the list)"
    throw MinutesError("unknown rule '\(id)'\(hint)")
  }

  /// A rule's id, severity, description and examples; markers show where
  /// findings are reported.
  public static func explain(_ rule: any LintRule) -> String {
    var text = "\(rule.id) (default severity: \(rule.severity.rawValue))\n\(rule.description)\n"
    let triggering = rule.examples.filter(\.triggers)
    let passing = rule.examples.filter { !$0.triggers }
    func show(_ example: RuleExample) -> String {
      var modes: [String] = []
      if let group = example.group { modes.append("--group \(group)") }
      if example.isFinal { modes.append("--final") }
      var header = modes.isEmpty ? "" : "  with \(modes.joined(separator: " ")):\n"
      if let previous = example.previous {
        header += "  after the previous meeting's page:\n"
        header += previous.split(separator: "\n").map { "    " + $0 + "\n" }.joined()
        header += "  this page:\n"
      }
      let body = example.markedText.split(separator: "\n", omittingEmptySubsequences: false)
        .map { "    " + $0.replacingOccurrences(of: "\u{0}", with: "\\0") }.joined(separator: "\n")
      return header + body + "\n"
    }
    if !triggering.isEmpty {
      text += "\nFound here (1️⃣ marks where each finding is reported):\n\n"
      text += triggering.map(show).joined(separator: "\n")
    }
    if !passing.isEmpty {
      text += "\nNot found here:\n\n"
      text += passing.map(show).joined(separator: "\n")
    }
    return text
  }
}
