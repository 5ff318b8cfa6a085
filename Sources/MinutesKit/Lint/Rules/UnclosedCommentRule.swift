/// `unclosed-comment`: an HTML comment `<!--` that is never closed hides the
/// rest of the page in the browser, every later section included: their
/// owners find no section to submit into, and their open items are carried
/// no further. The topic parser reads the rest of the page as the comment,
/// as the browser does, and says where it opened.
public struct UnclosedCommentRule: LintRule {
  public init() {}
  public var id: String { "unclosed-comment" }
  public var description: String {
    "an HTML comment '<!--' never closed (it hides the rest of the page)"
  }
  public var severity: Severity { .error }

  /// The message, shared with `submit`'s check of a section on its own.
  static let message = "'<!--' is never closed (add '-->'); it hides the rest of the page"

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success 1️⃣<!-- to check
        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success <!-- to check
           with the site admins -->
        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    guard let open = context.topic.unclosedComment else { return [] }
    return [finding(UnclosedCommentRule.message, line: open.line, column: open.column, in: context)]
  }
}
