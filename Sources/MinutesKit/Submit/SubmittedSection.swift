/// An owner's file for one group's section, read the one way `submit` and
/// `lint --group` read it: the section's own heading naming the group, or no
/// heading at all, then the body with its sub-headings. The shipped templates
/// (and `init`'s) start their bodies with `---+++` sub-headings, so a file
/// that starts with one is a body, not a section of another name.
public struct SubmittedSection: Sendable {
  /// The file as given.
  public var file: Topic
  /// The lines that go into the topic: from the group's heading when the file
  /// has one, else from its first line; trailing blank lines left out.
  public var lines: [String]
  /// Whether `lines` starts with the group's heading.
  public var hasHeading: Bool
  /// The file's 1-based line number of `lines[0]`.
  public var firstLine: Int

  /// Reads `file` as `group`'s section whose heading has `level` (`---++` is
  /// 2). A heading at that level or above that does not name the group, or
  /// any such heading after the first line, makes the file something else
  /// than one group's section: an error saying which heading.
  public init(_ file: Topic, group: String, level: Int) throws(MinutesError) {
    self.file = file
    let groupKey = nameKey(group)
    var start = 0
    hasHeading = false
    if let first = file.lines.firstIndex(where: { $0.kind != .blank }),
      case .heading(let heading) = file.lines[first].kind,
      heading.level <= level || nameKey(SectionTitle(heading.title).name) == groupKey
    {
      let name = SectionTitle(heading.title).name
      guard nameKey(name) == groupKey else {
        throw MinutesError(
          "the submitted section is headed '\(name)', not '\(group)'",
          at: SourceLocation(file: file.path, line: first + 1, column: heading.titleColumn))
      }
      guard heading.level == level else {
        throw MinutesError(
          "the submitted heading has level \(heading.level), the topic's '\(group)' heading has "
            + "level \(level)",
          at: SourceLocation(file: file.path, line: first + 1, column: 1))
      }
      start = first
      hasHeading = true
    }
    for line in file.lines[(hasHeading ? start + 1 : start)...] {
      if case .heading(let heading) = line.kind, heading.level <= level {
        throw MinutesError(
          "the submitted section contains another section, '\(heading.title)' (one group at a "
            + "time)",
          at: SourceLocation(file: file.path, line: line.number, column: 1))
      }
    }
    var end = file.lines.count
    while end > start, file.lines[end - 1].text.allSatisfy({ $0 == " " || $0 == "\t" }) {
      end -= 1
    }
    lines = file.lines[start..<end].map(\.text)
    firstLine = start + 1
  }

  /// Whether the file holds nothing but white space.
  public var isEmpty: Bool {
    !file.lines.contains { $0.text.contains { !$0.isWhitespace } }
  }

  /// The heading line a topic gets for `group`: `---++ CMS (Burt)`, as the
  /// page template writes it.
  public static func heading(for group: Group, level: Int = 2) -> String {
    let owners = group.ownerList
    return "---" + String(repeating: "+", count: level) + " "
      + (owners.isEmpty ? group.name : "\(group.name) (\(owners))")
  }
}
