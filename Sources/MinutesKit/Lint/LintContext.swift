import Foundation

/// Everything a rule may look at: the topic, the roster, the mode, and what
/// is worked out once for all rules (which section is which group, where the
/// statistics stand, the meeting's date).
public struct LintContext: Sendable {
  public let topic: Topic
  /// `--group NAME`: only this group's section is checked.
  public let group: String?
  /// `--final`: the coordinator's check after the meeting.
  public let isFinal: Bool
  /// The day lint runs; the meeting's date when the topic's name has none.
  public let today: MeetingDate

  /// The roster as of the meeting's day (``Roster/asOf(_:)``): the groups
  /// alive then, with that day's names, owners and deputies.
  public let roster: Roster
  /// `roster` with what every page of its day looks up in it: its groups
  /// by name and by id, its carried sections' keys, its statistics'
  /// matchers.
  let day: DayRoster
  /// The page's sections as the meeting sees them, in page order.
  public let reportSections: [ReportSection]
  /// Every place a group's declared statistic stands in its section.
  public let statOccurrences: [StatOccurrence]
  /// From the topic's name (`Mar22,2011ProductionMeeting.txt`), else `today`.
  public let meetingDate: MeetingDate
  /// The date in the topic's name, nil when it has none
  /// (``meetingDate(ofTopicAt:roster:)``).
  public let nameDate: MeetingDate?
  /// For each line index, the positions in `statOccurrences` of the
  /// statistics on that line. Rules ask per line; filtering every occurrence
  /// for every line made lint quadratic in a page of statistics.
  let occurrencesByLine: [Int: Range<Int>]
  /// The template placeholders of every line that can show one (not a
  /// blank line, a comment or a META line), found in one pass when the
  /// context is made: `placeholder` reports them, and whether a section
  /// holds a report is judged by them. Those of the line at `index` are
  /// `placeholders[placeholderStarts[index]..<placeholderStarts[index + 1]]`.
  let placeholders: [LintText.Placeholder]
  let placeholderStarts: [Int]
  /// For each line index, the position in `reportSections` of the section
  /// holding it, -1 for none.
  let sectionIndexByLine: [Int32]
  /// For each of `reportSections`, whether it holds a report
  /// (``LintText/hasReport(_:in:)``). Rules ask for every line of template
  /// text; looking through the section each time was quadratic.
  private(set) var sectionHasReport: [Bool] = []
  /// For each of `reportSections`, whether it is a group section whose
  /// heading names owners `owner-mismatch` accepts
  /// (``OwnerMismatchRule/accepts(_:for:)``): the rule and the meeting a
  /// run records of the page both ask, and the answer takes splitting names.
  private(set) var sectionAcceptsOwners: [Bool] = []
  /// For each of `reportSections`, whether it is a group section with
  /// statistics whose text says why figures are missing ("No metrics report
  /// this week", ``FigureAbsence``): its missing and blank figures are not
  /// reported.
  private(set) var sectionExplainsMissingFigures: [Bool] = []
  /// The positions in the roster's groups of the groups whose owners and
  /// deputies the page's attendee list shows absent (``PageAttendance``).
  private(set) var groupsShownAbsent: Set<Int> = []
  /// Last week's figures, for checks that name them (`previous.jobs`);
  /// empty unless the roster has such a check (``PreviousFigures``).
  public let previousFigures: PreviousFigures
  /// Who reported at the meetings before this one, read by the runner from
  /// the topic's folder: `empty-section` leaves out a group that has not
  /// been writing in its section lately. Empty (nobody quiet) unless given.
  public private(set) var recentReports: RecentReports
  /// False when the file read holds no `minutes-lint` marker (one look at
  /// the whole file), so no line need be looked at for a suppression.
  let mayHoldSuppression: Bool

  /// A top-level section of the page and what it is.
  public struct ReportSection: Sendable {
    public enum Kind: Sendable, Equatable {
      case group(Group)
      /// A heading every page carries: Action/Significant Items, Attendees,
      /// the closing "full report" line.
      case fixed
      case unknown
    }

