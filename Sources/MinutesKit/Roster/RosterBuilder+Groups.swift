import Yams

/// The roster's `groups:` list: each group's name, owners, template,
/// cadence, absences and rollovers. Its statistics and dated keys have
/// files of their own (`+Stats`, `+Timeline`).
extension RosterBuilder {
  static let groupKeys = [
    "name", "owners", "template", "stats", "rollover", "reports", "away", "since", "until", "was",
    "aliases", "deputies",
  ]
  static let ownerKeys = ["name", "wiki", "since", "until"]
  static let rolloverKeys = ["from", "to", "also-from"]

  func buildGroups(_ node: Node) throws(MinutesError) -> [Group] {
    guard case .sequence(let sequence) = node else {
      throw mismatch(node, "a list of groups")
    }
    if sequence.isEmpty {
      throw MinutesError(
        "the roster has no groups (list at least one, e.g. '- name: CMS')",
        at: yaml.location(node))
    }
    var groups: [Group] = []
    var seen: [String: SourceLocation] = [:]
    for (index, item) in sequence.enumerated() {
      let group = try buildGroup(item, number: index + 1)
      let key = nameKey(group.name)
      if let first = seen[key] {
        throw MinutesError(
          "duplicate group '\(group.name)' (first at line \(first.line))",
          at: group.nameLocation ?? group.location)
      }
      seen[key] = group.nameLocation ?? group.location
      groups.append(group)
    }
    return groups
  }

  func buildGroup(_ node: Node, number: Int) throws(MinutesError) -> Group {
    var label = "group \(number)"
    if case .mapping(let mapping) = node, case .scalar(let name)? = mapping["name"] {
      label = "group '\(name.string)'"
    }
    let fields = try entries(
      node, expected: "a group (name, owners, ...)", allowed: RosterBuilder.groupKeys,
      context: label)
    let nameNode = try fields.required("name", "the group's name as its heading shows it")
    let name = try string(nameNode, "the group's name")
    try checkGroupName(name, at: nameNode)
    let context = "group '\(name)'"
    let ownersNode = try fields.required(
      "owners", "who reports for the group, e.g. 'owners: [Burt]'", context: context)
    let owners = try buildOwners(ownersNode, group: name)
    var template: String?
    var templateLocation: SourceLocation?
    if let templateNode = fields.optional("template") {
      template = try templateName(templateNode)
      templateLocation = yaml.location(templateNode)
    }
    let stats = try fields.optional("stats").map { node throws(MinutesError) in
      try buildStats(node, group: name)
    }
    let rollovers = try fields.optional("rollover").map { node throws(MinutesError) in
      try buildRollovers(node)
    }
    var group = Group(
      name: name, owners: owners, template: template, stats: stats ?? [],
      rollovers: rollovers ?? [], location: yaml.location(node))
    if let reportsNode = fields.optional("reports") {
      group.reports = try buildCadence(reportsNode)
    }
    if let awayNode = fields.optional("away") {
      group.away = try buildAway(awayNode)
    }
    try buildTimeline(fields, into: &group)
    group.nameLocation = yaml.location(nameNode)
    group.templateLocation = templateLocation
    return group
  }

  /// `reports: every 2 weeks from 2011-03-08` (see ``Cadence/init(parsing:)``).
  func buildCadence(_ node: Node) throws(MinutesError) -> Cadence {
    try parsed(node, "how often the group reports, like 'every 2 weeks from 2011-03-08'") {
      (text) throws(MinutesError) in try Cadence(parsing: text)
    }
  }

  /// `away: [2011-03-22, 2011-04-05..2011-04-19]`, each entry checked where it stands.
  func buildAway(_ node: Node) throws(MinutesError) -> [ClosedRange<MeetingDate>] {
    guard case .sequence(let sequence) = node else {
      var error = mismatch(node, "a list of dates and date ranges")
      if case .scalar(let scalar) = node { error.message += " (write [\(scalar.string)])" }
      throw error
    }
    var periods: [ClosedRange<MeetingDate>] = []
    for item in sequence {
      periods.append(
        try parsed(item, "a date like 2011-03-22 or a range like 2011-03-15..2011-03-29") {
          (text) throws(MinutesError) in try Group.awayPeriod(parsing: text)
        })
    }
    return periods
  }

