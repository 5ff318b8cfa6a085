/// `unclosed-verbatim`: an unclosed `<verbatim>` or `<pre>` turns the rest of
/// the page into raw text, every section after it included. TWiki takes
/// verbatim blocks out before anything else, so a tag inside an HTML comment
/// opens one too.
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
    var open: (tag: String, line: Int, column: Int)?
    for line in context.topic.lines {
      let lowered = Array(line.text.lowercased().utf8)
      var index = 0
      while index < lowered.count {
        guard lowered[index] == UInt8(ascii: "<") else {
          index += 1
          continue
        }
        if let current = open {
          let close = Array("</\(current.tag)".utf8)
          if lowered[index...].starts(with: close) {
            open = nil
            index += close.count
            continue
          }
        } else {
          for tag in ["verbatim", "pre"] {
            let start = Array("<\(tag)".utf8)
            let end = index + start.count
            if lowered[index...].starts(with: start),
              end == lowered.count || [UInt8(ascii: ">"), 0x20, 0x09].contains(lowered[end])
            {
              open = (tag, line.number, index + 1)
              break
            }
          }
        }
        index += 1
      }
    }
    guard let open else { return [] }
    return [
      finding(
        "<\(open.tag)> is never closed (add </\(open.tag)>)", line: open.line, column: open.column,
        in: context)
    ]
  }
}
