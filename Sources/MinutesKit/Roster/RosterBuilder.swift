import Yams

/// Builds a ``Roster`` from composed YAML nodes, checking the schema as it goes
/// and pointing every problem at the node it is about.
struct RosterBuilder {
  let yaml: RosterYAML

  static let topLevelKeys = ["meeting", "carry", "groups", "lint", "mail"]

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
    let mail = try top.optional("mail").map { node throws(MinutesError) in
      try buildMail(node, key: top.pairs["mail"]?.key, site: meeting.site)
    }
    return Roster(
      meeting: meeting, groups: groups, carry: carry ?? CarryRules(), lint: lint ?? LintSettings(),
      path: yaml.file, mail: mail)
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
