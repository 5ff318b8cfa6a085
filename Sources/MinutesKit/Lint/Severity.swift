/// How much a finding matters: errors fail a check (exit code 1), warnings
/// only fail it under `--strict`.
public enum Severity: String, Sendable, Equatable, Comparable, CaseIterable, Codable {
  case warning, error

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .warning && rhs == .error
  }
}
