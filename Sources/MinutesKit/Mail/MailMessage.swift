/// One plain-text mail, built purely from values and rendered as RFC 5322
/// text: encoded headers, a Date and Message-ID, lines within 998 bytes
/// (quoted-printable when a body line would pass that), no bare CR or LF.
public struct MailMessage: Sendable, Equatable {
  public var from: MailAddress
  public var to: [MailAddress]
  public var cc: [MailAddress]
  public var replyTo: MailAddress?
  public var subject: String
  /// The body, lines separated by LF (a CR is dropped when rendered).
  public var body: String
  /// Seconds since 1970, written as the Date header (in UTC).
  public var date: Int
  /// Without angle brackets: `20110321000000.cms.5f1a@example.org`.
  public var messageID: String
  /// Further headers, written after the standard ones (already ASCII).
  public var extraHeaders: [(name: String, value: String)]

  public init(
    from: MailAddress, to: [MailAddress], cc: [MailAddress] = [], replyTo: MailAddress? = nil,
    subject: String, body: String, date: Int, messageID: String,
    extraHeaders: [(name: String, value: String)] = []
  ) {
    self.from = from
    self.to = to
    self.cc = cc
    self.replyTo = replyTo
    self.subject = subject
    self.body = body
    self.date = date
    self.messageID = messageID
    self.extraHeaders = extraHeaders
  }

  public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool {
    lhs.from == rhs.from && lhs.to == rhs.to && lhs.cc == rhs.cc && lhs.replyTo == rhs.replyTo
      && lhs.subject == rhs.subject && lhs.body == rhs.body && lhs.date == rhs.date
      && lhs.messageID == rhs.messageID
      && lhs.extraHeaders.elementsEqual(rhs.extraHeaders) { $0 == $1 }
  }

  /// Every recipient, To then Cc, each once.
  public var recipients: [MailAddress] {
    var seen: Set<String> = []
    return (to + cc).filter { seen.insert($0.address.lowercased()).inserted }
  }

  /// The largest line SMTP carries, without its CRLF (RFC 5322 2.1.1).
  public static let maxLineBytes = 998

  /// The message as text, lines ending in `lineEnding`: `"\n"` for
  /// `sendmail` and mbox files (the local convention), `"\r\n"` for `.eml`
  /// files and the wire.
  public func rendered(lineEnding: String = "\n") -> String {
    let lines = MailMessage.bodyLines(body)
    let encoding = MailMessage.transferEncoding(for: lines)
    var headers: [(String, String)] = [
      ("Date", MailDate.rfc5322(date)),
      ("From", from.header),
    ]
    if !to.isEmpty { headers.append(("To", to.map(\.header).joined(separator: ", "))) }
    if !cc.isEmpty { headers.append(("Cc", cc.map(\.header).joined(separator: ", "))) }
    if let replyTo { headers.append(("Reply-To", replyTo.header)) }
    headers.append(("Subject", MailHeaderEncoding.text(subject)))
    headers.append(("Message-ID", "<\(messageID)>"))
    headers.append(("MIME-Version", "1.0"))
    headers.append(("Content-Type", "text/plain; charset=utf-8"))
    headers.append(("Content-Transfer-Encoding", encoding.rawValue))
    for (name, value) in extraHeaders {
      headers.append((name, MailHeaderEncoding.text(value)))
    }
    var out = headers.map {
      MailHeaderEncoding.fold(name: $0.0, value: $0.1, lineEnding: lineEnding)
    }
    out.append("")
    switch encoding {
    case .quotedPrintable: out += QuotedPrintable.encode(lines)
    case .sevenBit, .eightBit: out += lines
    }
    return out.joined(separator: lineEnding) + lineEnding
  }

  enum TransferEncoding: String {
    case sevenBit = "7bit"
    case eightBit = "8bit"
    case quotedPrintable = "quoted-printable"
  }

  /// The body's lines: CR dropped (only LF ends a line), no trailing
  /// empty line from a final LF.
  static func bodyLines(_ body: String) -> [String] {
    var lines = body.replacingOccurrences(of: "\r", with: "")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// 7bit for ASCII, 8bit for UTF-8 text, quoted-printable only when a line
  /// is longer than SMTP carries or holds a NUL.
  static func transferEncoding(for lines: [String]) -> TransferEncoding {
    if lines.contains(where: { $0.utf8.count > maxLineBytes || $0.utf8.contains(0) }) {
      return .quotedPrintable
    }
    return lines.allSatisfy(ASCII.isASCII) ? .sevenBit : .eightBit
  }
}
