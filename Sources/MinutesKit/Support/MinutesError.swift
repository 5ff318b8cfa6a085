/// An error that stops a command: bad configuration, a bad template, bad input
/// or a failed read or write. The command line maps every one to exit code 2.
///
/// The message is lowercase, has no trailing period, and says what would be
/// right where that is known ("unknown key 'owner' (did you mean 'owners'?)").
public struct MinutesError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var location: SourceLocation?

  public init(_ message: String, at location: SourceLocation? = nil) {
    self.message = message
    self.location = location
  }

  /// The one line a person sees: `file:line:col: error: message` when the
  /// error has a position, else `minutes: error: message`.
  public var description: String {
    if let location { return "\(location): error: \(message)" }
    return "minutes: error: \(message)"
  }
}
