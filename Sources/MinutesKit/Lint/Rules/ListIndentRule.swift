/// `list-indent`: TWiki makes a list item only of whole 3-space indents and
/// `* ` with a space; anything else renders as run-on text.
public struct ListIndentRule: LintRule {
  public init() {}
  public var id: String { "list-indent" }
  public var description: String {
    "list indentation not a multiple of 3 spaces, a tab, or '*' not followed by a space"
  }
  public var severity: Severity { .error }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---+++ Operations Last Week
           * ITB release
              1️⃣*changes in MyOSG and GOC ticket to allow ticket searches
        2️⃣    * four spaces
        3️⃣\t* a tab
        """),
      RuleExample(
        """
        ---+++ Operations Last Week
           * ITB release
              * changes in MyOSG
                 1. first numbered
           *Bold text* is emphasis, not a bullet
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    let lines = context.topic.lines
    for index in lines.indices {
      switch lines[index].kind {
      case .bullet, .numbered, .definition: break
      default: continue
      }
      let line = lines[index]
      let item: ListItem
      var isBullet = false
      switch line.kind {
      case .bullet(let bullet):
        item = bullet
        isBullet = true
      case .numbered(let numbered): item = numbered
      case .definition(_, let definition): item = definition
      default: continue
      }
      let indentation = item.indentation.utf8
      if let tab = ByteSearch.withBytes(of: item.indentation, { $0.firstIndex(of: 0x09) }) {
        findings.append(
          finding(
            "tab in a list item's indentation (use 3 spaces per level)", line: line.number,
            column: tab + 1, in: context))
      } else if indentation.count % 3 != 0 {
        findings.append(
          finding(
            "list item indented by \(indentation.count) \(indentation.count == 1 ? "space" : "spaces") (use a multiple of 3)",
            line: line.number, column: 1, in: context))
      }
      let after = item.markerColumn
      if isBullet,
        ByteSearch.withBytes(
          of: line.text,
          { bytes in
            after < bytes.count && bytes[after] != 0x20 && bytes[after] != 0x09
          })
      {
        findings.append(
          finding(
            "no space after '*' (TWiki shows it as text; write '* ')", line: line.number,
            column: item.markerColumn, in: context))
      }
    }
    return findings
  }
}