  func buildOwners(_ node: Node, group: String, role: String = "owner") throws(MinutesError)
    -> [Owner]
  {
    guard case .sequence(let sequence) = node else {
      var error = mismatch(node, "a list of owners")
      if case .scalar(let scalar) = node, !isNull(node) {
        error.message += " (write [\(scalar.string)])"
      }
      throw error
    }
    if sequence.isEmpty {
      throw MinutesError(
        "group '\(group)' has no owners (list who reports for it, e.g. [Burt])",
        at: yaml.location(node))
    }
    var owners: [Owner] = []
    for item in sequence {
      let owner: Owner
      if case .mapping = item {
        let fields = try entries(
          item, expected: "an owner", allowed: RosterBuilder.ownerKeys,
          context: "an owner of group '\(group)'")
        let name = try string(fields.required("name", "the owner's short name"), "an owner's name")
        let wiki = try fields.optional("wiki").map { node throws(MinutesError) in
          try wikiName(node)
        }
        let period = try buildPeriod(fields, what: "\(role) '\(name)' of group '\(group)'")
        owner = Owner(name: name, wiki: wiki, period: period, location: yaml.location(item))
      } else {
        owner = Owner(
          name: try string(item, "an owner's name or {name: ..., wiki: ...}"),
          location: yaml.location(item))
      }
      if owners.contains(where: {
        $0.name.lowercased() == owner.name.lowercased() && $0.period.overlaps(owner.period)
      }) {
        throw MinutesError(
          "\(role) '\(owner.name)' is listed twice in group '\(group)'"
            + (owner.period.isAlways ? "" : " for the same days"), at: yaml.location(item))
      }
      owners.append(owner)
    }
    return owners
  }

  func templateName(_ node: Node) throws(MinutesError) -> String {
    let name = try string(node, "a template name like 'ligo'")
    let at = yaml.location(node)
    if name.contains("/") || name.contains("\\") || name == ".." || name == "."
      || name.hasPrefix("..") || name.hasPrefix("~")
    {
      throw MinutesError(
        "template '\(name)' would leave the templates folder "
          + "(use a plain name like 'ligo' for templates/sections/ligo.twiki)", at: at)
    }
    if name.hasPrefix(".") {
      throw MinutesError(
        "template '\(name)' names a hidden file (use a plain name like 'ligo')", at: at)
    }
    if name.hasSuffix(".twiki") {
      throw MinutesError(
        "write the template name without '.twiki' ('\(name.dropLast(6))')", at: at)
    }
    return name
  }

  /// A group's name is written into a heading line: a newline would start
  /// another heading, a terminal escape would reach every lint report.
  func checkGroupName(_ name: String, at node: Node) throws(MinutesError) {
    guard let hidden = VisibleText.firstHidden(in: name) else { return }
    throw MinutesError(
      "group name '\(VisibleText.escaped(name))' contains the control character "
        + "\(VisibleText.codePoint(hidden)) (a heading is one line of plain text)",
      at: yaml.location(node))
  }

  func buildRollovers(_ node: Node) throws(MinutesError) -> [Rollover] {
    guard case .sequence(let sequence) = node else {
      throw mismatch(node, "a list of rollovers (each with from and to)")
    }
    var rollovers: [Rollover] = []
    for (index, item) in sequence.enumerated() {
      let fields = try entries(
        item, expected: "a rollover (from, to)", allowed: RosterBuilder.rolloverKeys,
        context: "rollover \(index + 1)")
      let from = try string(
        fields.required("from", "last week's bullet label"), "last week's bullet label")
      let to = try string(fields.required("to", "the new bullet label"), "the new bullet label")
      let alternatives = try fields.optional("also-from").map { node throws(MinutesError) in
        try stringList(
          node, "a list of other spellings of the from label", item: "a bullet label")
      }
      rollovers.append(Rollover(from: from, to: to, fromAlternatives: alternatives ?? []))
    }
    return rollovers
  }
}
