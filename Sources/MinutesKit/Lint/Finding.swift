/// One problem a rule found in a topic.
public struct Finding: Sendable, Equatable {
  /// The rule's kebab-case id, e.g. `empty-bullet`.
  public var rule: String
  public var severity: Severity
  /// Lowercase, no trailing period, saying what would be right where known.
  public var message: String
  public var location: SourceLocation
  /// ``nameKey(_:)`` of the group whose section the finding is about; the linter
  /// fills it from the location when a rule leaves it nil. `--group` keeps
  /// only the findings of one group.
  public var group: String?

  public init(
    rule: String, severity: Severity, message: String, location: SourceLocation,
    group: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.location = location
    self.group = group
  }

  /// Page order, then rule id, so output is the same on every run.
  public static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.location != rhs.location { return lhs.location < rhs.location }
    if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
    return lhs.message < rhs.message
  }
}
