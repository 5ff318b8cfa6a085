/// `minutes submit`: an owner's section checked as `lint --group` checks it,
/// then put into the topic — or, with errors, nothing changed.
public struct Submission: Sendable {
  /// The topic as it would be written.
  public var topic: Topic
  /// Findings of `lint --group`, positioned in the submitted file where they
  /// are about submitted lines, else in the topic.
  public var findings: [Finding]

  public var hasErrors: Bool { findings.contains { $0.severity == .error } }

  /// Replaces `group`'s section of `topic` with `submission` and lints the
  /// result in group mode.
  public static func check(
    group: String, topic: Topic, submission: String, submissionPath: String, roster: Roster,
    today: MeetingDate
  ) throws(MinutesError) -> Submission {
    let result = try SectionReplacement.replacing(
      group: group, in: topic, with: submission, submissionPath: submissionPath)
    let context = LintContext(topic: result.topic, roster: roster, group: group, today: today)
    let findings = Linter().lint(context).map { finding in
      var mapped = finding
      let index = finding.location.line - 1
      if result.submittedLines.contains(index) {
        mapped.location = SourceLocation(
          file: submissionPath,
          line: index - result.submittedLines.lowerBound + result.firstSubmissionLine,
          column: finding.location.column)
      }
      return mapped
    }
    return Submission(topic: result.topic, findings: findings)
  }
}
