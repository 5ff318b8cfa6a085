/// A name a group had before a rename (`was:`), and the last day it had it.
public struct FormerName: Sendable, Equatable {
  public var name: String
  public var until: MeetingDate
  public var location: SourceLocation?

  public init(name: String, until: MeetingDate, location: SourceLocation? = nil) {
    self.name = name
    self.until = until
    self.location = location
  }
}
