/// A statistic a group reports every week, as a shape with numeric slots:
/// `{khours} khour/day, {success}% success`, and other shapes the same
/// figures are written in (`{khours} khr/day, {success}% success`): on a
/// line, the first shape that matches wins.
///
/// The shapes and checks are parsed once, when the declaration is made, and
/// cannot change after: lint matches every line of a group's sections with
/// them.
public struct StatDeclaration: Sendable, Equatable {
  public var name: String
  /// The first shape: the one `new` writes.
  public let shape: String
  /// The other shapes, in the order they are tried after `shape`.
  public let alternatives: [String]
  /// Equations over the slots that must hold, e.g. `jobs = ok + failed`.
  public let checks: [String]
  /// `shape` parsed, ready to match; nil when it does not parse (the
  /// roster loader reports that).
  public let matcher: StatMatcher?
  /// `matcher` then the alternatives' matchers, leaving out any that do not
  /// parse (the roster loader reports those).
  public let matchers: [StatMatcher]
  /// Every slot of every shape, first shape's first.
  public let slotNames: [String]
  /// `checks` parsed against the shapes' slots, in order, leaving out any
  /// that do not parse (the roster loader rejects those).
  public let equations: [StatEquation]
  public var location: SourceLocation?
  /// The days the group reports it (`since:`, `until:`): a figure a group
  /// stopped giving is not missing after.
  public var period = DatePeriod()
  /// Where the `shape:` value is written (shape errors point here).
  public var shapeLocation: SourceLocation?
  /// Where each of `checks` is written, in the same order.
  public var checkLocations: [SourceLocation] = []

  public init(
    name: String, shape: String, alternatives: [String] = [], checks: [String] = [],
    location: SourceLocation? = nil
  ) {
    self.name = name
    self.shape = shape
    self.alternatives = alternatives
    self.checks = checks
    self.location = location
    func parsed(_ shape: String) -> StatMatcher? {
      (try? StatShape(parsing: shape)).map(StatMatcher.init)
    }
    matcher = parsed(shape)
    matchers = ([matcher] + alternatives.map(parsed)).compactMap { $0 }
    var slots: [String] = []
    for matcher in matchers {
      for slot in matcher.shape.slotNames where !slots.contains(slot) { slots.append(slot) }
    }
    slotNames = slots
    equations =
      slots.isEmpty ? [] : checks.compactMap { try? StatEquation(parsing: $0, slots: slots) }
  }

  /// The first shape with `blank` in its slots, as `new` writes it and lint
  /// quotes it; nil when the shape does not parse.
  public func skeleton(blank: String) -> String? {
    matcher?.shape.skeleton(blank: blank)
  }
}
