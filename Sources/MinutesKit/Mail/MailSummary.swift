/// The roster's `mail:` section as `minutes roster` shows it: every key the
/// loader understood, dated addresses and rules with their dates.
struct MailSummary: Encodable {
  struct Entry: Encodable {
    /// An address, or `Main.WikiName` for one the rule makes.
    var value: String
    var from: String?
    var until: String?
  }

  var from: String
  var replyTo: String?
  var list: String?
  var sendmail: [String]
  var view: String
  var edit: String
  var addressRules: [Entry]
  /// By person, under the key the loader looks them up by.
  var addresses: [String: [Entry]]

  init(_ mail: MailSettings) {
    from = mail.from.header
    replyTo = mail.replyTo?.header
    list = mail.list?.header
    sendmail = mail.sendmail
    view = mail.viewURL
    edit = mail.editURL
    addressRules = mail.rules.map { MailSummary.entry($0, value: $0.value.template) }
    addresses = mail.people.mapValues { entries in
      entries.map { dated in
        switch dated.value {
        case .address(let address): MailSummary.entry(dated, value: address.header)
        case .wiki(let wiki): MailSummary.entry(dated, value: "Main.\(wiki)")
        }
      }
    }
  }

  static func entry<Value>(_ dated: Dated<Value>, value: String) -> Entry {
    Entry(value: value, from: dated.from?.iso, until: dated.until?.iso)
  }

  /// `value (from .. until)`, the dates only where set.
  static func text(_ entry: Entry) -> String {
    switch (entry.from, entry.until) {
    case (nil, nil): entry.value
    case (let from?, nil): "\(entry.value) (from \(from))"
    case (nil, let until?): "\(entry.value) (until \(until))"
    case (let from?, let until?): "\(entry.value) (\(from)..\(until))"
    }
  }

  var lines: [String] {
    var lines = ["mail:", "  from:      \(from)"]
    if let replyTo { lines.append("  reply-to:  \(replyTo)") }
    if let list { lines.append("  list:      \(list)") }
    lines.append("  sendmail:  \(sendmail.joined(separator: " "))")
    lines.append("  links:     \(view), \(edit)")
    if !addressRules.isEmpty {
      lines.append("  rule:      \(addressRules.map(MailSummary.text).joined(separator: "; "))")
    }
    for person in addresses.keys.sorted() {
      let entries = addresses[person, default: []].map(MailSummary.text)
      lines.append("  \(person): \(entries.joined(separator: "; "))")
    }
    return lines
  }
}