    public var section: Section
    public var kind: Kind
    /// ``nameKey(_:)`` of the section's name: for a group section also the
    /// group's key. Worked out once; several rules and the linter ask.
    public var key: String
    /// The owners the heading names in parentheses (``SectionTitle/owners``),
    /// nil when it names none: split once, for the rules and the meeting a
    /// run records of the page.
    public var owners: [String]?
    /// For a group section, the group's position in the `groups` of the
    /// roster the context was made with: rules that look at every group
    /// section read the group there rather than copy it out of `kind`.
    public var groupIndex: Int? = nil

    public var group: Group? {
      if case .group(let group) = kind { group } else { nil }
    }
  }

  /// A declared statistic found in its group's section.
  public struct StatOccurrence: Sendable {
    public var group: Group
    public var stat: StatDeclaration
    /// Index into `topic.lines`.
    public var lineIndex: Int
    public var match: StatMatch
  }

  public init(
    topic: Topic, roster: Roster, group: String? = nil, isFinal: Bool = false,
    today: MeetingDate
  ) {
    self.init(
      topic: topic, rosters: DatedRosters(roster), group: group, isFinal: isFinal, today: today)
  }

  /// ``init(topic:roster:group:isFinal:today:)`` with the roster of the
  /// topic's day taken from `rosters`, which a run over many topics shares.
  init(
    topic: Topic, rosters: DatedRosters, group: String? = nil, isFinal: Bool = false,
    today: MeetingDate, previousFigures: PreviousFigures = PreviousFigures(),
    recentReports: RecentReports = RecentReports(), mayHoldSuppression: Bool = true
  ) {
    self.topic = topic
    self.previousFigures = previousFigures
    self.recentReports = recentReports
    self.mayHoldSuppression = mayHoldSuppression
    let nameDate = LintContext.meetingDate(ofTopicAt: topic.path, roster: rosters.roster)
    let meetingDate = nameDate ?? today
    self.nameDate = nameDate
    self.meetingDate = meetingDate
    // The meeting as it was on the topic's day: every rule reads this roster.
    let day = rosters.day(on: meetingDate)
    let roster = day.roster
    self.roster = roster
    self.day = day
    self.group = group
    self.isFinal = isFinal
    self.today = today
    var placeholders: [LintText.Placeholder] = []
    var placeholderStarts: [Int] = []
    placeholderStarts.reserveCapacity(topic.lines.count + 1)
    for index in topic.lines.indices {
      placeholderStarts.append(placeholders.count)
      switch topic.lines[index].kind {
      case .blank, .comment, .meta: continue
      default:
        placeholders += LintText.placeholders(
          in: topic.lines[index].text, blank: roster.meeting.blank)
      }
    }
    placeholderStarts.append(placeholders.count)
    self.placeholders = placeholders
    self.placeholderStarts = placeholderStarts
    let sections = LintContext.outline(
      topic.sections, roster: roster, groups: day.groups, carrySectionKeys: day.carrySectionKeys)
    self.reportSections = sections
    let occurrences = LintContext.findStats(
      in: topic, sections: sections, groups: roster.groups, matchers: day.statMatchers,
      blank: roster.meeting.blank)
    self.statOccurrences = occurrences
    var byLine: [Int: Range<Int>] = [:]
    var start = 0
    while start < occurrences.count {
      // Occurrences come in line order, so a line's are side by side.
      var end = start + 1
      while end < occurrences.count, occurrences[end].lineIndex == occurrences[start].lineIndex {
        end += 1
      }
      byLine[occurrences[start].lineIndex] = start..<end
      start = end
    }
    self.occurrencesByLine = byLine
    // The sections are read by index from here on: a section copied is its
    // heading's strings and, for a group's, the group's dozen references.
    var owner = [Int32](repeating: -1, count: topic.lines.count)
    for position in sections.indices {
      for index in sections[position].section.lineRange
      where index < owner.count && owner[index] < 0 {
        owner[index] = Int32(position)
      }
    }
    self.sectionIndexByLine = owner
    // A loop, not a map: a closure would capture (copy) the whole context.
    var hasReport: [Bool] = []
    hasReport.reserveCapacity(sections.count)
    for position in sections.indices {
      hasReport.append(LintText.hasReport(sections[position].section, in: self))
    }
    self.sectionHasReport = hasReport
    self.sectionAcceptsOwners = sections.indices.map { position in
      sections[position].groupIndex.map {
        day.acceptsOwners(sections[position].owners, groupAt: $0)
      } ?? false
    }
    self.sectionExplainsMissingFigures = sections.indices.map { position in
      guard let groupIndex = sections[position].groupIndex,
        !roster.groups[groupIndex].stats.isEmpty
      else { return false }
      return sections[position].section.bodyRange.contains { index in
        topic.lines[index].kind.holdsWriting
          && FigureAbsence.isExplained(in: topic.lines[index].text)
      }
    }
    let attendeesSection = sections.firstIndex { $0.key == "attendees" }
    var attendees = PageAttendance(
      lines: topic.lines, range: attendeesSection.map { sections[$0].section.bodyRange })
    attendees.requireSomeoneOf(day.people)
    var absent: Set<Int> = []
    for index in roster.groups.indices where attendees.showsAbsent(day.ownersAndDeputies[index]) {
      absent.insert(index)
    }
    self.groupsShownAbsent = absent
  }

