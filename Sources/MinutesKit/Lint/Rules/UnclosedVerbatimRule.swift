/// `unclosed-verbatim`: an unclosed `<verbatim>` or `<pre>` turns the rest of
/// the page into raw text, every section after it included. TWiki takes
/// verbatim blocks out before anything else, so a tag inside an HTML comment
/// opens one too; the topic parser works out which block is left open.
public struct UnclosedVerbatimRule: LintRule {
  public init() {}
  public var id: String { "unclosed-verbatim" }
  public var description: String { "<verbatim> or <pre> never closed" }
  public var severity: Severity { .error }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ Integration (Suchandra)
           * RSV probe output: 1️⃣<verbatim>
        probe failed: timeout
        ---++ Security (Mine)
        """),
      RuleExample(
        """
        ---++ Integration (Suchandra)
           * RSV probe output: <pre>timeout</pre>
        <verbatim>
        <pre> is literal inside verbatim
        </verbatim>
           * Wrap logs in <verbatim>...</verbatim> on one line
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    // The parser tracks blocks as TWiki cuts them out (``LineClassifier``).
    guard let open = context.topic.unclosedBlock else { return [] }
    return [
      finding(UnclosedVerbatimRule.message(open), line: open.line, column: open.column, in: context)
    ]
  }

  /// The message, shared with `submit`'s check of a section on its own.
  static func message(_ open: Topic.OpenBlock) -> String {
    "<\(open.tag)> is never closed (add </\(open.tag)>)"
  }
}
