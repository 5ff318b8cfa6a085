/// `meta-topicinfo`: TWiki reads a topic's author, date and revision from
/// its first line; a broken one confuses the topic's history.
public struct MetaTopicInfoRule: LintRule {
  public init() {}
  public var id: String { "meta-topicinfo" }
  public var description: String {
    "line 1 is not a well-formed %META:TOPICINFO{...}% (unknown keys, non-numeric date)"
  }
  public var isTopicWide: Bool { true }
  public var severity: Severity { .error }

  static let required = ["author", "date", "format", "version"]
  static let known = Set(required + ["reprev", "comment", "encoding"])

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1️⃣yesterday" format="1.1" version="1.1"}%
        ---++ CMS (Burt)
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" 1️⃣versoin="1.1"}%
        """),
      RuleExample(
        """
        1️⃣%META:TOPICPARENT{name="WeeklyProductionMeetings"}%
        %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.1"}%
        """),
      RuleExample(
        """
        %META:TOPICINFO{author="BurtHolzman" date="1300824479" format="1.1" version="1.10"}%
        %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    guard let first = context.topic.lines.first else {
      return [
        finding(
          "empty topic: line 1 must be %META:TOPICINFO{...}%", line: 1, column: 1, in: context)
      ]
    }
    guard let info = context.topic.topicInfo else {
      if first.text.hasPrefix("%META:TOPICINFO") {
        return [
          finding(
            "malformed %META:TOPICINFO{...}% (expected "
              + "%META:TOPICINFO{author=\"...\" date=\"EPOCH\" format=\"1.1\" version=\"...\"}%)",
            line: 1, column: 1, in: context)
        ]
      }
      return [
        finding(
          "line 1 is not %META:TOPICINFO{...}% (TWiki writes it first)", line: 1, column: 1,
          in: context)
      ]
    }
    var findings: [Finding] = []
    func column(of key: String) -> Int {
      guard let range = first.text.range(of: " \(key)=") ?? first.text.range(of: "{\(key)=") else {
        return 1
      }
      return first.text.utf8.distance(from: first.text.startIndex, to: range.lowerBound) + 2
    }
    for (key, _) in info.attributes where !MetaTopicInfoRule.known.contains(key) {
      let hint =
        Suggestion.closest(to: key, in: MetaTopicInfoRule.required).map {
          " (did you mean '\($0)'?)"
        }
        ?? ""
      findings.append(
        finding(
          "unknown key '\(key)' in TOPICINFO\(hint)", line: 1, column: column(of: key), in: context)
      )
    }
    let unknown = info.attributes.map(\.key).filter { !MetaTopicInfoRule.known.contains($0) }
    let suggested = Set(
      unknown.compactMap { Suggestion.closest(to: $0, in: MetaTopicInfoRule.required) })
    // A misspelt key is reported once, as unknown, not again as missing.
    for key in MetaTopicInfoRule.required where info[key] == nil && !suggested.contains(key) {
      findings.append(finding("no '\(key)' in TOPICINFO", line: 1, column: 1, in: context))
    }
    if let date = info["date"], date.isEmpty || !date.allSatisfy({ $0.isASCII && $0.isNumber }) {
      findings.append(
        finding(
          "date '\(date)' in TOPICINFO is not a number of seconds since 1970", line: 1,
          column: column(of: "date") + "date=\"".count, in: context))
    }
    if let author = info["author"], author.isEmpty {
      findings.append(
        finding(
          "empty author in TOPICINFO (expected a WikiName)", line: 1, column: column(of: "author"),
          in: context))
    }
    return findings
  }
}
