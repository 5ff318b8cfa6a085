/// What the roster says of one person: their address, or their WikiName
/// (`Main.BurtHolzman`) for the address rule to turn into one.
public enum PersonAddress: Sendable, Equatable {
  case address(MailAddress)
  case wiki(String)
}
