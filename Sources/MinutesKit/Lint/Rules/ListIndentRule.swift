/// `list-indent`: TWiki makes a list item only of whole 3-space indents and
/// `* ` with a space; anything else renders as run-on text. Only lines meant
/// as list items are reported (see `isMeantAsList`).
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
         69  | ligo            |       1 |    94,055 |
         90596 jobs total
          Note: the collector restarts on Friday
        """),
      RuleExample(
        """
        ---+++ Operations Last Week
        1️⃣    1. four spaces before a numbered item
        ---++ Integration (Suchandra)
        2️⃣    * Completing testing of ITB 1.1.20
                * Release on Thursday
            * ITB Robot
        """),
    ]
  }

  /// Whether a line indented by other than whole 3-space levels was meant
  /// as a list item: a bullet always; a number only with its dot and an
  /// indent of 3 spaces or more (`    1. first`). A line indented by 1 or 2
  /// spaces that starts with digits (a pasted table row ` 69  | ligo | 1`,
  /// prose ` 90596 jobs total`) or a word and a colon is text, and TWiki
  /// shows it as text: advice to indent it by 3 would make it a list.
  func isMeantAsList(_ line: Line, indentation: Int) -> Bool {
    switch line.kind {
    case .bullet: return true
    case .numbered(let item):
      guard indentation >= 3, !item.text.isEmpty else { return false }
      return ByteSearch.digitsThen(".", in: line.text, from: item.markerColumn - 1)
    default: return false
    }
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    let lines = context.topic.lines
    // Consecutive items off the 3-space grid are one mistake, made once for
    // a block (a whole section indented by 4 and 8): one finding for them.
    var run: (first: Int, last: Int, widths: [Int])?
    func flush() {
      guard let block = run else { return }
      run = nil
      let widths = block.widths.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
      let message: String
      if block.first == block.last {
        let width = widths[0]
        message =
          "list item indented by \(width) \(width == 1 ? "space" : "spaces") (use a multiple of 3)"
      } else {
        let listed = widths.sorted().map(String.init)
        let spaces =
          listed.count == 1
          ? listed[0] : listed.dropLast().joined(separator: ", ") + " and " + listed.last!
        message =
          "list items on lines \(block.first + 1)-\(block.last + 1) indented by \(spaces) spaces "
          + "(use multiples of 3: TWiki shows them as text)"
      }
      findings.append(finding(message, line: block.first + 1, column: 1, in: context))
    }
    for index in lines.indices {
      switch lines[index].kind {
      case .bullet, .numbered, .definition: break
      default:
        flush()
        continue
      }
      // The line read in place: a line copied is its text and its item's.
      let item: ListItem
      var isBullet = false
      switch lines[index].kind {
      case .bullet(let bullet):
        item = bullet
        isBullet = true
      case .numbered(let numbered): item = numbered
      case .definition(_, let definition): item = definition
      default: continue
      }
      let indentation = item.indentation.utf8
      if let tab = ByteSearch.firstOffset(ofASCII: "\t", in: item.indentation) {
        flush()
        findings.append(
          finding(
            "tab in a list item's indentation (use 3 spaces per level)", line: lines[index].number,
            column: tab + 1, in: context))
      } else if indentation.count % 3 != 0,
        isMeantAsList(lines[index], indentation: indentation.count)
      {
        if let block = run, block.last == index - 1 {
          run = (block.first, index, block.widths + [indentation.count])
        } else {
          flush()
          run = (index, index, [indentation.count])
        }
      } else {
        flush()
      }
      // The byte after `*` (at offset `markerColumn`): a space, or the end.
      if isBullet, ByteSearch.hasNonSpace(at: item.markerColumn, in: lines[index].text) {
        findings.append(
          finding(
            "no space after '*' (TWiki shows it as text; write '* ')", line: lines[index].number,
            column: item.markerColumn, in: context))
      }
    }
    flush()
    return findings
  }
}
