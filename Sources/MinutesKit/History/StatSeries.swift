import Foundation

/// A group's declared statistics read from every topic of an archive: one row
/// per meeting, one column per slot of each statistic.
///
/// Figures are found exactly as lint finds them (``LintContext``'s stat
/// occurrences, ``StatMatcher``). When a statistic stands more than once in a
/// section, the meeting's own figures are taken: those under a roll-over's
/// `from` label ("Current week's total usage") before any other, and never
/// those under its `to` label ("Previous week's total usage"), which repeat
/// the previous meeting's; a complete match before one with blank slots.
public struct StatSeries: Sendable, Equatable {
  /// One slot of one statistic: a column of the table and a chart.
  public struct Column: Sendable, Equatable {
    public var stat: String
    public var slot: String
    /// `jobs.ok`.
    public var name: String { "\(stat).\(slot)" }
  }

  public struct Row: Sendable, Equatable {
    public var date: MeetingDate
    public var topic: String
    /// One per column; nil where the meeting's topic has no figure for it.
    public var values: [StatFigure?]
  }

  public var group: String
  public var stats: [StatDeclaration]
  public var columns: [Column]
  public var rows: [Row]

  /// Reads `stats` (all the group's when nil) out of `topics`.
  public init(
    group: Group, stats selected: [StatDeclaration]? = nil, topics: [ArchiveTopic],
    roster: Roster
  ) {
    self.init(group: group, stats: selected)
    let rosters = DatedRosters(roster)
    for item in topics { rows.append(row(of: item, group: group, rosters: rosters)) }
  }

  /// Reads `stats` (all the group's when nil) out of the roster's archive
  /// (or `folder`), its topics read on all cores a batch at a time: memory
  /// stays flat however large the archive.
  public static func load(
    group: Group, stats selected: [StatDeclaration]? = nil, roster: Roster,
    folder: String? = nil
  ) throws(MinutesError) -> StatSeries {
    var series = StatSeries(group: group, stats: selected)
    let rosters = DatedRosters(roster)
    let (_, entries) = try ArchiveTopic.entries(roster: roster, folder: folder)
    let columns = series
    try ArchiveTopic.map(entries, { columns.row(of: $0, group: group, rosters: rosters) }) {
      series.rows.append($0)
    }
    return series
  }

  /// The columns of `stats` (all the group's when nil), without rows.
  private init(group: Group, stats selected: [StatDeclaration]?) {
    self.group = group.name
    let stats = selected ?? group.stats
    self.stats = stats
    var columns: [Column] = []
    for stat in stats {
      for slot in stat.slotNames { columns.append(Column(stat: stat.name, slot: slot)) }
    }
    self.columns = columns
    rows = []
  }

  /// The row of one meeting's topic, read with the roster of its day.
  private func row(of item: ArchiveTopic, group: Group, rosters: DatedRosters) -> Row {
    let context = item.context(rosters: rosters)
    var values: [StatFigure?] = []
    for stat in stats {
      let match = StatSeries.meetingMatch(of: stat, group: group, in: context)
      for slot in stat.slotNames { values.append(match?[slot: slot]?.figure) }
    }
    return Row(date: item.entry.date, topic: item.entry.name, values: values)
  }

  /// The match of `stat` that holds this meeting's figures (see the type's
  /// description), nil when there is none.
  static func meetingMatch(of stat: StatDeclaration, group: Group, in context: LintContext)
    -> StatMatch?
  {
    // By the group's id: the section is found under whatever name the
    // group had at that meeting.
    let occurrences = context.statOccurrences.filter { $0.group.id == group.id && $0.stat == stat }
    guard !occurrences.isEmpty else { return nil }
    var current: [Range<Int>] = []
    var previous: [Range<Int>] = []
    for (section, sectionGroup) in context.groupSections where sectionGroup.id == group.id {
      for rollover in sectionGroup.rollovers {
        if let block = CarryForward.bulletBlock(labelled: rollover, in: section, of: context.topic)
        {
          current.append(block)
        }
        let to = Rollover(from: rollover.to, to: rollover.to)
        if let block = CarryForward.bulletBlock(labelled: to, in: section, of: context.topic) {
          previous.append(block)
        }
      }
    }
    func rank(_ occurrence: LintContext.StatOccurrence) -> Int? {
      let line = occurrence.lineIndex
      if previous.contains(where: { $0.contains(line) }) { return nil }
      let isCurrent = current.contains { $0.contains(line) }
      return (occurrence.match.isComplete ? 0 : 2) + (isCurrent ? 0 : 1)
    }
    let ranked = occurrences.compactMap { occurrence in rank(occurrence).map { ($0, occurrence) } }
    return ranked.min { $0.0 < $1.0 }?.1.match
  }

  /// Meetings with at least one figure.
  public var reportedRows: [Row] { rows.filter { $0.values.contains { $0 != nil } } }
}

extension StatSeries {
  /// What `minutes stats` shows: `group`'s statistics (only `stat`, when
  /// given) read out of the archive in `folder`. An unknown group or
  /// statistic is an error with a guess; so is a group that declares none.
  public static func load(group name: String, stat: String?, roster: Roster, folder: String)
    throws(MinutesError) -> StatSeries
  {
    try Linter.validate(group: name, roster: roster)
    guard let group = roster.group(named: name) else {
      throw MinutesError("unknown group '\(name)'")
    }
    var stats = group.stats
    if stats.isEmpty {
      throw MinutesError(
        "group '\(group.name)' declares no stats (add 'stats:' to it in \(roster.path))")
    }
    if let stat {
      guard let found = stats.first(where: { $0.name.lowercased() == stat.lowercased() }) else {
        let names = stats.map(\.name)
        let hint =
          Suggestion.closest(to: stat, in: names).map { "did you mean '\($0)'? " } ?? ""
        throw MinutesError(
          "group '\(group.name)' has no stat '\(stat)' "
            + "(\(hint)its stats are \(names.joined(separator: ", ")))")
      }
      stats = [found]
    }
    return try load(group: group, stats: stats, roster: roster, folder: folder)
  }
}
