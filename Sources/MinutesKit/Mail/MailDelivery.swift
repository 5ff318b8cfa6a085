import Foundation

/// Where messages go: the mail system, an mbox file, a folder of `.eml`
/// files, or standard output.
public enum MailDelivery: Sendable, Equatable {
  /// Through `sendmail`, one run per message.
  case sendmail([String])
  /// Appended to an mbox file (created when missing), all in one write.
  case mbox(String)
  /// One `.eml` file per message (CRLF line ends, as the wire has them).
  case folder(String)
  /// Printed as an mbox on standard output.
  case print

  /// One failure to deliver a message: which and why.
  public struct Failure: Error, Sendable, Equatable {
    public var index: Int
    public var reason: String
  }

  /// Delivers `messages`; a message that cannot be sent does not stop the
  /// rest. Writing a file or the output fails as a whole (thrown), before
  /// anything is written. A `sendmail` that runs past `timeLimit` is stopped
  /// and so is the delivery (the server is hung; the next would wait as
  /// long): thrown, naming every message not handed over.
  public func deliver(
    _ messages: [MailMessage], timeLimit: Duration = Sendmail.defaultTimeLimit
  ) throws(MinutesError) -> [Failure] {
    switch self {
    case .sendmail(let command):
      var failures: [Failure] = []
      for (index, message) in messages.enumerated() {
        do {
          try Sendmail.send(message, command: command, timeLimit: timeLimit)
        } catch .refused(let error) {
          failures.append(Failure(index: index, reason: error.message))
        } catch {
          let lost = failures.map { messages[$0.index] } + messages[index...]
          throw MinutesError(
            "\(error.message); not handed over: \(lost.count) of \(messages.count) "
              + "message\(messages.count == 1 ? "" : "s"), to "
              + lost.map { $0.recipients.map(\.address).joined(separator: ", ") }
              .joined(separator: "; "))
        }
      }
      return failures
    case .mbox(let path):
      var bytes: [UInt8] = []
      if FileManager.default.fileExists(atPath: path) {
        bytes = try FileIO.read(path)
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes += Array("\n\n".utf8) }
      }
      for message in messages { bytes += Array(Mbox.entry(message).utf8) }
      try FileIO.writeAtomically(bytes, to: path, replace: true)
      return []
    case .folder(let folder):
      try FileIO.createFolder(folder)
      for message in messages {
        let name = MailDelivery.fileName(for: message)
        try FileIO.writeAtomically(
          Array(message.rendered(lineEnding: "\r\n").utf8), to: "\(folder)/\(name)",
          replace: true)
      }
      return []
    case .print:
      try Console.output(messages.map(Mbox.entry).joined())
      return []
    }
  }

  /// `<local part of the Message-ID>.eml`, in letters, digits, `.` and `-`.
  static func fileName(for message: MailMessage) -> String {
    let local = message.messageID.split(separator: "@").first.map(String.init) ?? "message"
    let safe = String(
      local.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") ? $0 : "-" })
    return safe + ".eml"
  }
}