  /// This context with the meetings before its topic, which a run over a
  /// folder knows only once it has checked them.
  func with(recentReports: RecentReports) -> LintContext {
    var copy = self
    copy.recentReports = recentReports
    return copy
  }

  /// Whether the section at `position` in `reportSections` says why its
  /// figures are missing.
  func explainsMissingFigures(sectionAt position: Int) -> Bool {
    sectionExplainsMissingFigures[position]
  }

  /// Whether the line at `index` lies in a section that says why its
  /// figures are missing: its figures' blank slots (a blank `Label:`, an
  /// empty sub-bullet of a statistic) are not reported either.
  func explainsMissingFigures(lineAt index: Int) -> Bool {
    reportSectionIndex(containing: index).map { sectionExplainsMissingFigures[$0] } ?? false
  }

  /// Whether the page's filled-in attendee list shows that none of the
  /// owners and deputies of the group at `index` in the roster's groups was
  /// at the meeting (or all sent apologies): its empty or missing section
  /// and figures are not reported, the page says why.
  func isShownAbsent(groupAt index: Int) -> Bool { groupsShownAbsent.contains(index) }

  /// ``isShownAbsent(groupAt:)`` for a group of the context's roster.
  func isShownAbsent(_ group: Group) -> Bool {
    guard !groupsShownAbsent.isEmpty,
      let index = day.groups.index(ofKey: nameKey(group.name))
    else { return false }
    return groupsShownAbsent.contains(index)
  }

  /// Whether the group at `index` owes its report at this meeting: due, or
  /// reporting when it has news, and not shown absent by the page.
  func owesFigures(groupAt index: Int) -> Bool {
    [.due, .whenNews].contains(attendance(ofGroupAt: index)) && !isShownAbsent(groupAt: index)
  }

  /// Whether the section at `position` in `reportSections` is a group
  /// section whose heading names owners `owner-mismatch` accepts.
  func acceptsOwners(sectionAt position: Int) -> Bool { sectionAcceptsOwners[position] }

  /// Whether the section at `position` in `reportSections` holds a report.
  func hasReport(sectionAt position: Int) -> Bool { sectionHasReport[position] }

  /// Whether the group section at `position` holds the group's report: in
  /// itself, or in the sections right after it whose headings the roster
  /// does not know and name nobody (sub-headings written one level too
  /// high, which `unknown-section` reports). What `empty-section` and
  /// `history` both count as the group having reported.
  func groupReports(sectionAt position: Int) -> Bool {
    if sectionHasReport[position] { return true }
    var next = position + 1
    while next < reportSections.count, case .unknown = reportSections[next].kind,
      reportSections[next].owners == nil
    {
      if sectionHasReport[next] { return true }
      next += 1
    }
    return false
  }

