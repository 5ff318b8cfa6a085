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
    meeting(in: topic.context(rosters: rosters), roster: rosters.roster)
  }

  /// ``meeting(of:roster:)`` from a topic's lint context, which a run that
  /// checks the topic has made already: `roster` is the run's whole roster,
  /// the context's that of the topic's day.
  static func meeting(in context: LintContext, roster: Roster) -> Meeting {
    var meeting = Meeting()
    // Sized once: grown a group at a time, a set is rehashed four times.
    meeting.reported.reserveCapacity(roster.groups.count)
    let statuses = MeetingHistory.statuses(of: roster.groups, in: context)
    // By index: a group copied is a dozen references.
    for index in roster.groups.indices {
      if statuses[index] == .reported {
        meeting.reported.insert(roster.groups[index].id)
      } else if statuses[index].isMissed {
        meeting.missed.insert(roster.groups[index].id)
      }
    }
    // What the rules would say of the page, read as they read it.
    let groups = context.roster.groups
    let sections = context.reportSections
    // Which groups' first heading and first mismatch are noted, by the
    // position of the first group with the id: asked of each section, the
    // maps hashed a group's id every time.
    let idPosition = context.day.firstPositionWithID
    var named = [Bool](repeating: false, count: groups.count)
    var mismatched = [Bool](repeating: false, count: groups.count)
    for position in sections.indices {
      if let groupIndex = sections[position].groupIndex {
        let id = groups[groupIndex].id
        let section = sections[position].section
        if !named[idPosition[groupIndex]], let written = sections[position].owners,
          !written.isEmpty
        {
          named[idPosition[groupIndex]] = true
          meeting.headingNames[id] = written
        }
        for index in section.bodyRange {
          if case .bullet(let item) = context.topic.lines[index].kind,
            let key = RecentReports.labelKey(item.text)
          {
            meeting.labels.insert(key)
          }
          guard AnnouncedAbsence.anyAbsence.occurs(in: context.topic.lines[index].text) else {
            continue
          }
          if AnnouncedAbsence.saysBack(in: context.topic.lines[index].text) {
            meeting.backFromAbsence.insert(id)
          }
          if let period = AnnouncedAbsence.period(
            in: context.topic.lines[index].text, owners: groups[groupIndex].owners.map(\.name),
            pageDate: context.meetingDate)
          {
            meeting.announcedAbsences[id, default: []].append(period)
          }
        }
        if !mismatched[idPosition[groupIndex]], !context.acceptsOwners(sectionAt: position) {
          mismatched[idPosition[groupIndex]] = true
          meeting.mismatchedOwners[id] = sections[position].owners ?? []
        }
      } else if case .unknown = sections[position].kind {
        meeting.unknownHeadings.insert(sections[position].key)
      }
    }
    // By index: an occurrence or a group copied is a dozen references.
    var found: [String: Set<String>] = [:]
    let occurrences = context.statOccurrences
    for index in occurrences.indices {
      found[occurrences[index].group.id, default: []].insert(occurrences[index].stat.name)
    }
    for index in groups.indices
    where meeting.reported.contains(groups[index].id) && !groups[index].stats.isEmpty {
      let id = groups[index].id
      let missing = context.day.statNames[index].subtracting(found[id] ?? [])
      if !missing.isEmpty { meeting.missingStats[id] = missing }
    }
    return meeting
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
    var gathered = Gathered(roster: roster, rosters: DatedRosters(roster))
    gathered.fill(for: paths.map { TopicPlace(path: $0, roster: roster) })
    return gathered.byFolder
  }

  /// Where a topic stands among the meetings: the folder its earlier
  /// meetings are read from and the date in its name (nil for none), worked
  /// out once per topic of a run rather than at every step that asks.
  struct TopicPlace: Sendable {
    var path: String
    /// ``Archive/folder(ofTopicAt:)``.
    var folder: String
    /// ``LintContext/meetingDate(ofTopicAt:roster:)``.
    var date: MeetingDate?

    init(path: String, roster: Roster) {
      self.init(path: path, date: LintContext.meetingDate(ofTopicAt: path, roster: roster))
    }

    /// The place of the topic at `path`, whose name's date is known already.
    init(path: String, date: MeetingDate?) {
      self.path = path
      self.folder = Archive.folder(ofTopicAt: path)
      self.date = date
    }
  }

  /// The meetings before the topics of a run, gathered as the run goes: the
  /// run records the meeting of each topic it checks, from the lint context
  /// it made anyway, and ``fill(for:)`` reads from a folder only the
  /// meetings a topic's window still lacks. A run over a whole folder, in
  /// meeting order, so reads and outlines each topic once.
  struct Gathered: Sendable {
    let roster: Roster
    let rosters: DatedRosters
    private var folders: [String: Folder] = [:]

    /// A folder's archive, what was recorded of it, and which of its
    /// entries (by position) are known.
    private struct Folder: Sendable {
      var archive: Archive
      var reports = RecentReports()
      var known: Set<Int> = []
      var positions: [String: Int]
    }

    init(roster: Roster, rosters: DatedRosters) {
      self.roster = roster
      self.rosters = rosters
    }

    /// What was gathered, by folder.
    var byFolder: [String: RecentReports] { folders.mapValues(\.reports) }

    /// The meetings before the topic at `place`, as far as gathered.
    func reports(for place: TopicPlace) -> RecentReports {
      folders[place.folder]?.reports ?? RecentReports()
    }

    /// Records the meeting of the dated topic at `place`, which the run has
    /// checked (``RecentReports/meeting(in:roster:)``).
    mutating func record(_ meeting: Meeting, of place: TopicPlace) {
      guard let date = place.date, folder(place.folder) else { return }
      let key = place.folder
      guard let position = folders[key]?.positions[place.path],
        folders[key]?.known.contains(position) == false
      else { return }
      folders[key]?.known.insert(position)
      folders[key]?.reports.record(meeting, on: date)
    }

    /// Reads, on all cores, the meetings the windows of the dated topics at
    /// `places` still lack, in rounds: an entry not yet known counts as
    /// filled, and a blank page read widens the window in the next round.
    /// The windows reach the filled meetings after a topic too
    /// (``RecentReports/lookahead``), where its folder holds later pages: a
    /// lint run in meeting order has recorded them with its batch and the
    /// next one (which its runner has checked already), and reads none.
    mutating func fill(for places: [TopicPlace]) {
      var dates: [String: Set<MeetingDate>] = [:]
      for place in places {
        guard let date = place.date, folder(place.folder) else { continue }
        dates[place.folder, default: []].insert(date)
      }
      for (key, linted) in dates {
        // Taken out while it changes, so that its reports are not copied.
        guard var folder = folders.removeValue(forKey: key) else { continue }
        defer { folders[key] = folder }
        let entries = folder.archive.entries
        while true {
          var needed: Set<Int> = []
          // Walks from `start` by `step` until `count` filled meetings are
          // known, noting the entries not read yet (each counts as filled).
          func walk(from start: Int?, by step: Int, until count: Int) {
            var filled = 0
            var index = start
            while let position = index, filled < count {
              if !folder.known.contains(position) {
                needed.insert(position)
                filled += 1
              } else if folder.reports.meetings[entries[position].date]?.isFilled == true {
                filled += 1
              }
              index = entries.indices.contains(position + step) ? position + step : nil
            }
          }
          for date in linted {
            walk(
              from: RecentReports.lastEntry(before: date, in: entries), by: -1,
              until: folder.reports.reach)
            walk(
              from: RecentReports.firstEntry(after: date, in: entries), by: 1,
              until: folder.reports.lookahead)
          }
          if needed.isEmpty { break }
          let order = needed.sorted()
          let meetings = Slots<Meeting>(count: order.count)
          let rosters = self.rosters
          DispatchQueue.concurrentPerform(iterations: order.count) { slot in
            guard let topic = try? ArchiveTopic.read(entries[order[slot]]) else { return }
            meetings.store(RecentReports.meeting(of: topic, rosters: rosters), at: slot)
          }
          let read = meetings.values
          for (slot, position) in order.enumerated() {
            folder.known.insert(position)
            folder.reports.record(read[slot] ?? Meeting(), on: entries[position].date)
          }
        }
      }
    }

    /// Forgets, in each folder, the meetings before the windows of the dated
    /// topics at `places` (a batch of the run): a run in meeting order needs
    /// them no more, so memory stays flat however large the folder, and a
    /// run in another order reads them again when it does.
    mutating func forget(before places: [TopicPlace]) {
      var earliest: [String: MeetingDate] = [:]
      for place in places {
        guard let date = place.date else { continue }
        earliest[place.folder] = min(earliest[place.folder] ?? date, date)
      }
      for (key, date) in earliest {
        // Taken out while it changes, so that its reports are not copied.
        guard var folder = folders.removeValue(forKey: key) else { continue }
        defer { folders[key] = folder }
        let window = folder.reports.filledMeetings(before: date)
        guard window.count == folder.reports.reach, let start = window.first else { continue }
        folder.reports.forget(before: start)
        folder.known = folder.known.filter { folder.archive.entries[$0].date >= start }
      }
    }

    /// Makes sure the folder `key` (a topic's
    /// ``Archive/folder(ofTopicAt:)``) is listed; false when it cannot be.
    private mutating func folder(_ key: String) -> Bool {
      // Asked of the keys: `folders[key] != nil` copies the folder out.
      if folders.keys.contains(key) { return true }
      guard let archive = try? Archive.load(folder: key, pattern: roster.meeting.topicPattern)
      else { return false }
      var positions: [String: Int] = [:]
      for (position, entry) in archive.entries.enumerated() { positions[entry.path] = position }
      folders[key] = Folder(archive: archive, positions: positions)
      return true
    }
  }

  /// The position of the first of `entries` (earliest first) dated after
  /// `date`, found by halving.
  static func firstEntry(after date: MeetingDate, in entries: [Archive.Entry]) -> Int? {
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if entries[middle].date <= date { low = middle + 1 } else { high = middle }
    }
    return low < entries.count ? low : nil
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
}
