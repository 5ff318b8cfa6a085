import Foundation

extension RecentReports {
  /// What the page of a meeting shows, group by group, judged as `history`
  /// judges it (``MeetingHistory/status(of:in:today:)``): one notion of "this
  /// group reported" for lint and history. The owners written in a group's
  /// heading that were not the roster's, the unknown headings and the
  /// figures missing from a report are read from the sections and
  /// statistics of that same view, as the rules read them.
  public static func meeting(of topic: ArchiveTopic, roster: Roster) -> Meeting {
    meeting(of: topic, rosters: DatedRosters(roster))
  }

  /// ``meeting(of:roster:)`` with the roster of the topic's day taken from
  /// `rosters`, which a run over many topics shares.
  static func meeting(of topic: ArchiveTopic, rosters: DatedRosters) -> Meeting {
    let roster = rosters.roster
    let context = topic.context(rosters: rosters)
    var meeting = Meeting()
    for group in roster.groups {
      let status = MeetingHistory.status(of: group, in: context)
      if status == .reported {
        meeting.reported.insert(group.id)
      } else if status.isMissed {
        meeting.missed.insert(group.id)
      }
    }
    // What the rules would say of the page, read as they read it.
    let groups = context.roster.groups
    for entry in context.reportSections {
      if let groupIndex = entry.groupIndex {
        let id = groups[groupIndex].id
        if meeting.mismatchedOwners[id] == nil,
          !OwnerMismatchRule.accepts(entry.section.owners, for: groups[groupIndex])
        {
          meeting.mismatchedOwners[id] = entry.section.owners ?? []
        }
      } else if case .unknown = entry.kind {
        meeting.unknownHeadings.insert(entry.key)
      }
    }
    var found: [String: Set<String>] = [:]
    for occurrence in context.statOccurrences {
      found[occurrence.group.id, default: []].insert(occurrence.stat.name)
    }
    for group in groups where meeting.reported.contains(group.id) && !group.stats.isEmpty {
      let missing = Set(group.stats.map(\.name)).subtracting(found[group.id] ?? [])
      if !missing.isEmpty { meeting.missingStats[group.id] = missing }
    }
    return meeting
  }

  /// What `minutes lint` looks back on for `inputs`: the meetings before
  /// its topic files (``load(forTopicsAt:roster:)``), none when it checks
  /// one group's section (an owner's own check, `--group`, still reports a
  /// quiet group's empty section).
  public static func load(for inputs: [LintInput], group: String?, roster: Roster)
    -> [String: RecentReports]
  {
    guard group == nil else { return [:] }
    return load(
      forTopicsAt: inputs.compactMap { if case .file(let path) = $0 { path } else { nil } },
      roster: roster)
  }

  /// The meetings before the topic at `path` (``load(forTopicsAt:roster:)``
  /// for one topic): what `announce` checks the page against.
  public static func load(forTopicAt path: String, roster: Roster) -> RecentReports {
    load(forTopicsAt: [path], roster: roster)[Archive.folder(ofTopicAt: path)] ?? RecentReports()
  }

  /// The meetings before each of the dated topics at `paths`, read once for
  /// the whole run from the folder each topic lies in (where `new` and
  /// last week's figures find the previous topic), by folder
  /// (``Archive/folder(ofTopicAt:)``). Only the meetings a topic's window
  /// needs are read, each once, on all cores; a topic that cannot be read
  /// tells nothing. Topics without a date in their name need nothing.
  public static func load(forTopicsAt paths: [String], roster: Roster) -> [String: RecentReports] {
    let pattern = roster.meeting.topicPattern
    var dates: [String: Set<MeetingDate>] = [:]
    for path in paths {
      guard let date = LintContext.meetingDate(ofTopicAt: path, roster: roster) else { continue }
      dates[Archive.folder(ofTopicAt: path), default: []].insert(date)
    }
    var result: [String: RecentReports] = [:]
    for (folder, linted) in dates {
      guard let archive = try? Archive.load(folder: folder, pattern: pattern) else { continue }
      var reports = RecentReports()
      var read: Set<Int> = []
      let rosters = DatedRosters(roster)
      // Rounds: each reads, on all cores, the entries the topics' windows
      // still need, taking an entry not yet read as filled; a blank page
      // read widens the window in the next round.
      while true {
        var needed: Set<Int> = []
        for date in linted {
          var filled = 0
          var index = lastEntry(before: date, in: archive.entries)
          while let position = index, filled < reports.window {
            if !read.contains(position) {
              needed.insert(position)
              filled += 1
            } else if reports.meetings[archive.entries[position].date]?.isFilled == true {
              filled += 1
            }
            index = position > 0 ? position - 1 : nil
          }
        }
        if needed.isEmpty { break }
        let order = needed.sorted()
        let meetings = Slots(count: order.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { slot in
          guard let topic = try? ArchiveTopic.read(archive.entries[order[slot]]) else { return }
          meetings.store(meeting(of: topic, rosters: rosters), at: slot)
        }
        for (slot, position) in order.enumerated() {
          read.insert(position)
          reports.record(meetings.value(at: slot) ?? Meeting(), on: archive.entries[position].date)
        }
      }
      result[folder] = reports
    }
    return result
  }

  /// The position of the last of `entries` (earliest first) dated before
  /// `date`, found by halving: a run over a folder asks for each topic, and
  /// a scan from the end made that quadratic in the folder's size.
  static func lastEntry(before date: MeetingDate, in entries: [Archive.Entry]) -> Int? {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].date < date { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? low - 1 : nil
  }

  /// One slot per topic read, each written by exactly one worker.
  private final class Slots: @unchecked Sendable {
    private var slots: [Meeting?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Meeting, at index: Int) {
      lock.lock()
      slots[index] = value
      lock.unlock()
    }

    func value(at index: Int) -> Meeting? {
      lock.lock()
      defer { lock.unlock() }
      return slots[index]
    }
  }
}
