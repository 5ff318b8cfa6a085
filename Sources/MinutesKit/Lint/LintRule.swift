/// A check over a topic. Each rule lives in its own file under `Lint/Rules/`
/// and carries examples that show, and test, what it finds.
public protocol LintRule: Sendable {
  /// Kebab-case, stable: used in output, in `lint:` settings and in
  /// `<!-- minutes-lint disable=ID -->` comments.
  var id: String { get }
  /// One line: what the rule finds.
  var description: String { get }
  /// The severity of its findings unless the roster's `lint:` section says
  /// otherwise (some rules raise it under `--final`).
  var severity: Severity { get }
  /// Topics that trigger the rule (marked where) and topics that do not.
  var examples: [RuleExample] { get }

  /// Whether its findings concern the page as a whole rather than one
  /// group's section; `--group` leaves those out.
  var isTopicWide: Bool { get }

  /// Whether its findings concern the file's bytes rather than its text
  /// (`encoding`): `--group` keeps them, whatever section they fall in.
  var isAboutTheFile: Bool { get }

  func check(_ context: LintContext) -> [Finding]
}

extension LintRule {
  public var isTopicWide: Bool { false }
  public var isAboutTheFile: Bool { false }

  /// A finding of this rule at a 1-based line and byte column.
  public func finding(
    _ message: String, line: Int, column: Int, in context: LintContext,
    severity: Severity? = nil, group: String? = nil
  ) -> Finding {
    Finding(
      rule: id, severity: severity ?? self.severity, message: message,
      location: context.topic.location(line: line, column: column), group: group)
  }
}
