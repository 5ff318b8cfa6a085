import Foundation

/// What `minutes new` will do: the meeting day, the topic text, where it goes
/// and the previous meeting's topic (where carry-forward takes items from).
public struct NewTopicPlan: Sendable {
  public var date: MeetingDate
  public var topic: GeneratedTopic
  /// `<archive>/<Topic>.txt`.
  public var path: String
  public var archive: Archive
  /// The latest topic of the archive before `date`.
  public var previous: Archive.Entry?
  /// Where the archive or its parent topic spell the topic's name otherwise
  /// (``TopicNameCheck``): warnings, not errors.
  public var nameNotes: [String] = []
}

/// The steps of `minutes new` that are not carry-forward: choose the day,
/// list the archive, load the templates, generate, and write.
public enum NewTopic {
  /// Reads what generation needs from disk and generates the topic.
  ///
  /// - Parameters:
  ///   - date: `--date`, or nil for the first meeting weekday after the
  ///     latest topic of the archive (after today when it is empty).
  ///   - now: seconds since 1970 (the clock or `SOURCE_DATE_EPOCH`).
  public static func plan(roster: Roster, date: MeetingDate?, now: Int) throws(MinutesError)
    -> NewTopicPlan
  {
    // TopicGenerator checks the pattern; listing the archive needs no check.
    let pattern = roster.meeting.topicPattern
    let archive = try Archive.load(folder: roster.meeting.archive, pattern: pattern)
    let day = date ?? nextMeeting(after: archive, weekday: roster.meeting.weekday, now: now)
    // Topic names hold four-digit years; a fifth digit could not be read back.
    guard day.year <= 9999 else {
      throw MinutesError(
        "the next meeting would be on \(day.twikiDate), past the year 9999 that topic names "
          + "can hold (pass --date)")
    }
    let templates = try TemplateSet.load(folder: roster.meeting.templates, for: roster)
    let topic = try TopicGenerator.generate(
      roster: roster, date: day, createdAt: now, templates: templates)
    let parentPath = Archive.join(archive.folder, roster.meeting.parent + ".txt")
    let parent = (try? FileIO.read(parentPath, limit: LintInput.sizeLimit)).map {
      (name: roster.meeting.parent, text: String(decoding: $0, as: UTF8.self))
    }
    let notes = TopicNameCheck.notes(
      name: topic.name, date: day, pattern: roster.meeting.topicPattern, archive: archive,
      parent: parent)
    return NewTopicPlan(
      date: day, topic: topic, path: Archive.join(archive.folder, topic.name + ".txt"),
      archive: archive, previous: archive.latest(before: day), nameNotes: notes)
  }

  /// The first meeting weekday after the latest dated topic, or after today
  /// (in UTC) when the archive has none.
  public static func nextMeeting(after archive: Archive, weekday: Weekday, now: Int) -> MeetingDate
  {
    let from = archive.latest?.date ?? MeetingDate(Date(timeIntervalSince1970: TimeInterval(now)))
    return from.next(weekday)
  }

  /// Why the plan's topic may not be written without `--force`: the file
  /// exists, or the archive already has a topic for that day under another
  /// spelling (`DEcember1,2015…` for `Dec1,2015…`).
  public static func checkNotWritten(_ plan: NewTopicPlan) throws(MinutesError) {
    if FileManager.default.fileExists(atPath: plan.path) {
      throw MinutesError("\(plan.path): already exists (use --force to replace it)")
    }
    if let sameDay = plan.archive.entries.first(where: { $0.date == plan.date }) {
      throw MinutesError(
        "\(sameDay.path): the archive already has the topic of \(plan.date.twikiDate) "
          + "(use --force to write \(plan.topic.name).txt as well)")
    }
  }

  /// Writes the plan's topic atomically, creating the archive folder when
  /// this is its first topic. Without `force` an existing topic is an error
  /// and stays as it was.
  ///
  /// `report` runs once the topic is written aside, before it is put in
  /// place (as `submit` does): when it throws (stdout full or closed), the
  /// topic is not written and a folder made for it is removed again.
  public static func write(
    _ plan: NewTopicPlan, force: Bool, report: () throws(MinutesError) -> Void = {}
  ) throws(MinutesError) {
    let folder = plan.archive.folder
    var made = false
    if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
      try FileIO.createFolder(folder)
      made = true
    }
    do throws(MinutesError) {
      let write = try AtomicWrite.prepare(
        Array(plan.topic.text.utf8), to: plan.path, replace: force)
      do throws(MinutesError) {
        try report()
      } catch {
        write.discard()
        throw error
      }
      try write.commit()
    } catch {
      if made { rmdir(folder) }
      throw error
    }
  }
}
