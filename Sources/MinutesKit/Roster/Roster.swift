/// The meeting a roster describes: who reports, what they report, and how the
/// weekly topics are named, written, carried forward and checked.
///
/// A roster is loaded from `roster.yaml` by ``RosterLoader``; every value keeps
/// the position it was read from so that later checks can point at it.
public struct Roster: Sendable, Equatable {
  public var meeting: Meeting {
    didSet {
      topicNamePattern = TopicPattern(meeting.topicPattern, months: meeting.months)
      statSkeletons = Roster.skeletons(of: groups, blank: meeting.blank)
    }
  }
  public var groups: [Group] {
    didSet {
      groupKeys = groups.map { Group.key($0.name) }
      aliasKeys = Roster.aliasKeys(of: groups)
      isDated = groups.contains(where: \.isDated)
      statSkeletons = Roster.skeletons(of: groups, blank: meeting.blank)
    }
  }
  /// `Group.key` of each group, in order: lint looks groups up by name on
  /// every section of every topic.
  public private(set) var groupKeys: [String] {
    didSet { groupPositions = Roster.positions(of: groupKeys) }
  }
  /// The position of each key in `groupKeys` (the first, for a key twice):
  /// a roster of thousands of groups looked up for each of thousands of
  /// headings was quadratic.
  private var groupPositions: [String: Int]
  /// `Group.key` of every other name a group is known by (former names,
  /// `aliases:`), with the group's position: a heading that uses one still
  /// finds its group.
  public private(set) var aliasKeys: [String: Int]
  /// Whether any group has dates (a life, a rename, dated owners or
  /// deputies): only then does ``asOf(_:)`` have anything to do.
  public private(set) var isDated: Bool
  /// `meeting.topicPattern` parsed once: lint reads the meeting date from
  /// the name of every topic it checks.
  public private(set) var topicNamePattern: TopicPattern
  /// For each group, each declared statistic's shape as a skeleton with
  /// `meeting.blank` in its slots (nil for a shape that does not parse):
  /// lint quotes it in every missing-stat finding.
  public private(set) var statSkeletons: [[String?]]
  public var carry: CarryRules {
    didSet { carrySectionKeys = carry.sections.map(Group.key) }
  }
  /// `Group.key` of each of `carry.sections`: lint tells the headings every
  /// page carries from unknown ones on every section of every topic.
  public private(set) var carrySectionKeys: [String]
  public var lint: LintSettings
  /// The roster file, as given (for messages).
  public var path: String
  /// The `mail:` section: sender, list and owners' addresses for `remind`
  /// and `announce`; nil when the roster has none.
  public var mail: MailSettings? = nil

  public init(
    meeting: Meeting, groups: [Group], carry: CarryRules = CarryRules(),
    lint: LintSettings = LintSettings(), path: String = "roster.yaml"
  ) {
    self.meeting = meeting
    self.groups = groups
    self.groupKeys = groups.map { Group.key($0.name) }
    self.groupPositions = Roster.positions(of: groupKeys)
    self.aliasKeys = Roster.aliasKeys(of: groups)
    self.isDated = groups.contains(where: \.isDated)
    self.topicNamePattern = TopicPattern(meeting.topicPattern, months: meeting.months)
    self.statSkeletons = Roster.skeletons(of: groups, blank: meeting.blank)
    self.carry = carry
    self.carrySectionKeys = carry.sections.map(Group.key)
    self.lint = lint
    self.path = path
  }

  private static func positions(of keys: [String]) -> [String: Int] {
    var positions: [String: Int] = [:]
    for (position, key) in keys.enumerated() where positions[key] == nil {
      positions[key] = position
    }
    return positions
  }

  private static func aliasKeys(of groups: [Group]) -> [String: Int] {
    var keys: [String: Int] = [:]
    for (position, group) in groups.enumerated() {
      for name in group.otherNames where keys[Group.key(name)] == nil {
        keys[Group.key(name)] = position
      }
    }
    return keys
  }

  private static func skeletons(of groups: [Group], blank: String) -> [[String?]] {
    groups.map { group in group.stats.map { $0.matcher?.shape.skeleton(blank: blank) } }
  }

  /// The group with this name, compared without case and surrounding spaces.
  public func group(named name: String) -> Group? {
    group(withKey: Group.key(name))
  }

  /// The group whose `Group.key` is `key`.
  public func group(withKey key: String) -> Group? {
    groupIndex(withKey: key).map { groups[$0] }
  }

