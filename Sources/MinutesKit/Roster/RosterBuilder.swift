import Yams

/// Builds a ``Roster`` from composed YAML nodes, checking the schema as it goes
/// and pointing every problem at the node it is about.
struct RosterBuilder {
  let yaml: RosterYAML

  static let topLevelKeys = ["meeting", "carry", "groups", "lint", "mail"]
  static let meetingKeys = [
    "title", "web", "parent", "author", "weekday", "topic", "archive", "templates", "attendees",
    "blank", "stale-after", "site", "months",
  ]
  static let carryKeys = ["sections", "labels", "done-marks", "mode", "action-markers"]
  static let carryListKeys = ["name", "mode"]
  static let groupKeys = [
    "name", "owners", "template", "stats", "rollover", "reports", "away", "since", "until", "was",
    "aliases", "deputies",
  ]
  static let ownerKeys = ["name", "wiki", "since", "until"]
  static let statKeys = ["name", "shape", "check", "since", "until"]
  static let rolloverKeys = ["from", "to", "also-from"]
  static let lintKeys = ["severity", "submission-gaps"]

  func build(_ root: Node?) throws(MinutesError) -> Roster {
    guard let root, !isNull(root) else {
      throw MinutesError(
        "the roster is empty (it needs a 'meeting:' section and a list of 'groups:')",
        at: yaml.location(line: 1, scalarColumn: 1))
    }
    let top = try entries(
      root, expected: "a roster with 'meeting:' and 'groups:' sections",
      allowed: RosterBuilder.topLevelKeys, context: nil)
    let meeting = try buildMeeting(
      top.required("meeting", "the meeting's title, web, parent, author, weekday and topic"),
      key: top.pairs["meeting"]?.key)
    let carry = try top.optional("carry").map { node throws(MinutesError) in try buildCarry(node) }
    let groups = try buildGroups(top.required("groups", "the list of groups that report"))
    try checkTimelines(of: groups, weekday: meeting.weekday)
    let lint = try top.optional("lint").map { node throws(MinutesError) in try buildLint(node) }
    var roster = Roster(
      meeting: meeting, groups: groups, carry: carry ?? CarryRules(), lint: lint ?? LintSettings(),
      path: yaml.file)
    roster.mail = try top.optional("mail").map { node throws(MinutesError) in
      try buildMail(node, key: top.pairs["mail"]?.key, site: meeting.site)
    }
    return roster
  }

  // MARK: meeting

  func buildMeeting(_ node: Node, key: Node?) throws(MinutesError) -> Meeting {
    var fields = try entries(
      node, expected: "the meeting's settings (title, web, parent, ...)",
      allowed: RosterBuilder.meetingKeys, context: "'meeting'")
    fields.missingAt = key
    let title = try string(fields.required("title", "the meeting's title"), "the meeting's title")
    let webNode = try fields.required("web", "the TWiki web of the topics")
    let web = try oneWord(webNode, "a TWiki web name like 'Production'")
    let parentNode = try fields.required("parent", "the parent topic")
    let parent = try oneWord(parentNode, "a parent topic name like 'WeeklyProductionMeetings'")
    let author = try wikiName(fields.required("author", "the WikiName of the coordinator"))
    let weekday = try buildWeekday(fields.required("weekday", "the meeting day"))
    let topicNode = try fields.required("topic", "the topic name pattern")
    let topic = try string(topicNode, "a topic name pattern like '$mon$d,$yearProductionMeeting'")
    try checkTopicPattern(topic, at: topicNode)
    let archive = try fields.optional("archive").map { node throws(MinutesError) in
      try string(node, "a folder for the minutes")
    }
    let templates = try fields.optional("templates").map { node throws(MinutesError) in
      try string(node, "the templates folder")
    }
    let attendees = try fields.optional("attendees").map { node throws(MinutesError) in
      try stringList(node, "a list of attendees", item: "an attendee's name")
    }
    let blank = try fields.optional("blank").map { node throws(MinutesError) in
      try string(node, "how a blank statistic is shown, like '?'", trim: false)
    }
    let staleAfter = try fields.optional("stale-after").map { node throws(MinutesError) in
      try positiveInteger(node, "a positive whole number of weeks")
    }
    let site = try fields.optional("site").map { node throws(MinutesError) in
      try siteURL(node)
    }
    let months = try fields.optional("months").map { node throws(MinutesError) in
      try monthSpellings(node)
    }
    let folder = RosterBuilder.folder(of: yaml.file)
    var meeting = Meeting(
      title: title, web: web, parent: parent, author: author, weekday: weekday,
      topicPattern: topic,
      archive: RosterBuilder.resolve(archive ?? "minutes", against: folder),
      templates: RosterBuilder.resolve(templates ?? "templates", against: folder),
      attendees: attendees ?? [], blank: blank ?? "?", staleAfterWeeks: staleAfter ?? 4,
      site: site)
    if let months { meeting.months = months }
    return meeting
  }

