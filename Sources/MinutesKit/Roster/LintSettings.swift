/// The roster's `lint:` section.
public struct LintSettings: Sendable, Equatable {
  public enum Level: String, Sendable, Equatable, Codable {
    case error, warning, off
  }

  /// Severity overrides by rule id; `off` disables a rule.
  public var severities: [String: Level]
  /// `submission-gaps`: `error` (the default) refuses a submitted section
  /// with gaps (no report, empty bullets, template text, blank or missing
  /// figures); `warning` reports them and submits.
  public var submissionGaps: Level

  public init(severities: [String: Level] = [:], submissionGaps: Level = .error) {
    self.severities = severities
    self.submissionGaps = submissionGaps
  }
}