  /// The template placeholders of the line at `index`
  /// (``LintText/placeholders(in:blank:)`` with the roster's blank marker);
  /// none for a blank line, a comment or a META line.
  func placeholders(onLine index: Int) -> ArraySlice<LintText.Placeholder> {
    placeholders[placeholderStarts[index]..<placeholderStarts[index + 1]]
  }

  /// The statistics found on the line at `index`.
  public func occurrences(onLine index: Int) -> ArraySlice<StatOccurrence> {
    guard let range = occurrencesByLine[index] else { return [] }
    return statOccurrences[range]
  }

  /// Whether `group` reports at this meeting (its `reports:` cadence and
  /// `away:` dates, on the meeting's date). Rules about missing reports leave
  /// out a group that is away or not due.
  public func attendance(of group: Group) -> Attendance {
    group.isDue(on: meetingDate)
  }

  /// ``attendance(of:)`` for the group at `index` in the roster's groups,
  /// read in place rather than copied.
  func attendance(ofGroupAt index: Int) -> Attendance {
    roster.groups[index].isDue(on: meetingDate)
  }

  /// The group `--group` names, if it is one of the roster's.
  public var selectedGroup: Group? {
    group.flatMap { day.groups.index(ofKey: nameKey($0)) }.map { roster.groups[$0] }
  }

  /// The page-level section holding the line at `index` (a heading line
  /// belongs to its own section).
  public func reportSection(containing index: Int) -> ReportSection? {
    reportSectionIndex(containing: index).map { reportSections[$0] }
  }

  /// The position in `reportSections` of the section holding the line at `index`.
  public func reportSectionIndex(containing index: Int) -> Int? {
    guard sectionIndexByLine.indices.contains(index), sectionIndexByLine[index] >= 0 else {
      return nil
    }
    return Int(sectionIndexByLine[index])
  }

  /// Group sections, in page order.
  public var groupSections: [(section: Section, group: Group)] {
    reportSections.compactMap { entry in entry.group.map { (entry.section, $0) } }
  }

  /// Whether a heading names one of the headings every page carries.
  public static func isFixedHeading(_ name: String, roster: Roster) -> Bool {
    isFixedHeading(key: nameKey(name), carrySectionKeys: roster.carrySectionKeys)
  }

  /// ``isFixedHeading(_:roster:)`` for a name's ``nameKey(_:)``, with the
  /// roster's carried sections' keys worked out once.
  static func isFixedHeading(key: String, carrySectionKeys: [String]) -> Bool {
    key == "attendees" || key.hasPrefix("the full report") || carrySectionKeys.contains(key)
  }

  /// The sections that make up the meeting: top-level sections, except that a
  /// `---+` page title that names nothing the meeting knows is looked through
  /// to the sections under it.
  static func outline(
    _ sections: [Section], roster: Roster, groups: GroupLookup, carrySectionKeys: [String]
  ) -> [ReportSection] {
    var result: [ReportSection] = []
    for section in sections {
      let title = SectionTitle(section.heading.title)
      let key = nameKey(title.name)
      if let groupIndex = groups.index(ofKey: key) {
        result.append(
          ReportSection(
            section: section, kind: .group(roster.groups[groupIndex]), key: key,
            owners: title.owners, groupIndex: groupIndex))
      } else if isFixedHeading(key: key, carrySectionKeys: carrySectionKeys) {
        result.append(ReportSection(section: section, kind: .fixed, key: key, owners: title.owners))
      } else if section.heading.level == 1 && !section.children.isEmpty {
        result += outline(
          section.children, roster: roster, groups: groups, carrySectionKeys: carrySectionKeys)
      } else {
        result.append(
          ReportSection(section: section, kind: .unknown, key: key, owners: title.owners))
      }
    }
    return result
  }

