/// A `---++` section without owners that pages repeat (`Attendees:`,
/// `Action/Significant Items:`): how often, and where on the page.
struct FixedSectionEvidence: Sendable {
  /// The heading's title as its latest page writes it.
  var title: String
  var count = 0
  var before = 0
  var after = 0
  /// Where the latest page put it: its place among the `---++` sections,
  /// and whether it came after the groups (pages move sections over the years).
  var place = 0
  var latestAfter = false
  /// The latest section's first bullet when it opens with a parenthesis
  /// (`(to be updated after the meeting)`), kept for the page template.
  var lead: String?

  init(title: String) { self.title = title }

  mutating func add(section: Section, of topic: Topic, afterGroups: Bool, place: Int) {
    self.place = place
    latestAfter = afterGroups
    title = section.heading.title.trimmedSpaces()
    count += 1
    if afterGroups { after += 1 } else { before += 1 }
    lead = nil
    for line in topic.lines[section.bodyRange] {
      guard case .bullet(let item) = line.kind else { continue }
      if item.text.hasPrefix("("), let close = item.text.firstIndex(of: ")") {
        lead = String(item.text[...close])
      }
      break
    }
  }
}