  /// The position in `groups` of the group whose `Group.key` is `key`: its
  /// name, else one of its other names (a group's own name wins over
  /// another group's former name).
  public func groupIndex(withKey key: String) -> Int? {
    groupPositions[key] ?? aliasKeys[key]
  }
}

/// The `meeting:` section of the roster.
public struct Meeting: Sendable, Equatable {
  public var title: String
  /// The TWiki web the topics belong to (used in links).
  public var web: String
  /// Written as `%META:TOPICPARENT{name="..."}%`.
  public var parent: String
  /// The WikiName written in TOPICINFO and the signature line.
  public var author: String
  public var weekday: Weekday
  /// Topic name pattern with TWiki date tokens, e.g. `$mon$d,$yearProductionMeeting`.
  public var topicPattern: String
  /// Folder of `<Topic>.txt` files, resolved against the roster's folder.
  public var archive: String
  /// Templates folder, resolved against the roster's folder.
  public var templates: String
  /// People listed among the attendees besides the groups' owners.
  public var attendees: [String]
  /// How topic names spell each month (`$mon`), January first (`months:`).
  public var months: [String] = MeetingDate.shortMonthNames
  /// How a blank statistic slot is written in a skeleton.
  public var blank: String
  /// After how many weeks a carried item counts as stale.
  public var staleAfterWeeks: Int
  /// The TWiki site's view script URL (`https://twiki.grid.iu.edu/bin/view`),
  /// for links to the web's pages; nil writes TWiki's `%SCRIPTURL{view}%`,
  /// which the wiki expands to its own address.
  public var site: String?

  public init(
    title: String, web: String, parent: String, author: String, weekday: Weekday,
    topicPattern: String, archive: String, templates: String, attendees: [String] = [],
    blank: String = "?", staleAfterWeeks: Int = 4, site: String? = nil
  ) {
    self.title = title
    self.web = web
    self.parent = parent
    self.author = author
    self.weekday = weekday
    self.topicPattern = topicPattern
    self.archive = archive
    self.templates = templates
    self.attendees = attendees
    self.blank = blank
    self.staleAfterWeeks = staleAfterWeeks
    self.site = site
  }
}

public enum Weekday: Int, Sendable, Equatable, CaseIterable, Codable {
  // Numbered as Foundation's Calendar numbers them (Sunday is 1).
  case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

  public var name: String {
    switch self {
    case .sunday: "Sunday"
    case .monday: "Monday"
    case .tuesday: "Tuesday"
    case .wednesday: "Wednesday"
    case .thursday: "Thursday"
    case .friday: "Friday"
    case .saturday: "Saturday"
    }
  }

  /// Accepts `Tuesday`, `tuesday` and `Tue`.
  public init?(name: String) {
    let lowered = name.lowercased()
    guard
      let match = Weekday.allCases.first(where: {
        $0.name.lowercased() == lowered || $0.name.lowercased().prefix(3) == lowered
      })
    else { return nil }
    self = match
  }
}

/// One group that reports at the meeting: a `---++ Name (Owners)` section.
public struct Group: Sendable, Equatable {
  public var name: String
  /// What identifies the group through its renames: `Group.key` of the name
  /// the roster gives it, which ``Roster/asOf(_:)`` keeps.
  public var id: String
  /// Who reports for the group, each for their own period (`since:`,
  /// `until:`); in a roster ``Roster/asOf(_:)`` gave, those of that day.
  public var owners: [Owner]
  /// Who may stand in for the owners (`deputies:`): a heading may name them.
  public var deputies: [Owner] = []
  /// The days the group exists (`since:`, `until:`).
  public var life = DatePeriod()
  /// The names the group had before its current one, earliest first
  /// (`was:`), each with the last day it was used.
  public var formerNames: [FormerName] = []
  /// Other names its heading may use at any time (`aliases:`); in a roster
  /// ``Roster/asOf(_:)`` gave, also the names it has at other times.
  public var aliases: [String] = []
  /// Section template name, `templates/sections/<template>.twiki`; nil for a
  /// plain section.
  public var template: String?
  public var stats: [StatDeclaration]
  public var rollovers: [Rollover]
  /// How often the group reports (`reports:`); weekly unless the roster says.
  public var reports: Cadence = .weekly
  /// Days on which the group's owners are absent (`away:`), each a single day
  /// or a range, both ends included.
  public var away: [ClosedRange<MeetingDate>] = []
  /// Where the group's entry starts in the roster.
  public var location: SourceLocation?
  /// Where the group's name is written in the roster.
  public var nameLocation: SourceLocation?
  /// Where the group's `template:` value is written, for messages about the file.
  public var templateLocation: SourceLocation?

