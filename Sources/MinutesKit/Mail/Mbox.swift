/// Messages as an mbox file (mboxrd): each starts with a `From ` line, and a
/// body line that would read as one (`From `, `>From `, ...) gets one more
/// `>` so that a reader can take it back off.
public enum Mbox {
  /// One message as an mbox entry, ending in an empty line.
  public static func entry(_ message: MailMessage) -> String {
    let rendered = message.rendered(lineEnding: "\n")
    var lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var inBody = false
    for index in lines.indices {
      if !inBody {
        inBody = lines[index].isEmpty
        continue
      }
      if isFromLine(lines[index]) { lines[index] = ">" + lines[index] }
    }
    let sender = message.from.address
    return "From \(sender) \(MailDate.asctime(message.date))\n" + lines.joined(separator: "\n")
      + "\n\n"
  }

  /// `From ` after any number of `>`.
  static func isFromLine(_ line: String) -> Bool {
    line.drop { $0 == ">" }.hasPrefix("From ")
  }

  /// Splits an mbox file into its messages' texts (the `From ` lines taken
  /// off, escaping undone): for tests and for reading a local mailbox.
  public static func messages(in text: String) -> [String] {
    var messages: [[String]] = []
    var previousBlank = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("From "), previousBlank {
        messages.append([])
      } else if !messages.isEmpty {
        messages[messages.count - 1].append(
          line.hasPrefix(">") && isFromLine(line) ? String(line.dropFirst()) : line)
      }
      previousBlank = line.isEmpty
    }
    return messages.map { lines in
      var lines = lines
      while lines.last == "" { lines.removeLast() }
      return lines.joined(separator: "\n") + "\n"
    }
  }
}
