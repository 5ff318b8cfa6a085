import Foundation

/// `minutes new --force` over a topic that is there already: the new topic
/// is written, but no report an owner submitted to the old one is lost. Each
/// group section of the old topic that holds a report keeps its body in the
/// new topic (under the new heading), and the old file stays beside the new
/// one as `<Topic>.txt.bak` (`.bak.2`, `.bak.3`, … when that is taken): a
/// name that lint, `new` and `history` never read as a topic.
public enum TopicReplacement {
  /// What replacing a topic did.
  public struct Outcome: Sendable, Equatable {
    /// The names of the groups whose reports were kept, in page order.
    public var keptReports: [String]
    /// Where the replaced file went; nil when there was no file to replace.
    public var backup: String?
  }

  /// The new topic text with the reports of `old` kept in it.
  ///
  /// A report under a heading the new topic has no section for (a group
  /// taken off the roster, a section someone added by hand) cannot be kept:
  /// that is an error saying how to go on, and nothing is written.
  public static func keepingReports(
    of old: Topic, in new: Topic, roster: Roster, today: MeetingDate
  ) throws(MinutesError) -> (topic: Topic, kept: [String]) {
    let context = LintContext(topic: old, roster: roster, today: today)
    var topic = new
    var kept: [String] = []
    for entry in context.reportSections
    where entry.kind != .fixed && LintText.hasReport(entry.section, in: context) {
      let section = entry.section
      guard let group = entry.group, let target = topic.section(forGroup: group.name) else {
        throw MinutesError(
          "\(old.path): holds a report under '\(section.name)', and the new topic has no "
            + "section for it; nothing written (move the report out of the topic, then run "
            + "'minutes new --force' again)")
      }
      let body = old.withoutTrailingBlankAndMeta(section.bodyRange).map { old.lines[$0].text }
      let replaced = topic.withoutTrailingBlankAndMeta(target.bodyRange)
      if topic.lines[replaced].map(\.text) == body { continue }
      topic = topic.replacingLines(in: replaced, with: body)
      kept.append(group.name)
    }
    return (topic, kept)
  }

  /// Writes `plan`'s topic over the file at its path, under the topic's
  /// lock: the reports of the file there are kept, the file itself is kept
  /// as a backup. With no file there, just writes the topic.
  ///
  /// `report` runs with the outcome before the topic is put in place: when
  /// it throws, nothing is written (the backup is removed again).
  public static func write(
    _ plan: NewTopicPlan, roster: Roster, today: MeetingDate,
    report: (Outcome) throws(MinutesError) -> Void = { _ in }
  ) throws -> Outcome {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: plan.path, isDirectory: &isFolder),
      !isFolder.boolValue
    else {
      let outcome = Outcome(keptReports: [], backup: nil)
      try NewTopic.write(plan, force: true) { () throws(MinutesError) in try report(outcome) }
      return outcome
    }
    return try TopicLock.holding(plan.path) { () throws(MinutesError) -> Outcome in
      let bytes = try FileIO.read(plan.path, limit: LintInput.sizeLimit)
      let old: Topic
      do throws(TopicDecodingError) {
        old = try Topic(bytes: bytes, path: plan.path)
      } catch {
        throw error.asMinutesError
      }
      let (topic, kept) = try keepingReports(
        of: old, in: Topic(text: plan.topic.text, path: plan.path), roster: roster, today: today)
      // Prepared first: a write that would be refused (a link out of the
      // archive) leaves no backup behind either.
      let write = try AtomicWrite.prepare(Array(topic.text.utf8), to: plan.path, replace: true)
      let backup = try writeBackup(bytes, of: write.path)
      let outcome = Outcome(keptReports: kept, backup: backup)
      do throws(MinutesError) {
        try report(outcome)
      } catch {
        write.discard()
        unlink(backup)
        throw error
      }
      try write.commit()
      return outcome
    }
  }

  /// Keeps the file at `path` (whose bytes are `bytes`) under the first
  /// free backup name: a hard link to it, so that no byte is written and the
  /// backup is whole or not there; where the file system has no hard links,
  /// a copy written atomically.
  static func writeBackup(_ bytes: [UInt8], of path: String) throws(MinutesError) -> String {
    var number = 1
    while true {
      let candidate = path + ".bak" + (number == 1 ? "" : ".\(number)")
      if !FileManager.default.fileExists(atPath: candidate) {
        // Following a link: a linked topic is written where the link points.
        if linkat(AT_FDCWD, path, AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) != 0 {
          try FileIO.writeAtomically(bytes, to: candidate, replace: false)
        }
        return candidate
      }
      number += 1
    }
  }

}
