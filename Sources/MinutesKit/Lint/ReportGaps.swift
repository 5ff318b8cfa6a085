/// Gaps in a group's report: no report at all, an empty bullet, template
/// text left in, a blank or missing figure. Before the meeting they are
/// warnings, work still to do; in an owner's submission (`submit`, and
/// `lint --group`, which checks a section as `submit` does) they are errors,
/// since a submission is the owner's last word on the section (the roster's
/// `lint: submission-gaps: warning` lets them through as warnings); after the
/// meeting (`--final`) the figures must be there too.
enum ReportGaps {
  /// The rules whose findings are gaps in a report.
  static let ruleIDs: Set<String> = [
    EmptySectionRule().id, EmptyBulletRule().id, PlaceholderRule().id, BlankValueRule().id,
    MissingStatRule().id, BlankStatRule().id,
  ]

  /// The rules whose findings are blank or missing figures: errors under `--final`.
  static let figureRuleIDs: Set<String> = [
    BlankValueRule().id, MissingStatRule().id, BlankStatRule().id,
  ]

  /// Whether the findings of rule `id` are errors in this context, whatever
  /// the rule gave. The roster's `lint: severity:` still has the last word.
  static func areErrors(rule id: String, in context: LintContext) -> Bool {
    if context.isFinal && figureRuleIDs.contains(id) { return true }
    return context.group != nil && context.roster.lint.submissionGaps == .error
      && ruleIDs.contains(id)
  }
}
