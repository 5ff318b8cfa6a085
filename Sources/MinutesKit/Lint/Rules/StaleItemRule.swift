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
    for line in context.topic.lines {
      switch line.kind {
      case .bullet, .numbered, .definition, .text: break
      default: continue
      }
      for (offset, date) in StaleItemRule.openSinceNotes(in: line.text) {
        let days = date.days(until: context.meetingDate)
        guard days > limit * 7 else { continue }
        findings.append(
          finding(
            "item open since \(date.twikiDate), \(days / 7) weeks before this meeting "
              + "(stale after \(limit) weeks: close it or say what blocks it)",
            line: line.number, column: offset + 1, in: context))
      }
    }
    return findings
  }

  /// `(open since 15 Mar 2011)` notes in a line: UTF-8 offset of `(` and the date.
  static func openSinceNotes(in text: String) -> [(Int, MeetingDate)] {
    var result: [(Int, MeetingDate)] = []
    guard text.utf8.contains(UInt8(ascii: "(")) else { return result }
    let lowered = text.lowercased()
    var search = lowered.startIndex
    while let found = ByteSearch.range(of: "(open since ", in: lowered[search...]) {
      search = found.upperBound
      guard let close = lowered[found.upperBound...].firstIndex(of: ")") else { break }
      let parts = lowered[found.upperBound..<close].split(separator: " ")
      guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]),
        parts[1].count >= 3,
        let month = MeetingDate.monthNames.firstIndex(where: { $0.lowercased().hasPrefix(parts[1]) }
        ),
        let date = MeetingDate(year: year, month: month + 1, day: day)
      else { continue }
      result.append((lowered.utf8.distance(from: lowered.startIndex, to: found.lowerBound), date))
    }
    return result
  }
}
