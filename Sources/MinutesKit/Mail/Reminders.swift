/// `minutes remind`: for each group due at a topic's meeting whose section
/// still has gaps, the message that tells its owners what is missing.
///
/// The gaps are what `minutes lint --group NAME` finds in the topic, so an
/// owner who fixes them all gets no further reminder.
public struct Reminders: Sendable {
  /// What became of one group.
  public enum Outcome: Sendable, Equatable {
    /// A message to the owners about `findings`.
    case remind(MailMessage, findings: [Finding])
    /// Gaps, but no owner has an address on the meeting's date.
    case noAddress(findings: [Finding], owners: [Owner])
    /// Nothing missing: no message.
    case complete
    /// Away or not due at this meeting: no message.
    case notReporting(Attendance)
  }

  public var meetingDate: MeetingDate
  public var topicName: String
  public var outcomes: [(group: Group, outcome: Outcome)]

  /// The reminders for `topic` (its meeting date from its name, else
  /// `today`), for every group of the roster or only `group`.
  /// `submitPath` is the topic as the owners' `minutes submit` line names it.
  public static func plan(
    topic: Topic, roster: Roster, mail: MailSettings, group: String? = nil,
    today: MeetingDate, submitPath: String, stamp: MailStamp
  ) -> Reminders {
    let date = LintContext.meetingDate(ofTopicAt: topic.path, roster: roster) ?? today
    let name = LintContext.topicName(ofFileAt: topic.path)
    // The groups, names and owners of the meeting's day.
    let meeting = roster.asOf(date)
    let groups =
      group.map { wanted in meeting.group(named: wanted).map { [$0] } ?? [] }
      ?? meeting.groups
    var outcomes: [(Group, Outcome)] = []
    for candidate in groups {
      let attendance = candidate.isDue(on: date)
      guard attendance == .due else {
        outcomes.append((candidate, .notReporting(attendance)))
        continue
      }
      let findings = Linter().lint(
        LintContext(topic: topic, roster: roster, group: candidate.name, today: date))
      guard !findings.isEmpty else {
        outcomes.append((candidate, .complete))
        continue
      }
      let recipients = mail.recipients(of: candidate, on: date)
      guard !recipients.to.isEmpty else {
        outcomes.append((candidate, .noAddress(findings: findings, owners: recipients.unaddressed)))
        continue
      }
      let message = ReminderMessage(
        group: candidate, findings: findings, recipients: recipients, meeting: roster.meeting,
        mail: mail, date: date, topicName: name, submitPath: submitPath
      ).message(stamp: stamp)
      outcomes.append((candidate, .remind(message, findings: findings)))
    }
    return Reminders(meetingDate: date, topicName: name, outcomes: outcomes)
  }

  /// The messages to send, in roster order.
  public var messages: [(group: Group, message: MailMessage)] {
    outcomes.compactMap { entry in
      if case .remind(let message, _) = entry.outcome { (entry.group, message) } else { nil }
    }
  }

  /// `1 gap`, `3 gaps`.
  public static func count(_ findings: [Finding]) -> String {
    findings.count == 1 ? "1 gap" : "\(findings.count) gaps"
  }

  /// The topic's path as the owners' `submit` line names it: from the
  /// roster's folder (where `minutes` finds the roster), as given otherwise.
  public static func submitPath(of path: String, roster: Roster) -> String {
    let folder = RosterBuilder.folder(of: roster.path)
    guard !folder.isEmpty, folder != "." else { return path }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}

extension Reminders {
  /// What `minutes remind` says on standard error once the messages went
  /// out through `delivery` with `failures`: a line per group (its gaps and
  /// recipients, a missing address as an error, nothing missing, not
  /// reporting), a line per failed message, and the count. `failed` counts
  /// the groups left without their reminder.
  public func report(delivery: MailDelivery, failures: [MailDelivery.Failure]) -> (
    lines: [String], failed: Int
  ) {
    var lines: [String] = []
    var failed = 0
    for (group, outcome) in outcomes {
      switch outcome {
      case .remind(let message, let findings):
        lines.append(
          "\(group.name): \(Reminders.count(findings)), reminder to "
            + message.recipients.map(\.address).joined(separator: ", "))
      case .noAddress(let findings, let owners):
        failed += 1
        lines.append(
          "minutes: error: \(group.name): \(Reminders.count(findings)), but the roster has no "
            + "address for \(owners.map(\.name).joined(separator: ", ")) on "
            + "\(meetingDate.iso) (add it under mail.addresses)")
      case .complete:
        lines.append("\(group.name): nothing missing")
      case .notReporting(let attendance):
        lines.append("\(group.name): \(attendance.phrase), no reminder")
      }
    }
    let messages = self.messages
    for failure in failures {
      lines.append(
        "minutes: error: reminder for \(messages[failure.index].group.name) not sent: "
          + failure.reason)
    }
    failed += failures.count
    let sent = messages.count - failures.count
    let verb =
      switch delivery {
      case .print: "printed"
      case .mbox, .folder: "written"
      case .sendmail: "sent"
      }
    lines.append(
      "\(sent) reminder\(sent == 1 ? "" : "s") \(verb)" + (failed > 0 ? ", \(failed) failed" : ""))
    return (lines, failed)
  }
}
