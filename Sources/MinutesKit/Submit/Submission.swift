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

  /// The line of the topic's section heading when that section holds a
  /// report and the submission holds none: a report is never replaced by
  /// nothing, whatever the roster lets through.
  public var replacedReport: Int?

  public var hasErrors: Bool {
    !droppedItems.isEmpty || replacedReport != nil || findings.contains { $0.severity == .error }
  }

  /// Replaces `group`'s section of `topic` with `submission` (or adds the
  /// section where the roster's order of groups puts it) and lints the
  /// result in group mode.
  public static func check(
    group: String, topic: Topic, submission: String, submissionPath: String, roster: Roster,
    today: MeetingDate
  ) throws(MinutesError) -> Submission {
    guard submission.contains(where: { !$0.isWhitespace }) else {
      throw MinutesError(
        "\(submissionPath): nothing to submit (the section is empty); \(topic.path) is unchanged")
    }
    let file = Topic(text: submission, path: submissionPath)
    // A section added to the page is headed with the owners of its meeting.
    let meeting = roster.asOf(
      LintContext.meetingDate(ofTopicAt: topic.path, roster: roster) ?? today)
    let result = try SectionReplacement.replacing(
      group: group, in: topic, with: file, roster: meeting)
    let context = LintContext(topic: result.topic, roster: roster, group: group, today: today)
    let kept = result.topic.section(forGroup: group)?.headingIndex
    var findings = Linter().lint(context).map { finding in
      var mapped = finding
      let index = finding.location.line - 1
      if result.submittedLines.contains(index) {
        mapped.location = SourceLocation(
          file: submissionPath,
          line: index - result.submittedLines.lowerBound + result.firstSubmissionLine,
          column: finding.location.column)
      } else if index == kept {
        mapped = placed(finding, onHeadingLeftOutBy: submissionPath)
      }
      return mapped
    }
    for finding in Submission.sectionFindings(file, group: group, roster: roster)
    where !findings.contains(where: { $0.rule == finding.rule && $0.location == finding.location })
    {
      findings.append(finding)
    }
    findings.sort(by: Finding.ordered)
    let dropped = droppedItems(
      group: group, from: topic, keptIn: result.topic.lines[result.submittedLines].map(\.text),
      roster: roster)
    var replacedReport: Int?
    if let old = topic.section(forGroup: group),
      LintText.hasReport(old, in: LintContext(topic: topic, roster: roster, today: today)),
      let new = result.topic.section(forGroup: group), !LintText.hasReport(new, in: context)
    {
      replacedReport = old.headingIndex + 1
    }
    return Submission(
      topic: result.topic, findings: findings, droppedItems: dropped,
      replacedReport: replacedReport)
  }

  /// What a section must not hold whatever the topic around it: a `%META:`
  /// line (TWiki acts on it wherever it stands: a pasted
  /// `%META:PREFERENCE{name="ALLOWTOPICCHANGE"}%` changes who may edit the
  /// topic) and a comment or verbatim block left open (it would run into the
  /// sections after it). Positions in the submitted file.
  static func sectionFindings(_ submission: Topic, group: String, roster: Roster) -> [Finding] {
    let key = nameKey(group)
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

  /// The rules that find fault with a section's heading itself: on a
  /// heading the submission does not hold, their findings are the topic's.
  static let headingRules: Set<String> = [
    OwnerMismatchRule().id, DuplicateSectionRule().id, UnknownSectionRule().id,
  ]

  /// A finding on the section's heading, which the submission at `path`
  /// left out: one about what the section holds ("no report") is the
  /// submission's, at its first line; one about the heading stays the topic's.
  static func placed(_ finding: Finding, onHeadingLeftOutBy path: String) -> Finding {
    guard !headingRules.contains(finding.rule) else { return finding }
    var placed = finding
    placed.location = SourceLocation(file: path, line: 1, column: 1)
    return placed
  }

  /// Lint findings for a file that holds one group's section, with or
  /// without its heading, as `submit` takes it: checked inside a page with
  /// just that group's heading, positions in the file. Nil when the file is
  /// not one group's section (then it is a topic, linted as one).
  public static func lintBareSection(
    _ file: Topic, group: String, roster: Roster, today: MeetingDate
  ) throws(MinutesError) -> [Finding]? {
    // META lines are TWiki's, written into topic files only: a file with
    // them is a topic whatever its headings (a parent page may have only
    // `---+++` ones).
    guard let declared = roster.group(named: group), !file.lines.contains(where: \.isMeta),
      (try? SubmittedSection(file, group: group, level: 2)) != nil
    else { return nil }
    // The heading names the owners of the day checked, as `new` writes it.
    let owners = roster.asOf(today).group(named: group) ?? declared
    let page = Topic(text: SubmittedSection.heading(for: owners) + "\n", path: file.path)
    if !file.lines.contains(where: { $0.kind != .blank }) {
      return Linter().lint(
        LintContext(topic: page, roster: roster, group: group, today: today)
      ).map { placed($0, onHeadingLeftOutBy: file.path) }
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
    let keptText = nameKey(kept.joined(separator: " "))
    return OpenItems.find(in: topic, date: nil, roster: roster).filter { item in
      // An item of a carried label ("Issues") is a status the owners rewrite
      // every week; only items and actions must be kept or closed.
      guard item.kind != .rollover, item.label == nil, section.lineRange.contains(item.line - 1)
      else { return false }
      if let uid = item.action?.uid, !uid.isEmpty {
        return !kept.contains { $0.contains("uid=\"\(uid)\"") }
      }
      return !keptText.contains(wordsOf(item))
    }
  }

  /// An item as the topic has it, to quote in the refusal: its first line
  /// whole (an action's `uid` included, so that pasting the quote back keeps
  /// the very action) and the deeper lines under it.
  public static func quote(_ item: CarriedItem, in topic: Topic) -> [String] {
    let first = item.line - 1
    guard topic.lines.indices.contains(first) else { return item.lines }
    var quoted = [topic.lines[first].text]
    let depth = listDepth(topic.lines[first])
    var index = first + 1
    while index < topic.lines.count, let deeper = listDepth(topic.lines[index]),
      let depth, deeper > depth
    {
      quoted.append(topic.lines[index].text)
      index += 1
    }
    return quoted
  }

  private static func listDepth(_ line: Line) -> Int? {
    switch line.kind {
    case .bullet(let item), .numbered(let item): LintText.indentWidth(item)
    default: nil
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
