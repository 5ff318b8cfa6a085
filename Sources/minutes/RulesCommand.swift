import ArgumentParser
import MinutesKit

/// `minutes rules [ID]`: what lint checks.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the lint rules, or explain one with its examples.",
    discussion: """
      Severities can be changed, and rules turned off, in the roster's lint: section
      (lint: {severity: {empty-bullet: error, placeholder: off}}), and for one line or
      section with <!-- minutes-lint disable=RULE --> in the topic.

      Examples:
        minutes rules                 every rule with its severity
        minutes rules blank-stat      one rule, with examples that trigger it and that do not
      """)

  @Argument(help: "A rule id, e.g. empty-bullet.", completion: .list(Linter.ruleIDs))
  var id: String?

  func run() throws {
    guard let id else {
      try Console.output(RuleDocumentation.list())
      return
    }
    try Console.output(RuleDocumentation.explain(try RuleDocumentation.rule(id: id)))
  }
}
