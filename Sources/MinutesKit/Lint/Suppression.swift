/// Inline suppression in TWiki's own comment syntax (the comment does not
/// show on the rendered page):
///
/// - `<!-- minutes-lint disable=RULE[,RULE…] -->` on a line of its own right
///   under a heading silences the rules for that whole section, sub-sections
///   included;
/// - on a line of its own anywhere else, for the next line that is not blank
///   or a comment;
/// - at the end of a line with other text, for that line.
///
/// `disable=all` silences every rule.
struct Suppression: Sendable {
  /// Rule ids (or `all`) silenced on each line, by 1-based line number.
  var rulesByLine: [Int: Set<String>] = [:]

  func suppresses(_ finding: Finding) -> Bool {
    guard let rules = rulesByLine[finding.location.line] else { return false }
    return rules.contains(finding.rule) || rules.contains("all")
  }

  static let marker = "minutes-lint"
  static let markerPattern = BytePattern(Array(marker.utf8))

  /// False when `bytes`, a whole file, hold no `minutes-lint` marker: then
  /// no line need be looked at for a suppression.
  static func mayHoldMarker(_ bytes: [UInt8]) -> Bool {
    markerPattern.occurs(in: bytes)
  }

  static func parse(_ topic: Topic) -> Suppression {
    var result = Suppression()
    let lines = topic.lines
    // Worked out once, not once per suppression (quadratic in a page of
    // many): the sections by heading line, and the next line that is not
    // blank or a comment, found last.
    var sectionsByHeading: [Int: Section]?
    var nextContent = -1
    for index in lines.indices {
      // Nearly no line holds the marker: look for it in place, line by line,
      // before copying anything.
      guard markerPattern.occurs(in: lines[index].text) else { continue }
      let line = lines[index]
      guard let rules = rules(in: line.text) else { continue }
      let before =
        ByteSearch.range(of: "<!--", in: line.text).map { line.text[..<$0.lowerBound] } ?? ""
      var scope: [Int] = []
      if !before.trimmedSpaces().isEmpty {
        scope = [index]
      } else if index > 0, case .heading = lines[index - 1].kind,
        let section = {
          if sectionsByHeading == nil {
            sectionsByHeading = Dictionary(
              topic.allSections.map { ($0.headingIndex, $0) },
              uniquingKeysWith: { first, _ in first })
          }
          return sectionsByHeading?[index - 1]
        }()
      {
        scope = Array(section.lineRange)
      } else {
        // The lines between a suppression and the content found for an
        // earlier one are blank or comments: the same content is next.
        if nextContent <= index {
          nextContent = index + 1
          while nextContent < lines.count
            && (lines[nextContent].kind == .blank || lines[nextContent].kind == .comment)
          {
            nextContent += 1
          }
        }
        if nextContent < lines.count { scope = [nextContent] }
      }
      for lineIndex in scope {
        result.rulesByLine[lineIndex + 1, default: []].formUnion(rules)
      }
    }
    return result
  }

  /// The rule ids of `<!-- minutes-lint disable=a,b -->` in a line, or nil.
  static func rules(in text: String) -> Set<String>? {
    guard let open = ByteSearch.range(of: "<!--", in: text),
      let close = ByteSearch.range(of: "-->", in: text[open.upperBound...])
    else { return nil }
    let inside = text[open.upperBound..<close.lowerBound].trimmedSpaces()
    guard inside.hasPrefix(marker) else { return nil }
    let rest = inside.dropFirst(marker.count).trimmedSpaces()
    guard rest.hasPrefix("disable=") else { return nil }
    let ids = rest.dropFirst("disable=".count).split(separator: ",").map { $0.trimmedSpaces() }
    let set = Set(ids.filter { !$0.isEmpty })
    return set.isEmpty ? nil : set
  }
}
