/// The roster's `mail:` section: who mail comes from, where the minutes go,
/// how a message is handed to the mail system, and the owners' addresses.
///
/// Addresses are kept by person (a short name or a WikiName), not inside the
/// groups, so that a person who owns several groups, or stops owning one,
/// keeps one entry; each entry may be dated.
public struct MailSettings: Sendable, Equatable {
  public var from: MailAddress
  public var replyTo: MailAddress?
  /// Where `announce` sends the minutes; nil when the roster names none.
  public var list: MailAddress?
  /// The program and its arguments that take a message on standard input
  /// and deliver it to the addresses in its headers.
  public var sendmail: [String]
  /// The TWiki view and edit script URLs (`.../bin/view`, `.../bin/edit`);
  /// a topic's link is `<view>/<web>/<topic>`.
  public var viewURL: String
  public var editURL: String
  /// Addresses by person, under ``MailSettings/personKey(_:)``.
  public var people: [String: [Dated<PersonAddress>]]
  /// Rules from a WikiName to an address, e.g. `{wiki}@example.org`.
  public var rules: [Dated<AddressRule>]

  public static let defaultSendmail = ["sendmail", "-t", "-oi"]

  public init(
    from: MailAddress, replyTo: MailAddress? = nil, list: MailAddress? = nil,
    sendmail: [String] = MailSettings.defaultSendmail, viewURL: String, editURL: String,
    people: [String: [Dated<PersonAddress>]] = [:], rules: [Dated<AddressRule>] = []
  ) {
    self.from = from
    self.replyTo = replyTo
    self.list = list
    self.sendmail = sendmail
    self.viewURL = viewURL
    self.editURL = editURL
    self.people = people
    self.rules = rules
  }

  /// How a person is looked up: without `Main.`, case and spacing ignored.
  public static func personKey(_ name: String) -> String {
    let trimmed = name.hasPrefix("Main.") ? String(name.dropFirst(5)) : name
    return nameKey(trimmed)
  }

  /// The address of `owner` at the meeting on `date`: their own entry (by
  /// WikiName, then by name) when one holds on that date, else the rule
  /// applied to their WikiName; nil when neither gives one.
  public func address(of owner: Owner, on date: MeetingDate) -> MailAddress? {
    let keys = [owner.wiki, owner.name].compactMap { $0 }.map(MailSettings.personKey)
    for key in keys {
      guard let entry = people[key]?.first(where: { $0.holds(on: date) }) else { continue }
      switch entry.value {
      case .address(let address):
        return address.name == nil
          ? MailAddress(name: owner.name, address: address.address) : address
      case .wiki(let wiki):
        return ruleAddress(wiki: wiki, name: owner.name, on: date)
      }
    }
    return owner.wiki.flatMap { ruleAddress(wiki: $0, name: owner.name, on: date) }
  }

  func ruleAddress(wiki: String, name: String, on date: MeetingDate) -> MailAddress? {
    guard let rule = rules.first(where: { $0.holds(on: date) }) else { return nil }
    return MailAddress(name: name, address: rule.value.address(forWiki: wiki))
  }

  /// `<view>/<web>/<topic>` and `<edit>/<web>/<topic>`.
  public func links(web: String, topic: String) -> (view: String, edit: String) {
    ("\(viewURL)/\(web)/\(topic)", "\(editURL)/\(web)/\(topic)")
  }
}

extension MailSettings {
  /// The roster's `mail:` section, which `remind` and `announce` need; an
  /// error naming the roster when it has none.
  public static func of(_ roster: Roster) throws(MinutesError) -> MailSettings {
    guard let mail = roster.mail else {
      throw MinutesError(
        "\(roster.path): no 'mail:' section (the sender and the owners' addresses; "
          + "see docs/mail.md)")
    }
    return mail
  }
}
