/// A group's section template from its latest reports: the sub-headings and
/// lines that most of them repeat, in the order of the latest, with the
/// group's stats as `{{stat.NAME}}` and other figures as `{{blank}}`.
enum SectionTemplateInference {
  /// The template's text, or nil when the reports share nothing fixed.
  static func template(for evidence: GroupEvidence, stats: [ChosenStat]) -> String? {
    let bodies = evidence.recent
    guard bodies.count >= 2, let latest = bodies.last else { return nil }
    var seen: [String: Int] = [:]
    for body in bodies {
      for key in Set(body.compactMap(key)) { seen[key, default: 0] += 1 }
    }
    let needed = max(2, (bodies.count + 1) / 2)
    var lines: [String] = []
    var fixed = 0
    var underHeading = false
    var hasBullet = false
    for line in latest {
      guard let key = key(line), (seen[key] ?? 0) >= needed,
        !line.contains("{{"), !line.contains("}}")
      else { continue }
      let trimmed = line.trimmedSpaces()
      if trimmed.hasPrefix("---+") {
        if underHeading && !hasBullet { lines.append("   * ") }
        if !lines.isEmpty { lines.append("") }
        lines.append(trimmed)
        underHeading = true
        hasBullet = false
        fixed += 1
        continue
      }
      let indent = String(line.prefix { $0 == " " || $0 == "\t" })
      let content = String(trimmed.dropFirst(2))
      let figures = FigureLine(content.trimmedSpaces())
      if let stat = stats.first(where: { $0.covers(figures) }) {
        let parts = figures.core(slots: figures.slotNames())
        lines.append(
          "\(indent)* \(parts.prefix){{stat.\(stat.name)}}\(parts.suffix)".trimmingTrailingSpaces)
      } else if figures.figures.isEmpty {
        lines.append(line.trimmingTrailingSpaces)
      } else {
        lines.append(
          "\(indent)* " + figures.pieces.joined(separator: "{{blank}}").trimmingTrailingSpaces)
      }
      hasBullet = true
      fixed += 1
    }
    if underHeading && !hasBullet { lines.append("   * ") }
    guard fixed > 0 else { return nil }
    return "{{%CONTENT_TYPE: TEXT}}\n"
      + "{{! \(evidence.name): the sub-headings and lines most of its \(bodies.count) latest reports repeat. }}\n"
      + lines.joined(separator: "\n") + "\n"
  }

  /// What makes two lines the same line of different weeks: a heading's
  /// text, or a bullet's text with its figures taken out. Nil for other lines.
  static func key(_ line: String) -> String? {
    let trimmed = line.trimmedSpaces()
    if trimmed.hasPrefix("---+") { return trimmed }
    guard trimmed.hasPrefix("* "), trimmed.count > 2 else { return nil }
    return String(line.prefix { $0 == " " }.count)
      + FigureLine(String(trimmed.dropFirst(2)).trimmedSpaces()).skeleton
  }
}
