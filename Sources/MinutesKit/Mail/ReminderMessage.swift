import Foundation

/// The words of one reminder: what is missing from a group's section, with
/// line numbers, where to read and edit the topic, when the meeting is, and
/// the `minutes submit` line that sends the section.
struct ReminderMessage {
  var group: Group
  var findings: [Finding]
  var recipients: GroupRecipients
  var meeting: Meeting
  var mail: MailSettings
  var date: MeetingDate
  var topicName: String
  var submitPath: String

  /// `Tuesday, 22 March 2011`.
  static func longDate(_ date: MeetingDate) -> String {
    "\(date.weekday.name), \(date.day) \(MeetingDate.monthNames[date.month - 1]) \(date.year)"
  }

  /// `Burt`, `Armen and Xin`, `Britta, Robert E. and Mats`.
  static func names(_ names: [String]) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
  }

  /// A word for a shell, quoted when it holds anything but plain characters.
  static func shellWord(_ word: String) -> String {
    let plain = word.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "_-./,:=+@%".contains($0))
    }
    if plain && !word.isEmpty { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// One finding in words: `line 12: empty bullet`, errors marked as what
  /// `submit` refuses.
  static func describe(_ finding: Finding) -> String {
    let refused = finding.severity == .error ? " (submit refuses this)" : ""
    return "line \(finding.location.line): \(VisibleText.escaped(finding.message))\(refused)"
  }

  func message(stamp: MailStamp) -> MailMessage {
    let gaps = findings.count == 1 ? "1 gap" : "\(findings.count) gaps"
    let links = mail.links(web: meeting.web, topic: topicName)
    let file = MailStamp.slug(group.name) + ".txt"
    var body: [String] = []
    body.append("Hello \(ReminderMessage.names(recipientNames)),")
    body.append("")
    body += TextWrap.wrap(
      "The \(meeting.title) meets on \(ReminderMessage.longDate(date)). The \(group.name) "
        + "section of \(topicName) still has \(gaps):")
    body.append("")
    for finding in findings {
      body += TextWrap.wrap(ReminderMessage.describe(finding), first: "  - ", rest: "    ")
    }
    body.append("")
    body.append("Read the topic: \(links.view)")
    body.append("Edit it:        \(links.edit)")
    body.append("")
    body += TextWrap.wrap(
      "Or write the section into a file (with or without its heading) and send it from "
        + "the meeting's folder with:")
    body.append("")
    let command = [
      "minutes", "submit", "--group", group.name, "--from", file, submitPath,
    ].map(ReminderMessage.shellWord).joined(separator: " ")
    body.append("  " + command)
    body.append("")
    body += TextWrap.wrap(
      "It is checked as 'minutes lint --group' checks it, and goes in only when "
        + "nothing is refused.")
    if !recipients.unaddressed.isEmpty {
      body.append("")
      body += TextWrap.wrap(
        "(Not sent to \(ReminderMessage.names(recipients.unaddressed.map(\.name))): "
          + "the roster has no address for them.)")
    }
    body.append("")
    body.append("-- ")
    body.append("Sent by minutes for the \(meeting.title) (\(meeting.author))")
    return MailMessage(
      from: mail.from, to: recipients.to, cc: recipients.cc, replyTo: mail.replyTo,
      subject: "[\(meeting.title)] \(group.name): your section for \(date.twikiDate) has \(gaps)",
      body: body.joined(separator: "\n") + "\n", date: stamp.time,
      messageID: stamp.messageID(about: "\(topicName) \(group.name)", domain: mail.from.domain),
      extraHeaders: [("Auto-Submitted", "auto-generated")])
  }

  var recipientNames: [String] {
    recipients.to.map { $0.name ?? $0.address }
  }
}
