/// `empty-bullet`: a bullet with nothing after `*` shows as a stray dot on
/// the page; the skeleton leaves them for owners to fill.
public struct EmptyBulletRule: LintRule {
  public init() {}
  public var id: String { "empty-bullet" }
  public var description: String { "a bullet with nothing after '*'" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ Action/Significant Items:
           1️⃣* 
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: 4 users utilized 21 sites
              2️⃣*
        """),
      RuleExample(
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        <verbatim>
           * 
        </verbatim>
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    context.topic.lines.compactMap { line in
      guard case .bullet(let item) = line.kind, item.text.isEmpty else { return nil }
      return finding("empty bullet", line: line.number, column: item.markerColumn, in: context)
    }
  }
}
