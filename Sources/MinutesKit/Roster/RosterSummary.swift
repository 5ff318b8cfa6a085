import Foundation

/// What `minutes roster` shows: the roster as the tool understood it, as text
/// for people or JSON for scripts.
public struct RosterSummary: Sendable {
  public var roster: Roster
  /// Section template files that do not exist (shown as missing).
  public var missingTemplates: Set<String>

  public init(roster: Roster, missingTemplates: Set<String> = []) {
    self.roster = roster
    self.missingTemplates = missingTemplates
  }

  public var text: String {
    let meeting = roster.meeting
    var lines: [String] = []
    lines.append("\(roster.path): \(meeting.title)")
    let fields: [(String, String)] = [
      ("web", meeting.web),
      ("parent", meeting.parent),
      ("author", meeting.author),
      ("weekday", meeting.weekday.name),
      ("topic", meeting.topicPattern.pattern),
      ("archive", meeting.archive),
      ("templates", meeting.templates),
      (
        "attendees",
        meeting.attendees.isEmpty
          ? "(none besides owners)" : meeting.attendees.joined(separator: ", ")
      ),
      ("blank", meeting.blank),
      ("stale-after", "\(meeting.staleAfterWeeks) week\(meeting.staleAfterWeeks == 1 ? "" : "s")"),
    ]
    var extra: [(String, String)] = []
    if let site = meeting.site { extra.append(("site", site)) }
    if meeting.months != MeetingDate.shortMonthNames {
      extra.append(("months", meeting.months.joined(separator: " ")))
    }
    for (name, value) in fields + extra {
      lines.append("  " + (name + ":").padding(toLength: 13, withPad: " ", startingAt: 0) + value)
    }
    let carry = roster.carry
    let what =
      carry.mode == .all
      ? "open items"
      : "actions (\(carry.actionMarkers.joined(separator: " ")), or given to a person)"
    func own(_ name: String) -> String {
      guard carry.modes[labelKey(name)] != nil, carry.mode(of: name) != carry.mode else {
        return ""
      }
      let mode = carry.mode(of: name)
      return mode == .all ? " (all open items)" : " (actions only)"
    }
    let sections =
      carry.sections.map { "'\($0)'\(own($0))" }
      + carry.labels.map { "sub-bullets of '\($0)'\(own($0))" }
    lines.append(
      "  carry:       \(what) of \(sections.isEmpty ? "no section" : sections.joined(separator: ", ")); "
        + "done marks: \(carry.doneMarks.joined(separator: " "))")
    lines.append("")
    lines.append("\(roster.groups.count) group\(roster.groups.count == 1 ? "" : "s"):")
    for group in roster.groups {
      lines.append("  \(group.name) (\(group.ownerList))")
      let wikiNames = group.owners.compactMap { owner in
        owner.wiki.map { "\(owner.name) = Main.\($0)" }
      }
      if !wikiNames.isEmpty { lines.append("    wiki: \(wikiNames.joined(separator: ", "))") }
      lines += RosterSummary.timelineLines(group)
      if let template = group.template, let path = roster.sectionTemplatePath(for: group) {
        let missing = missingTemplates.contains(path) ? ", missing" : ""
        lines.append("    template: \(template) (\(path)\(missing))")
      }
      for stat in group.stats {
        let period = stat.period.isAlways ? "" : " (\(stat.period))"
        lines.append("    stat \(stat.name): \(stat.shape)\(period)")
        for check in stat.checks { lines.append("      check: \(check)") }
      }
      for rollover in group.rollovers {
        lines.append("    rollover: \"\(rollover.from)\" -> \"\(rollover.to)\"")
        for other in rollover.fromAlternatives { lines.append("      also from: \"\(other)\"") }
      }
    }
    lines.append("")
    if roster.lint.severities.isEmpty {
      lines.append("lint: default rule severities")
    } else {
      let settings = roster.lint.severities.sorted { $0.key < $1.key }
        .map { "\($0.key) \($0.value.rawValue)" }
      lines.append("lint: \(settings.joined(separator: ", "))")
    }
    if roster.lint.submissionGaps == .warning {
      lines.append("submission-gaps: warning (a submitted section with gaps is let through)")
    }
    if let mail = roster.mail {
      lines.append("")
      lines += MailSummary(mail).lines
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The group's dated keys and attendance, one line each, only those set.
  static func timelineLines(_ group: Group) -> [String] {
    var lines: [String] = []
    func people(_ list: [Owner]) -> String {
      list.map { $0.period.isAlways ? $0.name : "\($0.name) (\($0.period))" }
        .joined(separator: ", ")
    }
    if !group.life.isAlways { lines.append("    exists: \(group.life)") }
    for former in group.formerNames {
      lines.append("    was: \(former.name) (until \(former.until.iso))")
    }
    if !group.aliases.isEmpty {
      lines.append("    aliases: \(group.aliases.joined(separator: ", "))")
    }
    if group.owners.contains(where: { !$0.period.isAlways }) {
      lines.append("    owners: \(people(group.owners))")
    }
    if !group.deputies.isEmpty { lines.append("    deputies: \(people(group.deputies))") }
    if group.reports != .weekly { lines.append("    reports: \(group.reports)") }
    if !group.away.isEmpty {
      lines.append("    away: \(awayText(group.away).joined(separator: ", "))")
    }
    return lines
  }

  static func awayText(_ periods: [ClosedRange<MeetingDate>]) -> [String] {
    periods.map {
      $0.lowerBound == $0.upperBound
        ? $0.lowerBound.iso : "\($0.lowerBound.iso)..\($0.upperBound.iso)"
    }
  }

  public func json() throws(MinutesError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    } catch {
      throw MinutesError("cannot write the roster as JSON: \(error)")
    }
  }

  // MARK: JSON document

  struct Document: Encodable {
    var path: String
    var meeting: MeetingDocument
    var carry: CarryDocument
    var groups: [GroupDocument]
    var lint: [String: String]
    var mail: MailSummary?
  }

  struct MeetingDocument: Encodable {
    var title, web, parent, author, weekday, topic, archive, templates, blank: String
    var attendees: [String]
    var staleAfterWeeks: Int
    var site: String?
    var months: [String]
  }

  struct CarryDocument: Encodable {
    var sections, labels, doneMarks, actionMarkers: [String]
    var mode: String
    /// Sections' and labels' own modes, by their names' key.
    var modes: [String: String]
  }

  struct GroupDocument: Encodable {
    var name: String
    var since, until: String?
    var was: [FormerNameDocument]
    var aliases: [String]
    var reports: String
    var away: [String]
    var deputies: [OwnerDocument]
    var owners: [OwnerDocument]
    var template: String?
    var templateFile: String?
    var templateMissing: Bool?
    var stats: [StatDocument]
    var rollovers: [RolloverDocument]
    var line: Int?
  }

  struct OwnerDocument: Encodable {
    var name: String
    var wiki: String?
    var since, until: String?

    init(_ owner: Owner) {
      name = owner.name
      wiki = owner.wiki
      since = owner.period.since?.iso
      until = owner.period.until?.iso
    }
  }

  struct FormerNameDocument: Encodable {
    var name, until: String
  }

  struct StatDocument: Encodable {
    var name, shape, skeleton: String
    var slots, checks: [String]
    var since, until: String?
  }

  struct RolloverDocument: Encodable {
    var from, to: String
    var alsoFrom: [String]
  }

  var document: Document {
    let meeting = roster.meeting
    return Document(
      path: roster.path,
      meeting: MeetingDocument(
        title: meeting.title, web: meeting.web, parent: meeting.parent, author: meeting.author,
        weekday: meeting.weekday.name, topic: meeting.topicPattern.pattern,
        archive: meeting.archive,
        templates: meeting.templates, blank: meeting.blank, attendees: meeting.attendees,
        staleAfterWeeks: meeting.staleAfterWeeks, site: meeting.site, months: meeting.months),
      carry: CarryDocument(
        sections: roster.carry.sections, labels: roster.carry.labels,
        doneMarks: roster.carry.doneMarks, actionMarkers: roster.carry.actionMarkers,
        mode: roster.carry.mode.rawValue, modes: roster.carry.modes.mapValues(\.rawValue)),
      groups: roster.groups.map { group in
        let file = roster.sectionTemplatePath(for: group)
        return GroupDocument(
          name: group.name, since: group.life.since?.iso, until: group.life.until?.iso,
          was: group.formerNames.map { FormerNameDocument(name: $0.name, until: $0.until.iso) },
          aliases: group.aliases, reports: group.reports.description,
          away: RosterSummary.awayText(group.away),
          deputies: group.deputies.map(OwnerDocument.init),
          owners: group.owners.map(OwnerDocument.init),
          template: group.template, templateFile: file,
          templateMissing: file.map { missingTemplates.contains($0) },
          stats: group.stats.map { stat in
            let shape = stat.matcher?.shape
            return StatDocument(
              name: stat.name, shape: stat.shape,
              skeleton: shape?.skeleton(blank: meeting.blank) ?? stat.shape,
              slots: shape?.slotNames ?? [], checks: stat.checks, since: stat.period.since?.iso,
              until: stat.period.until?.iso)
          },
          rollovers: group.rollovers.map {
            RolloverDocument(from: $0.from, to: $0.to, alsoFrom: $0.fromAlternatives)
          },
          line: group.location?.line)
      },
      lint: roster.lint.severities.mapValues(\.rawValue),
      mail: roster.mail.map(MailSummary.init))
  }
}
