import Yams

/// Reads the roster's `mail:` section (see docs/mail.md), every problem at
/// the node it is about.
extension RosterBuilder {
  static let mailKeys = [
    "from", "reply-to", "list", "sendmail", "view", "edit", "addresses", "address-rule",
  ]
  static let datedAddressKeys = ["address", "from", "until"]
  static let datedRuleKeys = ["rule", "from", "until"]

  /// `mail:` with the meeting's `site` for default links; `key` is the
  /// section's own key, where a missing setting is reported.
  func buildMail(_ node: Node, key: Node?, site: String?) throws(MinutesError) -> MailSettings {
    var fields = try entries(
      node, expected: "the mail settings (from, list, addresses, ...)",
      allowed: RosterBuilder.mailKeys, context: "'mail'")
    fields.missingAt = key
    let from = try mailAddress(fields.required("from", "the sender, like 'Dan <dan@example.org>'"))
    let replyTo = try fields.optional("reply-to").map { node throws(MinutesError) in
      try mailAddress(node)
    }
    let list = try fields.optional("list").map { node throws(MinutesError) in
      try mailAddress(node)
    }
    var sendmail = MailSettings.defaultSendmail
    if let node = fields.optional("sendmail") {
      sendmail = try commandLine(node)
    }
    let view = try fields.optional("view").map { node throws(MinutesError) in
      try scriptURL(node, "the TWiki view script URL, like 'https://twiki.example.org/bin/view'")
    }
    let edit = try fields.optional("edit").map { node throws(MinutesError) in
      try scriptURL(node, "the TWiki edit script URL, like 'https://twiki.example.org/bin/edit'")
    }
    guard let viewURL = view ?? site else {
      throw MinutesError(
        "mail needs the wiki's address for links: set meeting.site (the TWiki view URL) "
          + "or mail.view", at: yaml.location(key ?? node))
    }
    let derivedEdit =
      viewURL.hasSuffix("/view") ? String(viewURL.dropLast(5)) + "/edit" : nil
    guard let editURL = edit ?? derivedEdit else {
      throw MinutesError(
        "missing key 'edit' in 'mail' (the TWiki edit script URL; '\(viewURL)' does not end "
          + "in /view, so it cannot be worked out)", at: yaml.location(key ?? node))
    }
    var settings = MailSettings(
      from: from, replyTo: replyTo, list: list, sendmail: sendmail, viewURL: viewURL,
      editURL: editURL)
    if let rules = fields.optional("address-rule") {
      settings.rules = try addressRules(rules)
    }
    if let addresses = fields.optional("addresses") {
      settings.people = try personAddresses(addresses)
    }
    return settings
  }

  func mailAddress(_ node: Node) throws(MinutesError) -> MailAddress {
    try parsed(node, "a mail address like 'name@example.org'") {
      (text) throws(MinutesError) in try MailAddress(parsing: text)
    }
  }

  /// `sendmail -t -oi` or `[sendmail, -t, -oi]`: words, never a shell line.
  func commandLine(_ node: Node) throws(MinutesError) -> [String] {
    let words: [String]
    if case .sequence = node {
      words = try stringList(node, "the command and its arguments", item: "an argument")
    } else {
      words = try string(node, "a command like 'sendmail -t -oi'")
        .split(whereSeparator: \.isWhitespace).map(String.init)
    }
    if let shell = words.joined(separator: " ").first(where: { "|;&$`<>\"'".contains($0) }) {
      throw MinutesError(
        "the sendmail command is run without a shell; '\(shell)' would be passed as it is "
          + "(write the program and its arguments, like 'sendmail -t -oi')",
        at: yaml.location(node))
    }
    guard !words.isEmpty else {
      throw MinutesError(
        "expected a command like 'sendmail -t -oi', found nothing",
        at: yaml.location(node))
    }
    return words
  }

  func scriptURL(_ node: Node, _ expected: String) throws(MinutesError) -> String {
    var url = try string(node, expected)
    guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(" ") else {
      throw MinutesError("expected \(expected), found '\(url)'", at: yaml.location(node))
    }
    while url.hasSuffix("/") { url.removeLast() }
    return url
  }

