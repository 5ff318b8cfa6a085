/// The output formats of `minutes lint --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, github, sarif

  /// The reporter for this format; `color` only matters for text.
  public func reporter(color: Bool = false) -> any LintReporter {
    switch self {
    case .text: TextReporter(color: color)
    case .json: JSONReporter()
    case .github: GitHubReporter()
    case .sarif: SARIFReporter()
    }
  }
}
