/// Turns what an archive showed (``ArchiveScan``) into a roster.yaml and
/// templates that describe the meeting as it ran, each inference written as
/// a YAML comment with its evidence so the coordinator can review it.
public struct RosterInference: Sendable {
  public var scan: ArchiveScan
  public var names: TopicNameGuess
  /// The archive folder as the roster names it (relative to the roster's folder).
  public var archive: String

  public init(scan: ArchiveScan, names: TopicNameGuess, archive: String) {
    self.scan = scan
    self.names = names
    self.archive = archive
  }

  /// The files to write, relative to the output folder, roster first.
  public func files() -> [(path: String, text: String)] {
    let (groups, dropped) = InferredGroup.merge(scan)
    var templates: [(path: String, text: String)] = []
    var body = ""
    var used: Set<String> = []
    for group in groups {
      // A figure that comes and goes in the latest reports is not asked for.
      let latest = group.evidence.recentDates
      let chosen = chosenStats(group)
      let stats = chosen.filter { $0.unsteadiness(in: latest) == nil }
      let unsteady = chosen.filter { $0.unsteadiness(in: latest) != nil }
      let template = SectionTemplateInference.template(for: group.evidence, stats: stats)
      var templateName: String?
      if let template {
        var name = RosterInference.slug(group.evidence.name)
        var counter = 2
        while !used.insert(name).inserted {
          name = "\(RosterInference.slug(group.evidence.name))-\(counter)"
          counter += 1
        }
        templateName = name
        templates.append(("templates/sections/\(name).twiki", template))
      }
      body += groupYAML(group, stats: stats, unsteady: unsteady, template: templateName)
    }
    var text = header() + meetingYAML(groups) + carryYAML() + "\ngroups:\n" + body
    if !dropped.isEmpty {
      text += "\n# Headings seen once and left out:\n"
      for evidence in dropped {
        text += "#   \(evidence.name) (\(evidence.first.iso))\n"
      }
    }
    return [("roster.yaml", text), ("templates/page.twiki", PageTemplateInference.page(scan))]
      + templates
  }

  private var span: String {
    "\(scan.first?.iso ?? "?") .. \(scan.last?.iso ?? "?")"
  }

  private func header() -> String {
    """
    # roster.yaml inferred by `minutes init --from-archive` from \(scan.topics) topics
    # of \(archive) (\(span)). Each inference says what it rests on: review them,
    # then run `minutes roster` (docs/roster.md, "The roster over time").

    """
  }