  /// The TWiki view URL: `http(s)://host/path`, without a trailing slash.
  func siteURL(_ node: Node) throws(MinutesError) -> String {
    var url = try string(node, "the TWiki view URL, like 'https://twiki.example.org/bin/view'")
    guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(" ") else {
      throw MinutesError(
        "expected the TWiki view URL starting with https:// (like "
          + "'https://twiki.example.org/bin/view'), found '\(url)'", at: yaml.location(node))
    }
    while url.hasSuffix("/") { url.removeLast() }
    return url
  }

  func buildWeekday(_ node: Node) throws(MinutesError) -> Weekday {
    let name = try string(node, "a weekday like 'Tuesday'")
    if let weekday = Weekday(name: name) { return weekday }
    let names = Weekday.allCases.map(\.name)
    let valid = "valid: \(names.joined(separator: ", "))"
    if let guess = Suggestion.closest(to: name, in: names) {
      throw MinutesError(
        "unknown weekday '\(name)' (did you mean '\(guess)'? \(valid))", at: yaml.location(node))
    }
    throw MinutesError("unknown weekday '\(name)' (\(valid))", at: yaml.location(node))
  }

  func checkTopicPattern(_ pattern: String, at node: Node) throws(MinutesError) {
    do {
      try TopicPattern(pattern).validate()
    } catch {
      throw MinutesError(error.message, at: yaml.location(node))
    }
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

  // MARK: carry

  func buildCarry(_ node: Node) throws(MinutesError) -> CarryRules {
    let fields = try entries(
      node, expected: "the carry rules (sections, labels, done-marks, mode, action-markers)",
      allowed: RosterBuilder.carryKeys, context: "'carry'")
    var rules = CarryRules()
    if let sections = fields.optional("sections") {
      rules.sections = try carryList(
        sections, "a list of section titles", item: "a section title", modes: &rules.modes)
      if rules.sections.isEmpty {
        throw MinutesError(
          "carry.sections needs at least one section title; open items and actions go there",
          at: yaml.location(sections))
      }
    }
    if let labels = fields.optional("labels") {
      rules.labels = try carryList(
        labels, "a list of bullet labels", item: "a bullet label", modes: &rules.modes)
    }
    if let marks = fields.optional("done-marks") {
      rules.doneMarks = try stringList(marks, "a list of done marks", item: "a done mark")
    }
    if let markers = fields.optional("action-markers") {
      rules.actionMarkers = try stringList(
        markers, "a list of action markers", item: "an action marker")
    }
    if let modeNode = fields.optional("mode") {
      rules.mode = try carryMode(modeNode)
    }
    return rules
  }

  func carryMode(_ node: Node) throws(MinutesError) -> CarryRules.Mode {
    let mode = try string(node, "a carry mode (all or actions)")
    guard let parsed = CarryRules.Mode(rawValue: mode.lowercased()) else {
      throw MinutesError(
        "unknown carry mode '\(mode)' (use all or actions)", at: yaml.location(node))
    }
    return parsed
  }

  /// A list of carried sections or labels: each a title, or `{name: TITLE,
  /// mode: all}` with a mode of its own (kept in `modes`).
  func carryList(
    _ node: Node, _ expected: String, item: String, modes: inout [String: CarryRules.Mode]
  ) throws(MinutesError) -> [String] {
    guard case .sequence(let sequence) = node else { throw mismatch(node, expected) }
    var names: [String] = []
    for element in sequence {
      guard case .mapping = element else {
        names.append(try string(element, item))
        continue
      }
      let fields = try entries(
        element, expected: "\(item), or {name: …, mode: all}",
        allowed: RosterBuilder.carryListKeys, context: "'\(item)'")
      let name = try string(
        try fields.required("name", "its title, as in {name: Issues, mode: all}"), item)
      if let mode = fields.optional("mode") { modes[labelKey(name)] = try carryMode(mode) }
      names.append(name)
    }
    return names
  }

  // MARK: groups

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
      let key = Group.key(group.name)
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
    let text = try string(node, "how often the group reports, like 'every 2 weeks from 2011-03-08'")
    do {
      return try Cadence(parsing: text)
    } catch {
      throw MinutesError(error.message, at: yaml.location(node))
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
      let text = try string(item, "a date like 2011-03-22 or a range like 2011-03-15..2011-03-29")
      do {
        periods.append(try Group.awayPeriod(parsing: text))
      } catch {
        throw MinutesError(error.message, at: yaml.location(item))
      }
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

  func buildStats(_ node: Node, group: String) throws(MinutesError) -> [StatDeclaration] {
    guard case .sequence(let sequence) = node else {
      throw mismatch(node, "a list of stats (each with name and shape)")
    }
    var stats: [StatDeclaration] = []
    var seen: [String: SourceLocation] = [:]
    for (index, item) in sequence.enumerated() {
      let fields = try entries(
        item, expected: "a stat (name, shape, check)", allowed: RosterBuilder.statKeys,
        context: "stat \(index + 1) of group '\(group)'")
      let nameNode = try fields.required("name", "a name for the statistic")
      let name = try string(nameNode, "a stat name")
      if let first = seen[name.lowercased()] {
        throw MinutesError(
          "duplicate stat '\(name)' in group '\(group)' (first at line \(first.line))",
          at: yaml.location(nameNode))
      }
      seen[name.lowercased()] = yaml.location(nameNode)
      let shapesNode = try fields.required(
        "shape", "the statistic's text with {slots}", context: "stat '\(name)'")
      // One shape, or a list of the shapes the figures are written in.
      var shapeNodes = [shapesNode]
      if case .sequence(let sequence) = shapesNode {
        shapeNodes = Array(sequence)
        guard !shapeNodes.isEmpty else {
          throw MinutesError(
            "empty list of shapes for stat '\(name)' (write at least one, like '{jobs} jobs')",
            at: yaml.location(shapesNode))
        }
      }
      var shapes: [String] = []
      var slotNames: [String] = []
      for shapeNode in shapeNodes {
        let shape = try string(shapeNode, "a stat shape like '{jobs} jobs'", trim: false)
        let parsedShape: StatShape
        do {
          parsedShape = try StatShape(parsing: shape)
        } catch {
          throw MinutesError(error.message, at: yaml.location(shapeNode))
        }
        if let (message, offset) = parsedShape.problem {
          throw MinutesError(message, at: location(of: offset, in: shape, at: shapeNode))
        }
        shapes.append(shape)
        for slot in parsedShape.slotNames where !slotNames.contains(slot) { slotNames.append(slot) }
      }
      let shapeNode = shapeNodes[0]
      let shape = shapes[0]
      var checks: [String] = []
      var checkNodes: [Node] = []
      if let checkNode = fields.optional("check") {
        if case .sequence(let sequence) = checkNode {
          checks = try stringList(checkNode, "a list of check equations", item: "an equation")
          checkNodes = Array(sequence)
        } else {
          checks = [try string(checkNode, "an equation like 'jobs = ok + failed'")]
          checkNodes = [checkNode]
        }
      }
      for (check, checkNode) in zip(checks, checkNodes) {
        do {
          _ = try StatEquation.parse(check, slots: slotNames)
        } catch {
          throw MinutesError(
            error.error.message, at: location(of: error.offset, in: check, at: checkNode))
        }
      }
      var stat = StatDeclaration(
        name: name, shape: shape, alternatives: Array(shapes.dropFirst()), checks: checks,
        location: yaml.location(item))
      stat.shapeLocation = yaml.location(shapeNode)
      stat.period = try buildPeriod(fields, what: "stat '\(name)' of group '\(group)'")
      stat.checkLocations = checkNodes.map { yaml.location($0) }
      stats.append(stat)
    }
    return stats
  }

  /// Where the character `offset` of `text`, the value of `node`, stands in
  /// the file; the node's own position when the text is not written on its
  /// line as it reads (escapes, folded or multi-line scalars).
  func location(of offset: Int, in text: String, at node: Node) -> SourceLocation {
    guard let mark = node.mark, mark.line >= 1, mark.line <= yaml.lines.count else {
      return yaml.location(node)
    }
    let line = Array(yaml.lines[mark.line - 1].unicodeScalars)
    let wanted = Array(text.unicodeScalars)
    let first = max(0, mark.column - 1)
    guard line.count - wanted.count >= first,
      let start = (first...(line.count - wanted.count)).first(where: {
        line[$0..<$0 + wanted.count].elementsEqual(wanted)
      })
    else { return yaml.location(node) }
    let inside = text.prefix(offset).unicodeScalars.count
    return yaml.location(line: mark.line, scalarColumn: start + 1 + inside)
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

  // MARK: lint

  func buildLint(_ node: Node) throws(MinutesError) -> LintSettings {
    let fields = try entries(
      node, expected: "lint settings (severity, submission-gaps)", allowed: RosterBuilder.lintKeys,
      context: "'lint'")
    var settings = LintSettings()
    if let gaps = fields.optional("submission-gaps") {
      let text = try string(gaps, "error or warning")
      guard let level = LintSettings.Level(rawValue: text.lowercased()), level != .off else {
        throw MinutesError(
          "unknown value '\(text)' for 'submission-gaps' (use error or warning)",
          at: yaml.location(gaps))
      }
      settings.submissionGaps = level
    }
    guard let severityNode = fields.optional("severity") else { return settings }
    guard case .mapping(let mapping) = severityNode else {
      throw mismatch(severityNode, "rule severities like {empty-bullet: warning}")
    }
    let levels = ["error", "warning", "off"]
    for (key, value) in mapping {
      let rule = try keyName(key)
      guard Linter.rule(id: rule) != nil else {
        let hint = Suggestion.closest(to: rule, in: Linter.ruleIDs).map {
          " (did you mean '\($0)'?)"
        }
        throw MinutesError(
          "unknown lint rule '\(rule)'" + (hint ?? " (run 'minutes rules' for the list)"),
          at: yaml.location(key))
      }
      let text = try string(value, "a severity (error, warning or off)")
      guard let level = LintSettings.Level(rawValue: text.lowercased()) else {
        let guess = Suggestion.closest(to: text, in: levels)
        throw MinutesError(
          "unknown severity '\(text)' for '\(rule)' ("
            + (guess.map { "did you mean '\($0)'? " } ?? "") + "use error, warning or off)",
          at: yaml.location(value))
      }
      settings.severities[rule] = level
    }
    return settings
  }

  // MARK: Values

  struct Entries {
    let builder: RosterBuilder
    let node: Node
    let context: String?
    var pairs: [String: (key: Node, value: Node)]
    /// Where a missing key is reported: the section's own key when it has
    /// one, else the start of the mapping.
    var missingAt: Node?

    /// The value of a key that must be there; `what` says what it holds.
    func required(_ key: String, _ what: String, context: String? = nil) throws(MinutesError)
      -> Node
    {
      guard let pair = pairs[key] else {
        let within = (context ?? self.context).map { " in \($0)" } ?? ""
        throw MinutesError(
          "missing key '\(key)'\(within) (\(what))", at: builder.yaml.location(missingAt ?? node))
      }
      return pair.value
    }

    /// The value of an optional key; an empty value counts as absent.
    func optional(_ key: String) -> Node? {
      guard let value = pairs[key]?.value, !builder.isNull(value) else { return nil }
      return value
    }
  }

  func entries(_ node: Node, expected: String, allowed: [String], context: String?)
    throws(MinutesError) -> Entries
  {
    guard case .mapping(let mapping) = node else { throw mismatch(node, expected) }
    var pairs: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      let name = try keyName(key)
      guard allowed.contains(name) else {
        let within = context.map { " in \($0)" } ?? ""
        if let guess = Suggestion.closest(to: name, in: allowed) {
          throw MinutesError(
            "unknown key '\(name)'\(within) (did you mean '\(guess)'?)", at: yaml.location(key))
        }
        throw MinutesError(
          "unknown key '\(name)'\(within) (valid keys: \(allowed.joined(separator: ", ")))",
          at: yaml.location(key))
      }
      pairs[name] = (key, value)
    }
    return Entries(builder: self, node: node, context: context, pairs: pairs)
  }

  func keyName(_ key: Node) throws(MinutesError) -> String {
    guard case .scalar(let scalar) = key, !isNull(key) else {
      throw mismatch(key, "a key name")
    }
    return scalar.string
  }

  /// A scalar as text; an empty or missing value is an error naming `expected`.
  func string(_ node: Node, _ expected: String, trim: Bool = true) throws(MinutesError) -> String {
    guard case .scalar(let scalar) = node, !isNull(node) else { throw mismatch(node, expected) }
    let text = trim ? scalar.string.trimmingSpaces : scalar.string
    if text.trimmingSpaces.isEmpty {
      throw MinutesError("expected \(expected), found an empty string", at: yaml.location(node))
    }
    return text
  }

  func stringList(_ node: Node, _ expected: String, item: String) throws(MinutesError)
    -> [String]
  {
    guard case .sequence(let sequence) = node else { throw mismatch(node, expected) }
    var values: [String] = []
    for element in sequence {
      values.append(try string(element, item))
    }
    return values
  }

  func oneWord(_ node: Node, _ expected: String) throws(MinutesError) -> String {
    let text = try string(node, expected)
    if text.contains(where: \.isWhitespace) {
      throw MinutesError(
        "expected \(expected), found '\(text)' with a space", at: yaml.location(node))
    }
    return text
  }

  /// A TWiki WikiName: capitalised words run together (`DanFraser`).
  func wikiName(_ node: Node) throws(MinutesError) -> String {
    let text = try string(node, "a WikiName like DanFraser")
    if text.hasPrefix("Main."), RosterBuilder.isWikiName(String(text.dropFirst(5))) {
      throw MinutesError(
        "write the WikiName without 'Main.' ('\(text.dropFirst(5))')", at: yaml.location(node))
    }
    guard RosterBuilder.isWikiName(text) else {
      let joined = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      let hint = RosterBuilder.isWikiName(joined) ? "did you mean '\(joined)'? " : ""
      throw MinutesError(
        "'\(text)' is not a WikiName (\(hint)capitalised words run together, like DanFraser)",
        at: yaml.location(node))
    }
    return text
  }

  static func isWikiName(_ text: String) -> Bool {
    // TWiki: [A-Z]+[a-z]+[A-Z]+[a-zA-Z0-9]*
    let scalars = Array(text.unicodeScalars)
    var index = 0
    func run(_ test: (Unicode.Scalar) -> Bool) -> Int {
      let start = index
      while index < scalars.count && test(scalars[index]) { index += 1 }
      return index - start
    }
    let upper: (Unicode.Scalar) -> Bool = { ("A"..."Z").contains($0) }
    let lower: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) }
    guard run(upper) > 0, run(lower) > 0, run(upper) > 0 else { return false }
    _ = run { upper($0) || lower($0) || ("0"..."9").contains($0) }
    return index == scalars.count
  }

