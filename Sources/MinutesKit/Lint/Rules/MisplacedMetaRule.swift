/// `misplaced-meta`: a `%META:` line among the page's text, or one TWiki does
/// not read as META.
///
/// TWiki takes every `%META:NAME{...}%` line out of the text, wherever it
/// stands, and acts on it: a `%META:PREFERENCE{name="ALLOWTOPICCHANGE"}%`
/// pasted into a section changes who may edit the topic, a second TOPICINFO
/// or TOPICPARENT overrides the first. TWiki writes them only at the top
/// (TOPICINFO first, then TOPICPARENT) and at the bottom of a topic, so a
/// META line anywhere else was pasted in. A line that starts like one but
/// does not end in `}%` (a trailing space, say) is shown on the page as text.
public struct MisplacedMetaRule: LintRule {
  public init() {}
  public var id: String { "misplaced-meta" }
  public var description: String {
    "a %META: line inside the page's text (TWiki acts on it), or one TWiki does not read as META"
  }
  public var severity: Severity { .error }

  /// The message for a META line amid the text, shared with `submit`'s check
  /// of a section on its own.
  static func inTextMessage(_ name: String) -> String {
    "%META:\(name) line inside the page's text (TWiki acts on it wherever it stands; "
      + "META lines belong at the top or bottom of the topic: remove it)"
  }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        1️⃣%META:PREFERENCE{name="ALLOWTOPICCHANGE" title="ALLOWTOPICCHANGE" type="Set" value="Main.Burt"}%
        ---++ LIGO (Britta, Robert E.)
           * 4 users utilized 21 sites
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        ---++ CMS (Burt)
           * 341 khour/day, 91% success

        1️⃣%META:FILEATTACHMENT{name="cms.png" attr="" comment=""}%\u{20}
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
        ---++ CMS (Burt)
           * 341 khour/day, 91% success

        %META:FILEATTACHMENT{name="cms.png" attr="" comment=""}%
        %META:PREFERENCE{name="ALLOWTOPICCHANGE" title="ALLOWTOPICCHANGE" type="Set" value="Main.DanFraser"}%
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let lines = context.topic.lines
    func isFrame(_ line: Line) -> Bool { line.isMetaShaped || line.kind == .blank }
    // The head and the tail: META and blank lines before and after the text.
    let textStart = lines.firstIndex { !isFrame($0) } ?? lines.count
    let textEnd = (lines.lastIndex { !isFrame($0) } ?? -1) + 1
    var findings: [Finding] = []
    // A META line ends the section above it (``Section``), so it is no
    // group's: `--group` leaves it out, and `submit` checks the submitted
    // lines for META of its own.
    for index in lines.indices where lines[index].isMetaShaped {
      let line = lines[index]
      let name = MisplacedMetaRule.name(of: line.text)
      let wellFormed: Bool
      if case .meta = line.kind {
        wellFormed = true
      } else {
        wellFormed = MetaDirective(line: line.text) != nil
      }
      if !wellFormed {
        let problem =
          line.text.hasSuffix("}%")
          ? "TWiki drops what is not a key=\"value\" pair" : "TWiki shows it on the page as text"
        findings.append(
          finding(
            "malformed %META:\(name) line (\(problem); write %META:\(name){key=\"value\" ...}% "
              + "with nothing after '}%')",
            line: line.number, column: 1, in: context))
      } else if index > textStart && index < textEnd {
        findings.append(
          finding(
            MisplacedMetaRule.inTextMessage(name), line: line.number, column: 1, in: context))
      } else if name == "TOPICINFO" && index > 0 {
        findings.append(
          finding(
            "second %META:TOPICINFO (TWiki reads only one, from line 1): remove it",
            line: line.number, column: 1, in: context))
      }
    }
    return findings
  }

  /// `PREFERENCE` of `%META:PREFERENCE{...}%`: what stands before `{`.
  static func name(of text: String) -> String {
    ByteSearch.text(in: text, from: "%META:".utf8.count, upTo: "{", maxBytes: 40)
  }
}
