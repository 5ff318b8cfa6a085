/// One group that reports at the meeting: a `---++ Name (Owners)` section.
public struct Group: Sendable, Equatable {
  public var name: String
  /// What identifies the group through its renames: ``nameKey(_:)`` of the name
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
    self.id = nameKey(name)
    self.owners = owners
    self.template = template
    self.stats = stats
    self.rollovers = rollovers
    self.location = location
  }

  /// Every name the group goes by besides `name`: former names, then aliases.
  public var otherNames: [String] {
    var seen: Set<String> = [nameKey(name)]
    return (formerNames.map(\.name) + aliases).filter { seen.insert(nameKey($0)).inserted }
  }

  /// Whether anything about the group depends on the day.
  public var isDated: Bool {
    !life.isAlways || !formerNames.isEmpty || owners.contains { !$0.period.isAlways }
      || deputies.contains { !$0.period.isAlways } || stats.contains { !$0.period.isAlways }
  }

  /// The owners as the section heading shows them: `Britta, Robert E.`.
  public var ownerList: String { owners.map(\.name).joined(separator: ", ") }
}