  public init(
    name: String, owners: [Owner], template: String? = nil, stats: [StatDeclaration] = [],
    rollovers: [Rollover] = [], location: SourceLocation? = nil
  ) {
    self.name = name
    self.id = Group.key(name)
    self.owners = owners
    self.template = template
    self.stats = stats
    self.rollovers = rollovers
    self.location = location
  }

  /// Every name the group goes by besides `name`: former names, then aliases.
  public var otherNames: [String] {
    var seen: Set<String> = [Group.key(name)]
    return (formerNames.map(\.name) + aliases).filter { seen.insert(Group.key($0)).inserted }
  }

  /// Whether anything about the group depends on the day.
  public var isDated: Bool {
    !life.isAlways || !formerNames.isEmpty || owners.contains { !$0.period.isAlways }
      || deputies.contains { !$0.period.isAlways } || stats.contains { !$0.period.isAlways }
  }

  /// The owners as the section heading shows them: `Britta, Robert E.`.
  public var ownerList: String { owners.map(\.name).joined(separator: ", ") }

  /// The comparison key for group names: case and spacing do not matter.
  public static func key(_ name: String) -> String {
    // Names are nearly always ASCII; lint asks for keys on every section.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var pendingSpace = false
    for byte in name.utf8 {
      if byte >= 0x80 {
        return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      }
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      bytes.append(ByteSearch.lowercasedASCII(byte))
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// A person who owns a group's report: a short name as the page shows it, and
/// optionally the TWiki WikiName (`BurtHolzman`).
public struct Owner: Sendable, Equatable {
  public var name: String
  public var wiki: String?
  /// When they own the section (or stand in for its owners).
  public var period: DatePeriod
  /// Where the entry is written in the roster.
  public var location: SourceLocation?

  public init(
    name: String, wiki: String? = nil, period: DatePeriod = DatePeriod(),
    location: SourceLocation? = nil
  ) {
    self.name = name
    self.wiki = wiki
    self.period = period
    self.location = location
  }

  /// The same person for the same days, wherever the entry is written.
  public static func == (lhs: Owner, rhs: Owner) -> Bool {
    lhs.name == rhs.name && lhs.wiki == rhs.wiki && lhs.period == rhs.period
  }
}

/// A name a group had before a rename (`was:`), and the last day it had it.
public struct FormerName: Sendable, Equatable {
  public var name: String
  public var until: MeetingDate
  public var location: SourceLocation?

  public init(name: String, until: MeetingDate, location: SourceLocation? = nil) {
    self.name = name
    self.until = until
    self.location = location
  }
}

/// A statistic a group reports every week, as a shape with numeric slots:
/// `{khours} khour/day, {success}% success`, and other shapes the same
/// figures are written in (`{khours} khr/day, {success}% success`): on a
/// line, the first shape that matches wins.
public struct StatDeclaration: Sendable, Equatable {
  public var name: String
  /// The first shape: the one `new` writes.
  public var shape: String {
    didSet {
      matcher = StatDeclaration.matcher(for: shape)
      refreshAlternatives()
    }
  }
  /// The other shapes, in the order they are tried after `shape`.
  public var alternatives: [String] = [] {
    didSet { refreshAlternatives() }
  }
  /// `matcher` then the alternatives' matchers, leaving out any that do not
  /// parse (the roster loader reports those).
  public private(set) var matchers: [StatMatcher] = []
  /// Every slot of every shape, first shape's first.
  public private(set) var slotNames: [String] = []
  /// The parsed shape, ready to match; nil when the shape does not parse
  /// (the roster loader reports that). Kept so that lint parses each shape
  /// once, not once per topic.
  public private(set) var matcher: StatMatcher?
  /// Equations over the slots that must hold, e.g. `jobs = ok + failed`.
  public var checks: [String] {
    didSet { equations = StatDeclaration.equations(for: checks, slots: slotNames) }
  }
  /// `checks` parsed against the shape's slots, in order, leaving out any
  /// that do not parse (the roster loader rejects those). Kept so that lint
  /// parses each check once, not once per statistic it finds.
  public private(set) var equations: [StatEquation] = []
  public var location: SourceLocation?
  /// The days the group reports it (`since:`, `until:`): a figure a group
  /// stopped giving is not missing after.
  public var period = DatePeriod()
  /// Where the `shape:` value is written (shape errors point here).
  public var shapeLocation: SourceLocation?
  /// Where each of `checks` is written, in the same order.
  public var checkLocations: [SourceLocation] = []

  public init(
    name: String, shape: String, alternatives: [String] = [], checks: [String] = [],
    location: SourceLocation? = nil
  ) {
    self.name = name
    self.shape = shape
    self.matcher = StatDeclaration.matcher(for: shape)
    self.checks = checks
    self.location = location
    self.alternatives = alternatives
    refreshAlternatives()
  }

  private mutating func refreshAlternatives() {
    matchers = ([matcher] + alternatives.map(StatDeclaration.matcher(for:))).compactMap { $0 }
    var names: [String] = []
    for matcher in matchers {
      for name in matcher.shape.slotNames where !names.contains(name) { names.append(name) }
    }
    slotNames = names
    equations = StatDeclaration.equations(for: checks, slots: names)
  }

  static func matcher(for shape: String) -> StatMatcher? {
    (try? StatShape(parsing: shape)).map(StatMatcher.init)
  }

  static func equations(for checks: [String], slots: [String]) -> [StatEquation] {
    guard !slots.isEmpty else { return [] }
    return checks.compactMap { try? StatEquation(parsing: $0, slots: slots) }
  }

  public static func == (lhs: StatDeclaration, rhs: StatDeclaration) -> Bool {
    lhs.name == rhs.name && lhs.shape == rhs.shape && lhs.alternatives == rhs.alternatives
      && lhs.checks == rhs.checks
      && lhs.period == rhs.period && lhs.location == rhs.location
      && lhs.shapeLocation == rhs.shapeLocation
      && lhs.checkLocations == rhs.checkLocations
  }
}

/// A bullet block that moves from one label to another each week, e.g. LIGO's
/// "Current week's total usage" becoming next week's "Previous week's total usage".
public struct Rollover: Sendable, Equatable {
  /// The label of the bullet in last week's topic.
  public var from: String
  /// The label the block gets in the new topic.
  public var to: String
  /// Other spellings of `from` that earlier topics use ("This week's total
  /// usage" for "Current week's total usage"); matched like `from`.
  public var fromAlternatives: [String]

  public init(from: String, to: String, fromAlternatives: [String] = []) {
    self.from = from
    self.to = to
    self.fromAlternatives = fromAlternatives
  }
}

/// The roster's `carry:` section: what `new` takes from last week's topic.
public struct CarryRules: Sendable, Equatable {
  public enum Mode: String, Sendable, Equatable {
    /// Every bullet with text and no done mark: for a true action list.
    case all
    /// Only actions: bullets with an action marker, ActionTracker actions,
    /// and bullets that give work to a person ("Britta to file a ticket").
    case actions
  }

  /// Titles of the sections whose bullets are carried.
  public var sections: [String]
  /// Labels of group-section bullets whose sub-bullets are carried (an
  /// "Issues:" bullet under a group): each open sub-bullet is an item.
  public var labels: [String]
  /// Text that marks a bullet as done.
  public var doneMarks: [String]
  /// The mode of every section and label without a mode of its own.
  public var mode: Mode
  /// A section's or label's own mode, by its name without case, emphasis or a trailing colon.
  public var modes: [String: Mode]
  /// Prefixes that mark a bullet as an action.
  public var actionMarkers: [String]

  public init(
    sections: [String] = ["Action/Significant Items"],
    labels: [String] = [],
    doneMarks: [String] = ["DONE", "CLOSED", "%Y%", "<del>"],
    mode: Mode = .all,
    modes: [String: Mode] = [:],
    actionMarkers: [String] = ["ACTION:", "AI:", "#action"]
  ) {
    self.sections = sections
    self.labels = labels
    self.doneMarks = doneMarks
    self.mode = mode
    self.modes = modes
    self.actionMarkers = actionMarkers
  }

  /// The mode of the section or label called `name`.
  public func mode(of name: String) -> Mode { modes[labelKey(name)] ?? mode }
}

/// The roster's `lint:` section.
public struct LintSettings: Sendable, Equatable {
  public enum Level: String, Sendable, Equatable, Codable {
    case error, warning, off
  }

  /// Severity overrides by rule id; `off` disables a rule.
  public var severities: [String: Level]
  /// `submission-gaps`: `error` (the default) refuses a submitted section
  /// with gaps (no report, empty bullets, template text, blank or missing
  /// figures); `warning` reports them and submits.
  public var submissionGaps: Level

  public init(severities: [String: Level] = [:], submissionGaps: Level = .error) {
    self.severities = severities
    self.submissionGaps = submissionGaps
  }
}
