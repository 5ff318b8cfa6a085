/// `stale-item`: an item carried forward week after week. `new` notes where
/// a carried item came from, `(open since 15 Mar 2011)`, and keeps the first
/// date, so its age shows; the roster's `meeting.staleAfterWeeks` sets the limit.
public struct StaleItemRule: LintRule {
  public init() {}
  public var id: String { "stale-item" }
  public var description: String {
    "an item open longer than the roster's meeting.stale-after weeks (its '(open since …)' note)"
  }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ Action/Significant Items:
           * Recalculate BNL availability with WLCG 1️⃣(open since 15 Feb 2011)
           * Pakiti rollout 2️⃣(Open since 1 Jan 2011)
        """),
      RuleExample(
        """
        ---++ Action/Significant Items:
           * Recalculate BNL availability with WLCG (open since 22 Feb 2011)
           * Pakiti rollout (open since 15 Mar 2011)
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    let limit = context.roster.meeting.staleAfterWeeks
    var findings: [Finding] = []
    let lines = context.topic.lines
    for index in lines.indices {
      switch lines[index].kind {
      case .bullet, .numbered, .definition, .text: break
      default: continue
      }
      // A note starts with its prefix (ASCII case ignored): most lines have
      // none, and are passed over without a closer look.
      guard OriginNote.prefixPattern.occurs(in: lines[index].text) else { continue }
      let line = lines[index]
      for note in OriginNote.notes(in: line.text) {
        let date = note.date
        let days = date.days(until: context.meetingDate)
        guard days > limit * 7 else { continue }
        findings.append(
          finding(
            "item open since \(date.twikiDate), \(days / 7) weeks before this meeting "
              + "(stale after \(limit) weeks: close it or say what blocks it)",
            line: line.number, column: note.offset + 1, in: context))
      }
    }
    return findings
  }
}
