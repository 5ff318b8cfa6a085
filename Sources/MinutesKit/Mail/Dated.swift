/// A value that holds from one meeting day to another, both ends included;
/// an open end holds for ever.
public struct Dated<Value: Sendable & Equatable>: Sendable, Equatable {
  public var value: Value
  public var from: MeetingDate?
  public var until: MeetingDate?

  public init(_ value: Value, from: MeetingDate? = nil, until: MeetingDate? = nil) {
    self.value = value
    self.from = from
    self.until = until
  }

  public func holds(on date: MeetingDate) -> Bool {
    (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
  }
}
