/// `minutes submit`: an owner's section checked as `lint --group` checks it,
/// then put into the topic — or, with errors, nothing changed.
public struct Submission: Sendable {
  /// The topic as it would be written.
  public var topic: Topic
  /// Findings of `lint --group`, positioned in the submitted file where they
  /// are about submitted lines, else in the topic.
  public var findings: [Finding]
  /// Open items and ActionTracker actions of the group's section in the
  /// topic that the submission leaves out: submitting would lose them, so
  /// it is refused. Closing one (a done mark, `state="closed"`) keeps it.
  public var droppedItems: [CarriedItem]

  public var hasErrors: Bool {
    !droppedItems.isEmpty || findings.contains { $0.severity == .error }
  }

  /// Replaces `group`'s section of `topic` with `submission` and lints the
  /// result in group mode.
  public static func check(
    group: String, topic: Topic, submission: String, submissionPath: String, roster: Roster,
    today: MeetingDate
  ) throws(MinutesError) -> Submission {
    guard submission.contains(where: { !$0.isWhitespace }) else {
      throw MinutesError(
        "\(submissionPath): nothing to submit (the section is empty); \(topic.path) is unchanged")
    }
    let result = try SectionReplacement.replacing(
      group: group, in: topic, with: submission, submissionPath: submissionPath)
    let context = LintContext(topic: result.topic, roster: roster, group: group, today: today)
    var findings = Linter().lint(context).map { finding in
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
    for finding in Submission.sectionFindings(result.submission, group: group, roster: roster)
    where !findings.contains(where: { $0.rule == finding.rule && $0.location == finding.location })
    {
      findings.append(finding)
    }
    findings.sort(by: Finding.ordered)
    let dropped = droppedItems(
      group: group, from: topic, keptIn: result.topic.lines[result.submittedLines].map(\.text),
      roster: roster)
    return Submission(topic: result.topic, findings: findings, droppedItems: dropped)
  }

  /// What a section must not hold whatever the topic around it: a `%META:`
  /// line (TWiki acts on it wherever it stands: a pasted
  /// `%META:PREFERENCE{name="ALLOWTOPICCHANGE"}%` changes who may edit the
  /// topic) and a comment or verbatim block left open (it would run into the
  /// sections after it). Positions in the submitted file.
  static func sectionFindings(_ submission: Topic, group: String, roster: Roster) -> [Finding] {
    let key = Group.key(group)
    func finding(_ rule: String, _ message: String, line: Int, column: Int) -> Finding {
      Finding(
        rule: rule, severity: .error, message: message,
        location: submission.location(line: line, column: column), group: key)
    }
    var findings: [Finding] = []
    for line in submission.lines where line.isMetaShaped {
      findings.append(
        finding(
          MisplacedMetaRule().id,
          MisplacedMetaRule.inTextMessage(MisplacedMetaRule.name(of: line.text)),
          line: line.number, column: 1))
    }
    if let open = submission.unclosedComment {
      findings.append(
        finding(
          UnclosedCommentRule().id, UnclosedCommentRule.message, line: open.line,
          column: open.column))
    }
    if let open = submission.unclosedBlock {
      findings.append(
        finding(
          UnclosedVerbatimRule().id, UnclosedVerbatimRule.message(open), line: open.line,
          column: open.column))
    }
    // The roster's severities, rule by rule.
    return findings.flatMap { Linter.applySeverity([$0], settings: roster.lint) }
  }

  /// Lint findings for a file that holds only a group's section body, as
  /// `submit` takes it: checked inside a page with just that group's heading,
  /// positions in the file. Nil when the file has headings of its own (then
  /// it is a topic, linted as one).
  public static func lintBareSection(
    _ file: Topic, group: String, roster: Roster, today: MeetingDate
  ) throws(MinutesError) -> [Finding]? {
    guard file.sections.isEmpty, let declared = roster.group(named: group) else { return nil }
    let heading = "---++ \(declared.name) (\(declared.ownerList))\n"
    let page = Topic(text: heading, path: file.path)
    if !file.lines.contains(where: { $0.kind != .blank }) {
      return Linter().lint(
        LintContext(topic: page, roster: roster, group: group, today: today))
    }
    return try check(
      group: group, topic: page, submission: file.text, submissionPath: file.path,
      roster: roster, today: today
    ).findings
  }

  /// The open items of `group`'s section in `topic` that `kept` does not hold.
  static func droppedItems(
    group: String, from topic: Topic, keptIn kept: [String], roster: Roster
  ) -> [CarriedItem] {
    guard let section = topic.section(forGroup: group) else { return [] }
    let keptText = Group.key(kept.joined(separator: " "))
    return OpenItems.find(in: topic, date: nil, roster: roster).filter { item in
      guard item.kind != .rollover, section.lineRange.contains(item.line - 1) else { return false }
      if let uid = item.action?.uid, !uid.isEmpty {
        return !kept.contains { $0.contains("uid=\"\(uid)\"") }
      }
      return !keptText.contains(wordsOf(item))
    }
  }

  /// An item's own words: its first line without list marker, notes and
  /// ActionTracker markup, so that a closed or reworded state still counts.
  static func wordsOf(_ item: CarriedItem) -> String {
    var text = item.lines.first ?? ""
    if let close = text.range(of: "}%") { text = String(text[close.upperBound...]) }
    text = text.replacingOccurrences(of: "%ENDACTION%", with: "")
    return CarriedItem.key(text)
  }
}
