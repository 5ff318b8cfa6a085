/// A bullet block that moves from one label to another each week, e.g. LIGO's
/// "Current week's total usage" becoming next week's "Previous week's total usage".
public struct Rollover: Sendable, Equatable {
  /// The label of the bullet in last week's topic.
  public var from: String
  /// The label the block gets in the new topic.
  public var to: String
  /// Other spellings of `from` that earlier topics use ("This week's total
  /// usage" for "Current week's total usage"); matched like `from`.
  public var fromAlternatives: [String]

  public init(from: String, to: String, fromAlternatives: [String] = []) {
    self.from = from
    self.to = to
    self.fromAlternatives = fromAlternatives
  }
}