  func positiveInteger(_ node: Node, _ expected: String) throws(MinutesError) -> Int {
    guard case .scalar(let scalar) = node, !isNull(node) else { throw mismatch(node, expected) }
    guard let value = Int(scalar.string.trimmingSpaces), value > 0 else {
      throw MinutesError("expected \(expected), found '\(scalar.string)'", at: yaml.location(node))
    }
    return value
  }

  func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return node.tag.description == Tag.Name.null.rawValue
  }

  func mismatch(_ node: Node, _ expected: String) -> MinutesError {
    MinutesError("expected \(expected), found \(describe(node))", at: yaml.location(node))
  }

  func describe(_ node: Node) -> String {
    switch node {
    case .mapping: return "a mapping of keys"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar(let scalar):
      if scalar.style != .plain { return "a string" }
      switch node.tag.description {
      case Tag.Name.null.rawValue: return "nothing"
      case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return "a number"
      case Tag.Name.bool.rawValue: return "'\(scalar.string)' (a yes/no value)"
      case Tag.Name.timestamp.rawValue: return "a date"
      default: return "a string"
      }
    }
  }

  // MARK: Paths

  /// The folder part of `path` as given ("" for a bare file name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  static func resolve(_ path: String, against folder: String) -> String {
    if path.hasPrefix("/") || folder.isEmpty || folder == "." { return path }
    return folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
    return String(slice)
  }
}
