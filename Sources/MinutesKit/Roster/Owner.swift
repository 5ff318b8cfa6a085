/// A person who owns a group's report: a short name as the page shows it, and
/// optionally the TWiki WikiName (`BurtHolzman`).
public struct Owner: Sendable, Equatable {
  public var name: String
  public var wiki: String?
  /// When they own the section (or stand in for its owners).
  public var period: DatePeriod
  /// Where the entry is written in the roster.
  public var location: SourceLocation?

  public init(
    name: String, wiki: String? = nil, period: DatePeriod = DatePeriod(),
    location: SourceLocation? = nil
  ) {
    self.name = name
    self.wiki = wiki
    self.period = period
    self.location = location
  }

  /// The same person for the same days, wherever the entry is written.
  public static func == (lhs: Owner, rhs: Owner) -> Bool {
    lhs.name == rhs.name && lhs.wiki == rhs.wiki && lhs.period == rhs.period
  }
}