  /// Every declared statistic in its group's sections, in line order;
  /// `matchers` those of each of `groups` (the sections' roster's), `blank`
  /// the roster's marker for a blank slot.
  static func findStats(
    in topic: Topic, sections: [ReportSection], groups: [Group],
    matchers byGroup: [DayRoster.StatMatchers], blank: String
  ) -> [StatOccurrence] {
    var result: [StatOccurrence] = []
    var lowercased: [UInt8] = []
    // By index: a section is not copied, nor a group but for a statistic
    // found. The matchers were taken out of the declarations once for the
    // day's roster, and not as optionals: reaching into a declaration (or
    // an optional) for its matcher on every line copied the matcher.
    for sectionIndex in sections.indices {
      guard let groupIndex = sections[sectionIndex].groupIndex,
        !byGroup[groupIndex].matchers.isEmpty
      else { continue }
      let matchers = byGroup[groupIndex].matchers
      let statPositions = byGroup[groupIndex].statPositions
      let anyAnchor = byGroup[groupIndex].anyAnchor
      for index in sections[sectionIndex].section.bodyRange
      where topic.lines[index].kind.holdsWriting
        && anyAnchor?.occurs(in: topic.lines[index].text) != false
      {
        LineBytes.reading(topic.lines[index].text, lowercasingInto: &lowercased) { line in
          // A statistic's shapes are side by side, first shape first: the
          // first that matches on the line wins.
          var matchedStat = -1
          for position in matchers.indices where statPositions[position] != matchedStat {
            guard matchers[position].mayOccur(in: line) else { continue }
            var found = matchers[position].matches(inChecked: line, blank: blank)
            if let last = found.last,
              let (child, text, offset) = subBullet(below: index, in: topic),
              let continued = matchers[position].continuing(
                last, line: topic.lines[index].text, subBullet: text, at: offset,
                lineOffset: child - index, blank: blank)
            {
              found[found.count - 1] = continued
            }
            // A declaration is copied only for a statistic found.
            for match in found {
              matchedStat = statPositions[position]
              result.append(
                StatOccurrence(
                  group: groups[groupIndex], stat: groups[groupIndex].stats[matchedStat],
                  lineIndex: index, match: match))
            }
          }
        }
      }
    }
    return result
  }

  /// The bullet right below the line at `index` and deeper than it, as its
  /// line's index, its text and the text's UTF-8 offset in the line; nil
  /// when the next line is no such bullet.
  static func subBullet(below index: Int, in topic: Topic) -> (Int, String, Int)? {
    let next = index + 1
    guard next < topic.lines.count, case .bullet(let item) = topic.lines[next].kind else {
      return nil
    }
    if case .bullet(let parent) = topic.lines[index].kind, parent.level >= item.level {
      return nil
    }
    return (next, item.text, item.textColumn - 1)
  }

  /// The meeting day in a topic's file name, read with the roster's pattern.
  /// A topic without one is dated by the day lint runs (or `--date`).
  public static func meetingDate(ofTopicAt path: String, roster: Roster) -> MeetingDate? {
    roster.meeting.topicPattern.date(in: topicName(ofFileAt: path))
  }

  /// The file name without its extension: `Mar22,2011ProductionMeeting` for
  /// `minutes/Mar22,2011ProductionMeeting.txt`. A plain `NAME.txt` is cut by
  /// hand (building a URL for every topic was a good part of lint's time);
  /// any other path goes through `URL`, which decides the corner cases.
  static func topicName(ofFileAt path: String) -> String {
    let utf8 = path.utf8
    let nameStart = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) }
    let name = path[(nameStart ?? path.startIndex)...]
    let stem = name.utf8.dropLast(4)
    if name.utf8.count > 4, name.utf8.suffix(4).elementsEqual(".txt".utf8),
      stem.allSatisfy({ isPlainNameByte($0) })
    {
      return String(decoding: stem, as: UTF8.self)
    }
    return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }

  /// ASCII letters, digits, `,`, `-`, `_` and `+`: bytes that URL takes as
  /// they are in a file name.
  private static func isPlainNameByte(_ byte: UInt8) -> Bool {
    ASCII.isLetterOrDigit(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "+")
  }
}