  private func meetingYAML(_ groups: [InferredGroup]) -> String {
    var text = "meeting:\n"
    let literal = names.pattern.tokens.compactMap { token -> String? in
      if case .literal(let text) = token { text } else { nil }
    }.max { $0.filter(\.isLetter).count < $1.filter(\.isLetter).count }
    let parent = RosterInference.top(scan.parents).map { name in
      String(name.split(separator: ".").last ?? Substring(name))
    }
    let titleSource =
      literal.flatMap { $0.contains(where: \.isLetter) ? $0 : nil } ?? parent ?? "Meeting"
    text += "  # From the topic names' words (\(YAMLText.quoted(titleSource))).\n"
    text += "  title: \(YAMLText.scalar(RosterInference.words(titleSource)))\n"
    let link =
      RosterInference.top(scan.webs.filter { $0.key.hasSuffix("/\(parent ?? "")") })
      ?? RosterInference.top(scan.webs)
    if let link, let web = link.split(separator: "/").first {
      text += "  # From \(scan.webs[link] ?? 0) links to \(YAMLText.quoted(link)) in the topics.\n"
      text += "  web: \(YAMLText.scalar(String(web)))\n"
      if let site = RosterInference.top(scan.sites) {
        text += "  site: \(YAMLText.scalar(site))\n"
      }
    } else {
      text += "  # No link to a topic of the web was seen: Main is a guess.\n  web: Main\n"
    }
    if let parent {
      text +=
        "  # %META:TOPICPARENT in \(scan.parents.values.reduce(0, +)) of \(scan.topics) topics.\n"
      text += "  parent: \(YAMLText.scalar(parent))\n"
    } else {
      text += "  # No topic names a parent: WebHome is a guess.\n  parent: WebHome\n"
    }
    if let signer = RosterInference.top(scan.signatures) {
      text +=
        "  # Signature \"-- Main.\(signer)\" in \(scan.signatures[signer] ?? 0) of \(scan.topics) topics.\n"
      text += "  author: \(YAMLText.scalar(signer))\n"
    } else if let author = RosterInference.top(scan.infoAuthors) {
      text += "  # TOPICINFO author in \(scan.infoAuthors[author] ?? 0) of \(scan.topics) topics.\n"
      text += "  author: \(YAMLText.scalar(author))\n"
    } else {
      text += "  # No signature or TOPICINFO author was seen.\n  author: YourWikiName\n"
    }
    let weekday = scan.weekdays.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }
    text +=
      "  # \(weekday?.value ?? 0) of \(scan.topics) meetings on a \(weekday?.key.name ?? "Monday").\n"
    text += "  weekday: \(weekday?.key.name ?? "Monday")\n"
    text += "  # \(names.matching) of \(names.total) file names follow this pattern.\n"
    text += "  topic: \(YAMLText.quoted(names.pattern.pattern))\n"
    if names.months != MeetingDate.shortMonthNames {
      text += "  # Each month as its latest topic spells it.\n"
      text += "  months: [\(names.months.map(YAMLText.scalar).joined(separator: ", "))]\n"
    }
    text += "  archive: \(YAMLText.scalar(archive))\n"
    text += "  templates: templates\n"
    let attendees = self.attendees(groups)
    if !attendees.isEmpty {
      text +=
        "  # Named among the attendees in at least half of the latest \(scan.recentAttendees.count) topics, owning no section.\n"
      text += "  attendees: [\(attendees.map(YAMLText.scalar).joined(separator: ", "))]\n"
    }
    return text
  }

  private func attendees(_ groups: [InferredGroup]) -> [String] {
    var owners: Set<String> = []
    for group in groups {
      owners.formUnion(group.evidence.owners.keys)
      owners.formUnion(group.evidence.standIns.keys)
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for names in scan.recentAttendees {
      for name in Set(names) {
        if counts[name] == nil { order.append(name) }
        counts[name, default: 0] += 1
      }
    }
    let half = max(1, (scan.recentAttendees.count + 1) / 2)
    return scan.recentAttendees.last.map { latest in
      latest.filter {
        (counts[$0] ?? 0) >= half && !owners.contains(GroupEvidence.key($0))
          && YAMLText.isPlainName($0)
      }
    } ?? []
  }

  private func carryYAML() -> String {
    let actions = scan.fixed.filter { $0.key.contains("action") }.max {
      $0.value.count < $1.value.count
    }
    guard let (_, section) = actions, section.count * 2 >= scan.topics else { return "" }
    return """

      # Open items are carried from the section seen in \(section.count) of \(scan.topics) topics.
      carry:
        sections: [\(YAMLText.quoted(SectionTitle.name(of: section.title)))]

      """
  }

  /// Stats: lines with figures that recur in at least half of a group's
  /// reports while they were written, five times or more; not version
  /// numbers, dates, phone numbers or links.
  func chosenStats(_ group: InferredGroup) -> [ChosenStat] {
    var chosen: [ChosenStat] = []
    let candidates = group.evidence.stats.values.filter { stat in
      let reports = stat.reportsThrough - stat.reportsBefore
      return stat.count >= 5 && stat.count * 2 >= reports && stat.line.figures.count <= 8
        && stat.line.pieces.joined().filter(\.isLetter).count >= 3
        && stat.line.pieces.joined().count <= 200 && !stat.line.isIdentifierLike
    }.sorted { ($0.first, -$0.count, $0.line.skeleton) < ($1.first, -$1.count, $1.line.skeleton) }
    for stat in candidates {
      let shape = stat.line.core(slots: stat.slots).shape
      let key = FigureLine.normalized(shape)
      if let index = chosen.firstIndex(where: { FigureLine.normalized($0.shape) == key }) {
        chosen[index].evidence.append(stat)
        chosen[index].keys.insert(stat.line.key)
        continue
      }
      // The same figures in new words (`ran 2.8M pilot jobs` after `ran
      // 2M jobs`): one stat, which `new` writes in its latest words. A
      // wording taken up only after a pause of more than two reports is
      // another figure: joined, lint would ask for it during the pause.
      if let index = chosen.firstIndex(where: {
        ($0.reads(stat.line) || $0.isRead(by: shape))
          && (stat.last <= $0.last || stat.reportsBefore <= $0.reportsThrough + 2)
      }) {
        if stat.last > chosen[index].last {
          // Its slots named as the stat's, so that a figure keeps its column.
          let names = chosen[index].evidence[0].slots
          chosen[index].alternatives.insert(chosen[index].shape, at: 0)
          chosen[index].shape =
            names.count == stat.slots.count ? stat.line.core(slots: names).shape : shape
        } else if !chosen[index].reads(stat.line) {
          chosen[index].alternatives.append(shape)
        }
        chosen[index].evidence.append(stat)
        chosen[index].keys.insert(stat.line.key)
        continue
      }
      let words = FigureLine.words(shape.replacingOccurrences(of: "{", with: " {")).filter {
        !stat.slots.contains($0.lowercased())
      }.prefix(3)
      let base =
        words.isEmpty
        ? (stat.slots.first ?? "figures") : words.map { $0.lowercased() }.joined(separator: "-")
      var name = base
      var counter = 2
      while chosen.contains(where: { $0.name == name }) {
        name = "\(base)-\(counter)"
        counter += 1
      }
      chosen.append(ChosenStat(name: name, shape: shape, evidence: [stat], keys: [stat.line.key]))
    }
    return chosen
  }

  private func groupYAML(
    _ group: InferredGroup, stats: [ChosenStat], unsteady: [ChosenStat], template: String?
  ) -> String {
    let evidence = group.evidence
    let meetings = evidence.lastIndex - evidence.firstIndex + 1
    var text = "  - name: \(YAMLText.scalar(evidence.name))\n"
    text +=
      "    # Seen in \(evidence.count) of \(meetings) meetings, \(evidence.first.iso) .. \(evidence.last.iso); something written in \(evidence.reports).\n"
    let since = evidence.firstIndex > 0 ? evidence.first : nil
    let until = evidence.lastIndex < scan.topics - 1 ? evidence.last : nil
    if let since { text += "    since: \(since.iso)\n" }
    if let until { text += "    until: \(until.iso)\n" }
    if !group.formers.isEmpty {
      text +=
        "    # Renamed: the old heading's last week is the week before the new one's first, with the same owners.\n"
      text +=
        "    was: [\(group.formers.map { "{name: \(YAMLText.scalar($0.name)), until: \($0.until.iso)}" }.joined(separator: ", "))]\n"
    }
    if !group.aliases.isEmpty {
      text +=
        "    # Also headed \(group.aliases.map { "\(YAMLText.quoted($0.name)) (\($0.count)x)" }.joined(separator: ", ")), never on a page beside it.\n"
      text +=
        "    aliases: [\(group.aliases.map { YAMLText.scalar($0.name) }.joined(separator: ", "))]\n"
    }
    text += ownersYAML(
      evidence, since: since ?? evidence.first, until: until ?? evidence.last,
      open: (since == nil, until == nil))
    text += cadenceYAML(evidence, meetings: meetings)
    if let template { text += "    template: \(template)\n" }
    if !stats.isEmpty {
      text += "    stats:\n"
      for stat in stats { text += statYAML(stat, group: evidence) }
    }
    for stat in unsteady { text += unsteadyYAML(stat, group: evidence) }
    text += rolloverYAML(evidence)
    return text + "\n"
  }

  private func ownersYAML(
    _ evidence: GroupEvidence, since groupSince: MeetingDate, until groupUntil: MeetingDate,
    open: (start: Bool, end: Bool)
  ) -> String {
    let people = evidence.owners.values.sorted {
      ($0.first, -$0.count, $0.name) < ($1.first, -$1.count, $1.name)
    }
    let most = people.map(\.count).max() ?? 0
    var owners = people.filter { $0.count >= 3 || $0.count == most }
    let deputies =
      people.filter { !($0.count >= 3 || $0.count == most) }
      + evidence.standIns.filter { evidence.owners[$0.key] == nil }.map(\.value)
    var periods = owners.map { person -> (since: MeetingDate?, until: MeetingDate?) in
      (person.first > groupSince ? person.first : nil, person.last < groupUntil ? person.last : nil)
    }
    OwnerCoverage.close(&periods, since: groupSince, until: groupUntil)
    var text = "    owners:\n"
    for (index, person) in owners.enumerated() {
      var fields = ["name: \(YAMLText.scalar(person.name))"]
      if let since = periods[index].since { fields.append("since: \(since.iso)") }
      if let until = periods[index].until { fields.append("until: \(until.iso)") }
      text +=
        "      # Named in \(person.count) headings, \(person.first.iso) .. \(person.last.iso).\n"
      text += "      - {\(fields.joined(separator: ", "))}\n"
    }
    owners.removeAll()
    if !deputies.isEmpty {
      text +=
        "    # Stand-ins, named once or twice (or as \"X for Y\"): \(deputies.map { "\($0.name) \($0.count)x, \($0.first.iso)" }.joined(separator: "; ")).\n"
      text +=
        "    deputies: [\(deputies.map { YAMLText.scalar($0.name) }.joined(separator: ", "))]\n"
    }
    return text
  }

  private func cadenceYAML(_ evidence: GroupEvidence, meetings: Int) -> String {
    guard evidence.reports * 10 < meetings * 7 else { return "" }
    let gaps = evidence.gaps.values.reduce(0, +)
    if let (weeks, seen) = evidence.gaps.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
      weeks >= 2, seen * 10 >= gaps * 7, let last = evidence.lastReport
    {
      return
        "    # Reported in \(evidence.reports) of \(meetings) meetings; \(seen) of \(gaps) gaps between reports are \(weeks) weeks.\n"
        + "    reports: every \(weeks) weeks from \(last.iso)\n"
    }
    return "    # Something written in only \(evidence.reports) of \(meetings) meetings.\n"
      + "    reports: when-news\n"
  }

  private func statYAML(_ stat: ChosenStat, group: GroupEvidence) -> String {
    var text = "      - name: \(stat.name)\n"
    if stat.evidence.count == 1 {
      text +=
        "        # Seen in \(stat.count) of \(stat.reports) reports, \(stat.first.iso) .. \(stat.last.iso).\n"
    } else {
      let counts = stat.evidence.map { String($0.count) }.joined(separator: " + ")
      text +=
        "        # \(stat.evidence.count) wordings around it, seen \(counts) times in \(stat.reports) reports, \(stat.first.iso) .. \(stat.last.iso).\n"
    }
    if stat.alternatives.isEmpty {
      text += "        shape: \(YAMLText.quoted(stat.shape))\n"
    } else {
      text +=
        "        # Reworded over time: the latest wording first (`new` writes it), the older after.\n"
      text +=
        "        shape: [\(([stat.shape] + stat.alternatives).map(YAMLText.quoted).joined(separator: ", "))]\n"
    }
    if stat.reportsBefore > 0 { text += "        since: \(stat.first.iso)\n" }
    if stat.reportsThrough < group.reports { text += "        until: \(stat.last.iso)\n" }
    let checks = stat.checks
    if !checks.isEmpty {
      for check in checks {
        text +=
          "        # \(YAMLText.quoted(check.equation.source)) holds in \(check.holds) of \(check.judged) weeks.\n"
      }
      text +=
        "        check: [\(checks.map { YAMLText.quoted($0.equation.source) }.joined(separator: ", "))]\n"
    }
    return text
  }

  /// A figure line seen often, but in too few of the latest reports to be
  /// asked for every week: the declaration, commented out, with why.
  private func unsteadyYAML(_ stat: ChosenStat, group: GroupEvidence) -> String {
    "    # Not declared: \(YAMLText.quoted(stat.shape)) \(stat.unsteadiness(in: group.recentDates) ?? "")\n"
      + "    # (a figure that comes and goes). For lint to ask for it every week, add under stats:\n"
      + "    #   - {name: \(YAMLText.scalar(stat.name)), shape: \(YAMLText.quoted(stat.shape))}\n"
  }

  private func rolloverYAML(_ evidence: GroupEvidence) -> String {
    let moves = evidence.labelMoves.filter { move, seen in
      seen >= 3 && seen * 2 >= (evidence.labelSeen[move.to] ?? 0)
    }.sorted { ($0.value, $1.key.from) > ($1.value, $0.key.from) }
    var used: Set<String> = []
    var text = ""
    for (move, seen) in moves where used.insert(move.from).inserted {
      if text.isEmpty { text = "    rollover:\n" }
      text +=
        "      # Last week's \(YAMLText.quoted(move.from)) figures reappear as \(YAMLText.quoted(move.to)) in \(seen) of \(evidence.labelSeen[move.to] ?? 0) weeks.\n"
      text += "      - {from: \(YAMLText.quoted(move.from)), to: \(YAMLText.quoted(move.to))}\n"
    }
    return text
  }

  static func top(_ counts: [String: Int]) -> String? {
    counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// `ProductionMeeting` as `Production Meeting`.
  static func words(_ text: String) -> String {
    var result = ""
    for character in text where character.isLetter || character.isNumber || character == " " {
      if character.isUppercase, let last = result.last, last.isLowercase { result.append(" ") }
      result.append(character)
    }
    return result.trimmedSpaces().isEmpty ? "Meeting" : result.trimmedSpaces()
  }

  /// A template name from a group name: `Grid Operations Center` gives `grid-operations-center`.
  static func slug(_ name: String) -> String {
    let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    return words.isEmpty ? "group" : words.joined(separator: "-")
  }
}
