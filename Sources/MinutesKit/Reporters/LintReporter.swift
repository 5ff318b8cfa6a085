/// Turns a report into what `minutes lint` prints on standard output.
public protocol LintReporter: Sendable {
  func render(_ report: LintReport) -> String
}
