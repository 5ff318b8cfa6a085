import Yams

/// The roster's `lint:` section: rule severities and `submission-gaps`.
extension RosterBuilder {
  static let lintKeys = ["severity", "submission-gaps"]

  func buildLint(_ node: Node) throws(MinutesError) -> LintSettings {
    let fields = try entries(
      node, expected: "lint settings (severity, submission-gaps)", allowed: RosterBuilder.lintKeys,
      context: "'lint'")
    var settings = LintSettings()
    if let gaps = fields.optional("submission-gaps") {
      let text = try string(gaps, "error or warning")
      guard let level = LintSettings.Level(rawValue: text.lowercased()), level != .off else {
        throw MinutesError(
          "unknown value '\(text)' for 'submission-gaps' (use error or warning)",
          at: yaml.location(gaps))
      }
      settings.submissionGaps = level
    }
    guard let severityNode = fields.optional("severity") else { return settings }
    guard case .mapping(let mapping) = severityNode else {
      throw mismatch(severityNode, "rule severities like {empty-bullet: warning}")
    }
    let levels = ["error", "warning", "off"]
    for (key, value) in mapping {
      let rule = try keyName(key)
      guard Linter.rule(id: rule) != nil else {
        let hint = Suggestion.closest(to: rule, in: Linter.ruleIDs).map {
          " (did you mean '\($0)'?)"
        }
        throw MinutesError(
          "unknown lint rule '\(rule)'" + (hint ?? " (run 'minutes rules' for the list)"),
          at: yaml.location(key))
      }
      let text = try string(value, "a severity (error, warning or off)")
      guard let level = LintSettings.Level(rawValue: text.lowercased()) else {
        let guess = Suggestion.closest(to: text, in: levels)
        throw MinutesError(
          "unknown severity '\(text)' for '\(rule)' ("
            + (guess.map { "did you mean '\($0)'? " } ?? "") + "use error, warning or off)",
          at: yaml.location(value))
      }
      settings.severities[rule] = level
    }
    return settings
  }
}
