import Foundation

/// `malformed-heading`: a line meant as a heading that TWiki shows as text.
/// TWiki reads `---++ Title` only at the very start of a line and with three
/// dashes or more: `--++ Coordinates`, ` ---+++ Gratia Reports` (a space
/// first) and `<del>---++ Security</del>---++ Security` (markup first, as a
/// merged edit conflict leaves it) are text on the page. The section tree
/// still starts a section there (``MeantHeading``), so the section above
/// does not run on into it and the rules read the page as it was meant.
public struct MalformedHeadingRule: LintRule {
  public init() {}
  public var id: String { "malformed-heading" }
  public var description: String {
    "a heading TWiki shows as text: fewer than three dashes, or not at the start of the line"
  }
  public var severity: Severity { .error }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        1️⃣--++ Coordinates
         2️⃣---+++ Gratia Reports
        <del>---++ Security (Mine)</del>3️⃣---++ Security (Mine)
        """),
      RuleExample(
        """
        ---++ Coordinates
        ---+++!! Gratia Reports
           * CPU usage went from 40% -- to 60% -+ roughly
        ---------------------------------------------
        <del>---++ VO and User Support (Chander)</del>
        <verbatim>
         ---++ not a heading in verbatim
        </verbatim>
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    // Only a line with a `+` can hold heading markup: most lines are passed
    // over without being copied.
    for line in context.topic.lines
    where line.kind == .text && ByteSearch.contains(ascii: "+", in: line.text) {
      guard let found = MeantHeading.start(in: line.text) else { continue }
      let column = found.offset + 1
      // Marks after the line's spaces alone: too few dashes, or spaces first.
      if found.offset == ByteSearch.leadingSpaceCount(line.text) {
        let shown = MalformedHeadingRule.shown(ByteSearch.text(in: line.text, from: found.offset))
        if found.dashes < 3 {
          findings.append(
            finding(
              "'\(shown)' is not a heading: TWiki needs three dashes and shows the line as text "
                + "(write '---\(String(repeating: "+", count: found.pluses)) …')",
              line: line.number, column: column, in: context))
        } else {
          findings.append(
            finding(
              "'\(shown)' is not a heading: TWiki reads a heading only at the start of a line "
                + "and shows this one as text (remove the spaces before '---')",
              line: line.number, column: column, in: context))
        }
        continue
      }
      // Heading markup right after a tag: `<del>---++ …</del>---++ …`. One
      // finding for the line, at the last such heading that is not struck
      // out (the one meant), as the section tree reads it.
      let shown = MalformedHeadingRule.shown(
        ByteSearch.text(in: line.text, from: found.offset, upTo: "<"))
      findings.append(
        finding(
          "'\(shown)' is not a heading: it follows markup on its line, and TWiki shows it as "
            + "text (remove what comes before it, or put the heading on a line of its own)",
          line: line.number, column: column, in: context))
    }
    return findings
  }

  /// The heading as the message shows it: trimmed, and cut at 60 characters.
  static func shown(_ text: String) -> String {
    let shown = text.trimmingCharacters(in: .whitespaces)
    return shown.count > 60 ? String(shown.prefix(57)) + "..." : shown
  }
}
