/// `meta-parent`: the parent puts the topic under the meeting's index page.
public struct MetaParentRule: LintRule {
  public init() {}
  public var id: String { "meta-parent" }
  public var description: String { "%META:TOPICPARENT{...}% missing or not the roster's parent" }
  public var isTopicWide: Bool { true }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        %META:TOPICPARENT{name="1️⃣WebHome"}%
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        1️⃣-- Main.DanFraser - 10 Mar 2011
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        %META:TOPICPARENT{name="Production.WeeklyProductionMeetings"}%
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let expected = context.roster.meeting.parent
    for line in context.topic.lines {
      guard case .meta(let directive) = line.kind, directive.name == "TOPICPARENT" else { continue }
      let name = directive["name"] ?? ""
      let web = context.roster.meeting.web
      if name == expected || name == "\(web).\(expected)" { return [] }
      let column =
        line.text.range(of: "name=\"").map {
          line.text.utf8.distance(from: line.text.startIndex, to: $0.upperBound) + 1
        } ?? 1
      return [
        finding(
          "topic parent is '\(name)', not the roster's '\(expected)'", line: line.number,
          column: column, in: context)
      ]
    }
    let line = min(2, max(1, context.topic.lines.count))
    return [
      finding(
        "no %META:TOPICPARENT{name=\"\(expected)\"}% (TWiki writes it after TOPICINFO)",
        line: line, column: 1, in: context)
    ]
  }
}
