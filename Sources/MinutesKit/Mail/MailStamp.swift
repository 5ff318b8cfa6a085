import Foundation

/// What a message takes from the moment it is made: the time for its Date
/// header and a token that makes its Message-ID unique. Given by the caller,
/// so that building a message stays a pure function.
public struct MailStamp: Sendable, Equatable {
  /// Seconds since 1970.
  public var time: Int
  /// Letters and digits, different for every run (a fixed one in tests).
  public var token: String

  public init(time: Int, token: String) {
    self.time = time
    self.token = token
  }

  /// The stamp of a run: now, and a random token; with `SOURCE_DATE_EPOCH`
  /// both are fixed, so a run can be repeated byte for byte.
  public static func current(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(MinutesError) -> MailStamp {
    let time = try SourceDateEpoch.now(environment: environment)
    let fixed = !(environment["SOURCE_DATE_EPOCH"] ?? "").isEmpty
    let token = fixed ? "0" : String(UInt64.random(in: 0...UInt64.max), radix: 36)
    return MailStamp(time: time, token: token)
  }

  /// A Message-ID (without brackets) for the message about `subject` (a
  /// group or a topic), at the sender's domain.
  public func messageID(about subject: String, domain: String) -> String {
    let slug = MailStamp.slug(subject)
    return "\(MailDate.compact(time)).\(slug.isEmpty ? "minutes" : slug).\(token)@\(domain)"
  }

  /// Lowercase letters and digits of `text`, runs of anything else as one `-`.
  public static func slug(_ text: String) -> String {
    var out = ""
    for character in text.lowercased() {
      if character.isASCII && (character.isLetter || character.isNumber) {
        out.append(character)
      } else if !out.isEmpty && !out.hasSuffix("-") {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out
  }
}
