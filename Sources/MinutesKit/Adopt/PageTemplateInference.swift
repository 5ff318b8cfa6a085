/// The page template from the sections without owners that most topics
/// repeat, before and after the groups, and where the signature line goes.
enum PageTemplateInference {
  static func page(_ scan: ArchiveScan) -> String {
    let kept = scan.fixed.values.filter { $0.count * 2 >= scan.topics && !$0.title.contains("{{") }
    func order(_ sections: [FixedSectionEvidence]) -> [FixedSectionEvidence] {
      sections.sorted { ($0.place, $0.title) < ($1.place, $1.title) }
    }
    let before = order(kept.filter { !$0.latestAfter })
    let after = order(kept.filter(\.latestAfter))
    let signature = "-- Main.{{author}} - {{created}}\n"
    let onTop = scan.signatureOnTop * 2 > scan.signatures.values.reduce(0, +)
    var text = "{{%CONTENT_TYPE: TEXT}}\n"
    text +=
      "{{! The weekly topic, as \(scan.topics) topics of the archive laid it out. See docs/templates.md. }}\n"
    if onTop { text += signature }
    for section in before {
      text += "---++ \(section.title)\n"
      if GroupEvidence.key(section.title).contains("attendee") {
        text += "   * \(section.lead.map { $0 + " " } ?? ""){{attendees}}\n\n"
      } else {
        text += "   * \n\n"
      }
    }
    text += Starter.groupSections
    for section in after {
      text += "---++ \(reportLink(section.title))\n"
    }
    if !onTop { text += "\n" + signature }
    return text
  }

  /// The title with a link to a TWiki view page written as `{{report_url}}`.
  static func reportLink(_ title: String) -> String {
    title.split(separator: " ", omittingEmptySubsequences: false).map {
      $0.hasPrefix("http") && $0.contains("/bin/view/") ? "{{report_url}}" : String($0)
    }.joined(separator: " ")
  }
}