  /// `address-rule: "{wiki}@example.org"`, or a list of
  /// `{rule: ..., from: DATE, until: DATE}`.
  func addressRules(_ node: Node) throws(MinutesError) -> [Dated<AddressRule>] {
    guard case .sequence(let sequence) = node else {
      return [Dated(try addressRule(node))]
    }
    var rules: [Dated<AddressRule>] = []
    for item in sequence {
      let fields = try entries(
        item, expected: "a dated rule {rule: ..., from: DATE, until: DATE}",
        allowed: RosterBuilder.datedRuleKeys, context: "an address rule")
      let rule = try addressRule(fields.required("rule", "like '{wiki}@example.org'"))
      let (from, until) = try period(fields)
      rules.append(Dated(rule, from: from, until: until))
    }
    return rules
  }

  func addressRule(_ node: Node) throws(MinutesError) -> AddressRule {
    let text = try string(node, "an address rule like '{wiki}@example.org'")
    let rule = AddressRule(template: text)
    guard text.contains(AddressRule.token), MailAddress.isAddrSpec(rule.address(forWiki: "x"))
    else {
      throw MinutesError(
        "address rule '\(text)' does not make a mail address from a WikiName "
          + "(write it with {wiki}, like '{wiki}@example.org')", at: yaml.location(node))
    }
    return rule
  }

  /// `addresses:` by person: `Burt: burt@example.org`, `Burt: Main.BurtHolzman`
  /// (through the rule), or a list of dated `{address: ..., from:, until:}`.
  func personAddresses(_ node: Node) throws(MinutesError) -> [String: [Dated<PersonAddress>]] {
    guard case .mapping(let mapping) = node else {
      throw mismatch(node, "addresses by person, like {Burt: burt@example.org}")
    }
    var people: [String: [Dated<PersonAddress>]] = [:]
    var seen: [String: SourceLocation] = [:]
    for (key, value) in mapping {
      let person = try keyName(key)
      let personKey = MailSettings.personKey(person)
      if let first = seen[personKey] {
        throw MinutesError(
          "'\(person)' has two address entries (first at line \(first.line))",
          at: yaml.location(key))
      }
      seen[personKey] = yaml.location(key)
      if case .sequence(let sequence) = value {
        var entries: [Dated<PersonAddress>] = []
        for item in sequence {
          let fields = try self.entries(
            item, expected: "a dated address {address: ..., from: DATE, until: DATE}",
            allowed: RosterBuilder.datedAddressKeys, context: "the addresses of '\(person)'")
          let address = try personAddress(fields.required("address", "the mail address"))
          let (from, until) = try period(fields)
          entries.append(Dated(address, from: from, until: until))
        }
        people[personKey] = entries
      } else {
        people[personKey] = [Dated(try personAddress(value))]
      }
    }
    return people
  }

  func personAddress(_ node: Node) throws(MinutesError) -> PersonAddress {
    let text = try string(node, "a mail address or a WikiName like Main.BurtHolzman")
    if text.hasPrefix("Main.") {
      let wiki = String(text.dropFirst(5))
      guard RosterBuilder.isWikiName(wiki) else {
        throw MinutesError(
          "'\(text)' is not a WikiName (capitalised words run together, like Main.BurtHolzman)",
          at: yaml.location(node))
      }
      return .wiki(wiki)
    }
    return .address(try mailAddress(node))
  }

  /// The `from:` and `until:` days of a dated entry, in order.
  func period(_ fields: Entries) throws(MinutesError) -> (MeetingDate?, MeetingDate?) {
    let from = try fields.optional("from").map { node throws(MinutesError) in try date(node) }
    let until = try fields.optional("until").map { node throws(MinutesError) in try date(node) }
    if let from, let until, until < from, let node = fields.optional("until") {
      throw MinutesError(
        "'until: \(until.iso)' is before 'from: \(from.iso)' (write the earlier date first)",
        at: yaml.location(node))
    }
    return (from, until)
  }
}
