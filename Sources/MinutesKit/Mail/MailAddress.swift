import Foundation

/// One mailbox: an address (`burt@example.org`) with an optional display
/// name (`Burt Holzman`), as a header shows it.
public struct MailAddress: Sendable, Equatable, Hashable {
  /// The display name; nil for a bare address.
  public var name: String?
  /// The addr-spec, `local@domain`.
  public var address: String

  public init(name: String? = nil, address: String) {
    self.name = name
    self.address = address
  }

  /// Reads `burt@example.org` or `Burt Holzman <burt@example.org>` (the name
  /// may be quoted). The error says what is wrong, in words for a roster.
  public init(parsing text: String) throws(MinutesError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let hidden = VisibleText.firstHidden(in: trimmed) {
      throw MinutesError(
        "mail address '\(VisibleText.escaped(trimmed))' contains the control character "
          + "\(VisibleText.codePoint(hidden)) (an address is one line of plain text)")
    }
    var name: String?
    var spec = trimmed
    if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
      spec = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      var display = trimmed[..<open].trimmingCharacters(in: .whitespaces)
      if display.count >= 2, display.hasPrefix("\""), display.hasSuffix("\"") {
        display = String(display.dropFirst().dropLast())
      }
      name = display.isEmpty ? nil : display
    }
    guard MailAddress.isAddrSpec(spec) else {
      throw MinutesError(
        "'\(trimmed)' is not a mail address (write 'name@example.org' or "
          + "'Name <name@example.org>')")
    }
    self.init(name: name, address: spec)
  }

  /// A plain `local@domain`: one `@`, a non-empty local part and a domain
  /// with a dot or `localhost`, no spaces, brackets, quotes or commas. Mail
  /// systems accept more; a roster needs no more.
  public static func isAddrSpec(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, text.utf8.count <= 254 else {
      return false
    }
    let forbidden: Set<Character> = [" ", "<", ">", "(", ")", "[", "]", ",", ";", ":", "\\", "\""]
    guard text.allSatisfy({ $0.isASCII && !forbidden.contains($0) && !$0.isWhitespace }) else {
      return false
    }
    let domain = parts[1]
    guard !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else {
      return false
    }
    guard !parts[0].hasPrefix("."), !parts[0].hasSuffix("."), !parts[0].contains("..") else {
      return false
    }
    return domain.contains(".") || domain == "localhost"
  }

  /// The domain part, for Message-IDs.
  public var domain: String {
    address.split(separator: "@").last.map(String.init) ?? "localhost"
  }

  /// As a header shows it: the name quoted or RFC 2047-encoded where it
  /// needs to be, then `<address>`.
  public var header: String {
    guard let name, !name.isEmpty else { return address }
    return "\(MailHeaderEncoding.phrase(name)) <\(address)>"
  }
}
