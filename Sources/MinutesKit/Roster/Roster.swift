/// The meeting a roster describes: who reports, what they report, and how the
/// weekly topics are named, written, carried forward and checked.
///
/// A roster is loaded from `roster.yaml` by ``RosterLoader``; every value keeps
/// the position it was read from so that later checks can point at it. It
/// holds what the file says, each value parsed once; what is worked out
/// from it is computed when asked, or kept by whoever asks many times
/// (``GroupLookup``).
public struct Roster: Sendable, Equatable {
  public var meeting: Meeting
  public var groups: [Group]
  public var carry: CarryRules
  public var lint: LintSettings
  /// The roster file, as given (for messages).
  public var path: String
  /// The `mail:` section: sender, list and owners' addresses for `remind`
  /// and `announce`; nil when the roster has none.
  public var mail: MailSettings?

  public init(
    meeting: Meeting, groups: [Group], carry: CarryRules = CarryRules(),
    lint: LintSettings = LintSettings(), path: String = "roster.yaml", mail: MailSettings? = nil
  ) {
    self.meeting = meeting
    self.groups = groups
    self.carry = carry
    self.lint = lint
    self.path = path
    self.mail = mail
  }

  /// ``nameKey(_:)`` of each group's name, in order.
  public var groupKeys: [String] { groups.map { nameKey($0.name) } }

  /// ``nameKey(_:)`` of each of `carry.sections`: the headings every page
  /// carries besides the groups'.
  public var carrySectionKeys: [String] { carry.sections.map(nameKey) }

  /// Whether any group has dates (a life, a rename, dated owners or
  /// deputies): only then does ``asOf(_:)`` have anything to do.
  public var isDated: Bool { groups.contains(where: \.isDated) }

  /// The group with this name, compared without case and surrounding spaces.
  public func group(named name: String) -> Group? {
    group(withKey: nameKey(name))
  }

  /// The group whose name (or other name) has the ``nameKey(_:)`` `key`.
  public func group(withKey key: String) -> Group? {
    groupIndex(withKey: key).map { groups[$0] }
  }

  /// The position in `groups` of the group whose ``nameKey(_:)`` is `key`:
  /// its name, else one of its other names (a group's own name wins over
  /// another group's former name). One lookup; ``GroupLookup`` answers many.
  public func groupIndex(withKey key: String) -> Int? {
    GroupLookup(groups).index(ofKey: key)
  }

  /// The section template file of `group`, or nil for a plain section:
  /// `<templates>/sections/<template>.twiki`.
  public func sectionTemplatePath(for group: Group) -> String? {
    group.template.map { RosterBuilder.resolve("sections/\($0).twiki", against: meeting.templates) }
  }
}
