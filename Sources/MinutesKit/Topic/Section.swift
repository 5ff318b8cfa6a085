/// A heading and everything under it up to the next heading of the same or a
/// higher level, or up to the next `%META:` line.
///
/// META lines are the store's, not a section's: TWiki takes every line of
/// the form `%META:NAME{...}%` out of the text when it reads a topic and
/// writes them back at the bottom when it saves one. Ending sections there
/// keeps a section's edits (`submit`) off the META block below it, and keeps
/// whatever follows a META line (however malformed) out of the section.
public struct Section: Sendable, Equatable {
  public var heading: Heading
  /// Index into `Topic.lines` of the heading line.
  public var headingIndex: Int
  /// Indices of the lines after the heading that belong to this section,
  /// sub-sections included.
  public var bodyRange: Range<Int>
  public var children: [Section]

  /// The title without owners and trailing colon: `CMS`, `Action/Significant Items`.
  public var name: String { SectionTitle.name(of: heading.title) }
  /// The owners named in parentheses after the name, nil when there are none.
  public var owners: [String]? { SectionTitle(heading.title).owners }
  /// Heading and body line indices.
  public var lineRange: Range<Int> { headingIndex..<bodyRange.upperBound }
}

/// Builds the section tree from the headings' levels; a `%META:` line ends
/// every section open before it (see ``Section``). A text line meant as a
/// heading (``MeantHeading``: `--++ Coordinates`) starts a section too.
enum SectionTree {
  static func build(_ lines: [Line]) -> [Section] {
    var result: [Section] = []
    var headings: [(index: Int, heading: Heading)] = []
    // The headings between two META lines make a tree of their own, which
    // ends at the META line.
    func flush(end: Int) {
      var position = 0
      result += sections(headings, &position, parentLevel: 0, end: end)
      headings.removeAll(keepingCapacity: true)
    }
    // By index: a line copied is its text and its kind's strings.
    for index in lines.indices {
      if case .heading(let heading) = lines[index].kind {
        headings.append((index, heading))
      } else if case .text = lines[index].kind,
        let heading = MeantHeading.heading(in: lines[index].text)
      {
        // A heading TWiki shows as text still ends the section above.
        headings.append((index, heading))
      } else if lines[index].isMetaShaped, !headings.isEmpty {
        flush(end: index)
      }
    }
    flush(end: lines.count)
    return result
  }

  /// Consumes the headings deeper than `parentLevel` from `position` on. A
  /// section ends where the next heading that is not its descendant starts.
  private static func sections(
    _ headings: [(index: Int, heading: Heading)], _ position: inout Int, parentLevel: Int, end: Int
  ) -> [Section] {
    var result: [Section] = []
    while position < headings.count && headings[position].heading.level > parentLevel {
      let (index, heading) = headings[position]
      position += 1
      let children = sections(headings, &position, parentLevel: heading.level, end: end)
      let sectionEnd = position < headings.count ? headings[position].index : end
      result.append(
        Section(
          heading: heading, headingIndex: index, bodyRange: (index + 1)..<sectionEnd,
          children: children))
    }
    return result
  }
}
