import Foundation

/// A topic written by ``TopicGenerator``, before carry-forward and writing.
public struct GeneratedTopic: Sendable, Equatable {
  /// The topic name from the roster's pattern: `Mar22,2011ProductionMeeting`.
  public var name: String
  public var date: MeetingDate
  /// The whole `.txt` file, META lines first, LF line endings.
  public var text: String
}

/// Writes next week's topic from the roster and the templates: a pure
/// function of its inputs, so the same inputs give the same bytes.
public enum TopicGenerator {
  /// - Parameters:
  ///   - createdAt: the creation instant in seconds since 1970 (now, or
  ///     `SOURCE_DATE_EPOCH`): TOPICINFO's date and the signature line's day.
  public static func generate(
    roster: Roster, date: MeetingDate, createdAt: Int, templates: TemplateSet
  ) throws(MinutesError) -> GeneratedTopic {
    // The meeting of that day: its groups, names and owners.
    let declared = roster.groups
    let roster = roster.asOf(date)
    let pattern = roster.meeting.topicPattern
    try pattern.validate()
    let name = pattern.name(for: date)
    let meeting = meetingContext(roster: roster, date: date, topic: name, createdAt: createdAt)

    var groups: [[String: TemplateValue]] = []
    for group in roster.groups {
      var fields = groupFields(group)
      // Stats the group gives on other days (`since:`, `until:`) still name
      // a variable of its template, written empty that day.
      let others = (declared.first { $0.id == group.id }?.stats ?? []).map(\.name).filter { name in
        !group.stats.contains { $0.name == name }
      }
      fields["section"] = .text(
        try sectionText(group, meeting: meeting, templates: templates, otherDaysStats: others))
      let attendance = group.isDue(on: date)
      fields["reporting"] = .flag(attendance.writesSection)
      fields["absence"] = .text(attendance.writesSection ? "" : attendance.phrase)
      groups.append(fields)
    }
    var page = meeting
    page["attendees"] = .text(attendees(roster).joined(separator: ", "))
    page["report_url"] = .text(reportURL(roster.meeting))
    page["groups"] = .list(groups, item: groupShape(withSection: true))
    let body = try templates.page.render(page).text

    let meta = [
      "%META:TOPICINFO{author=\"\(TWikiEncoding.encode(roster.meeting.author))\" "
        + "date=\"\(createdAt)\" format=\"1.1\" version=\"1.1\"}%",
      "%META:TOPICPARENT{name=\"\(TWikiEncoding.encode(roster.meeting.parent))\"}%",
    ]
    let text = meta.joined(separator: "\n") + "\n" + trimmingTrailingNewlines(body) + "\n"
    return GeneratedTopic(name: name, date: date, text: text)
  }

  /// The variables every template sees (see docs/templates.md).
  static func meetingContext(
    roster: Roster, date: MeetingDate, topic: String, createdAt: Int
  ) -> [String: TemplateValue] {
    let created = MeetingDate(Date(timeIntervalSince1970: TimeInterval(createdAt)))
    let meeting = roster.meeting
    return [
      "title": .text(meeting.title),
      "web": .text(meeting.web),
      "parent": .text(meeting.parent),
      "author": .text(meeting.author),
      "topic": .text(topic),
      "date": .text(date.twikiDate),
      "iso_date": .text(date.iso),
      "weekday": .text(date.weekday.name),
      "created": .text(created.twikiDate),
      "blank": .text(meeting.blank),
    ]
  }

  static func groupFields(_ group: Group) -> [String: TemplateValue] {
    let owners = group.ownerList
    return [
      "name": .text(group.name),
      "owners": .text(owners),
      "heading": .text(owners.isEmpty ? group.name : "\(group.name) (\(owners))"),
    ]
  }

  static func groupShape(withSection: Bool) -> [String: TemplateShape] {
    var shape: [String: TemplateShape] = ["name": .value, "owners": .value, "heading": .value]
    if withSection {
      shape["section"] = .value
      shape["reporting"] = .value
      shape["absence"] = .value
    }
    return shape
  }

