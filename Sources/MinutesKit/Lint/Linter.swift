/// Runs the rules over a topic and turns what they find into the report a
/// person sees: severities from the roster's `lint:` section, `--group`
/// scoping, inline suppressions, page order.
public struct Linter: Sendable {
  /// Every rule, in the order `minutes rules` lists them.
  public static let allRules: [any LintRule] = [
    EncodingRule(),
    MetaTopicInfoRule(),
    MetaParentRule(),
    MissingSectionRule(),
    UnknownSectionRule(),
    DuplicateSectionRule(),
    OwnerMismatchRule(),
    EmptySectionRule(),
    EmptyBulletRule(),
    PlaceholderRule(),
    BlankValueRule(),
    MissingStatRule(),
    BlankStatRule(),
    StatMismatchRule(),
    ListIndentRule(),
    MalformedHeadingRule(),
    StaleItemRule(),
    UnclosedVerbatimRule(),
    UnclosedCommentRule(),
    MisplacedMetaRule(),
  ]

  public static func rule(id: String) -> (any LintRule)? {
    allRules.first { $0.id == id }
  }

  public static var ruleIDs: [String] { allRules.map(\.id) }

  public var rules: [any LintRule]

  public init(rules: [any LintRule] = Linter.allRules) {
    self.rules = rules
  }

  /// Checks that `--group NAME` names a roster group. (The roster loader
  /// checks the rule ids of the roster's `lint:` section, for every command.)
  public static func validate(group: String?, roster: Roster) throws(MinutesError) {
    if let group, roster.group(named: group) == nil {
      let names = roster.groups.map(\.name)
      let hint =
        Suggestion.closest(to: group, in: names).map { " (did you mean '\($0)'?)" }
        ?? " (the roster's groups are \(names.joined(separator: ", ")))"
      throw MinutesError("unknown group '\(group)'\(hint)")
    }
  }

  /// Lints the bytes of a topic file. Bytes that are not UTF-8 become
  /// `encoding` findings (``Topic/init(decoding:path:)``), and the rest of
  /// the topic is still checked.
  public func lint(
    bytes: [UInt8], path: String, roster: Roster, group: String? = nil, isFinal: Bool = false,
    today: MeetingDate
  ) -> [Finding] {
    lint(
      bytes: bytes, path: path, rosters: DatedRosters(roster), group: group, isFinal: isFinal,
      today: today)
  }

  /// ``lint(bytes:path:roster:group:isFinal:today:)`` with the roster of the
  /// topic's day taken from `rosters`, which a run over many topics shares.
  func lint(
    bytes: [UInt8], path: String, rosters: DatedRosters, group: String? = nil,
    isFinal: Bool = false, today: MeetingDate
  ) -> [Finding] {
    lint(
      Linter.context(
        bytes: bytes, path: path, rosters: rosters, group: group, isFinal: isFinal, today: today))
  }

  /// The lint context of a topic file's bytes (bytes that are not UTF-8
  /// replaced, and kept for the encoding rule), without the meetings
  /// before it (``LintContext/with(recentReports:)``).
  static func context(
    bytes: [UInt8], path: String, rosters: DatedRosters, group: String? = nil,
    isFinal: Bool = false, today: MeetingDate
  ) -> LintContext {
    let previousFigures =
      rosters.usesPreviousFigures
      ? PreviousFigures.load(forTopicAt: path, roster: rosters.roster, today: today)
      : PreviousFigures()
    return LintContext(
      topic: Topic(decoding: bytes, path: path), rosters: rosters, group: group,
      isFinal: isFinal, today: today, previousFigures: previousFigures,
      mayHoldSuppression: Suppression.mayHoldMarker(bytes))
  }

  /// Lints a parsed topic.
  public func lint(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    var topicWide: [String] = []
    var aboutTheFile: [String] = []
    for rule in rules {
      let id = rule.id
      var produced = rule.check(context)
      if !produced.isEmpty, ReportGaps.areErrors(rule: id, in: context) {
        for index in produced.indices { produced[index].severity = .error }
      }
      findings += Linter.applySeverity(produced, settings: context.roster.lint)
      if rule.isTopicWide { topicWide.append(id) }
      if rule.isAboutTheFile { aboutTheFile.append(id) }
    }
    // Findings are changed in place: copying each one through a chain of
    // maps and filters was a good part of lint's time on a large archive.
    for index in findings.indices
    where findings[index].group == nil && !topicWide.contains(findings[index].rule) {
      if let section = context.reportSectionIndex(containing: findings[index].location.line - 1),
        case .group = context.reportSections[section].kind
      {
        findings[index].group = context.reportSections[section].key
      }
    }
    if let selected = context.selectedGroup {
      let key = nameKey(selected.name)
      findings.removeAll { !($0.group == key || aboutTheFile.contains($0.rule)) }
    }
    let suppressions =
      context.mayHoldSuppression ? Suppression.parse(context.topic) : Suppression()
    if !suppressions.rulesByLine.isEmpty {
      findings.removeAll { suppressions.suppresses($0) }
    }
    // Sorted by index, so that findings are not moved about while sorting.
    let order = findings.indices.sorted { Finding.ordered(findings[$0], findings[$1]) }
    var unique: [Finding] = []
    unique.reserveCapacity(findings.count)
    for index in order where unique.last != findings[index] { unique.append(findings[index]) }
    return unique
  }

  /// The roster's `lint:` severity for a rule replaces whatever the rule gave
  /// (also under `--final`); `off` drops its findings.
  static func applySeverity(_ findings: [Finding], settings: LintSettings) -> [Finding] {
    guard let rule = findings.first?.rule, let level = settings.severities[rule] else {
      return findings
    }
    switch level {
    case .off: return []
    case .error: return findings.map { with($0, severity: .error) }
    case .warning: return findings.map { with($0, severity: .warning) }
    }
  }

  private static func with(_ finding: Finding, severity: Severity) -> Finding {
    var copy = finding
    copy.severity = severity
    return copy
  }
}