  static let statShape: [String: TemplateShape] = [
    "name": .value, "shape": .value, "skeleton": .value,
  ]

  /// A group's section body: its template rendered (or one empty bullet for a
  /// group without one), after a bullet for every declared stat that the
  /// template does not place itself.
  ///
  /// A template places a stat by naming `{{stat.NAME}}`, or all of them by
  /// iterating `{{#stats}}` or `{{#other_stats}}`.
  static func sectionText(
    _ group: Group, meeting: [String: TemplateValue], templates: TemplateSet,
    otherDaysStats: [String] = []
  ) throws(MinutesError) -> String {
    var stats: [(name: String, fields: [String: TemplateValue])] = []
    for declaration in group.stats {
      // The loader rejects bad shapes; a roster made in code may still hold one.
      guard let shape = declaration.matcher?.shape else {
        var reason = "bad stat shape '\(declaration.shape)'"
        do { _ = try StatShape(parsing: declaration.shape) } catch { reason = error.message }
        throw MinutesError(
          "group '\(group.name)', stat '\(declaration.name)': \(reason)",
          at: declaration.shapeLocation ?? declaration.location)
      }
      let skeleton = shape.skeleton(blank: meeting["blank"].flatMap(\.textValue) ?? "?")
      stats.append(
        (
          declaration.name,
          [
            "name": .text(declaration.name), "shape": .text(declaration.shape),
            "skeleton": .text(skeleton),
          ]
        ))
    }
    var context = meeting.merging(groupFields(group)) { _, group in group }
    context["stats"] = .list(stats.map(\.fields), item: statShape)
    context["stat"] = .object(
      Dictionary(
        stats.map { ($0.name, $0.fields["skeleton"]!) }
          + otherDaysStats.map { ($0, TemplateValue.text("")) }
      ) { first, _ in first })
    context["other_stats"] = .list([], item: statShape)

    var lines: [String] = []
    var unplaced = stats
    var rendered: String?
    if let name = group.template {
      guard let template = templates.sections[name] else {
        throw MinutesError(
          "no template '\(name)' loaded for group '\(group.name)'", at: group.location)
      }
      let used = try template.check(against: context.mapValues(\.shape))
      unplaced.removeAll { used.contains("stat.\($0.name)") }
      context["other_stats"] = .list(unplaced.map(\.fields), item: statShape)
      if used.contains("stats") || used.contains("other_stats") { unplaced = [] }
      // other_stats now lists items, but its shape is the one just checked.
      rendered = try template.renderChecked(context)
    }
    for stat in unplaced {
      lines.append("   * " + (stat.fields["skeleton"]?.textValue ?? ""))
    }
    if let rendered {
      lines.append(trimmingTrailingNewlines(rendered))
    } else {
      lines.append("   * ")
    }
    return lines.joined(separator: "\n")
  }

  /// Everyone expected: the groups' owners in roster order, then the
  /// meeting's other attendees, each once.
  static func attendees(_ roster: Roster) -> [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for name in roster.groups.flatMap({ $0.owners.map(\.name) }) + roster.meeting.attendees
    where seen.insert(name).inserted {
      names.append(name)
    }
    return names
  }

  /// The parent topic's address, where the published report lives.
  static func reportURL(_ meeting: Meeting) -> String {
    var site = meeting.site ?? "%SCRIPTURL{view}%"
    while site.hasSuffix("/") { site.removeLast() }
    return "\(site)/\(meeting.web)/\(meeting.parent)"
  }

  static func trimmingTrailingNewlines(_ text: String) -> String {
    var text = Substring(text)
    while text.last == "\n" || text.last == "\r\n" { text = text.dropLast() }
    return String(text)
  }
}

extension TemplateValue {
  var textValue: String? {
    if case .text(let text) = self { return text }
    return nil
  }
}
