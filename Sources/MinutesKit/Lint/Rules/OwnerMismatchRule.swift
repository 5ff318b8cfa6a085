/// `owner-mismatch`: the heading tells readers whom to ask; it should name
/// the owners the roster has.
public struct OwnerMismatchRule: LintRule {
  public init() {}
  public var id: String { "owner-mismatch" }
  public var description: String { "a section heading's owners differ from the roster's" }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ LIGO 1️⃣(Britta)
           * 4 users utilized 21 sites
        """),
      RuleExample(
        """
        ---++ 1️⃣Engage
           * New users
        """),
      RuleExample(
        """
        ---++ LIGO (Robert E. & Britta)
        ---++ Engage (Mats and John)
        ---++ CMS (burt)
        ---++ LIGO (Britta, Rob E.)
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    let sections = context.reportSections
    for entry in sections.indices {
      // The group read in place, not copied out of the section's kind.
      guard let groupIndex = sections[entry].groupIndex else { continue }
      let section = sections[entry].section
      let owners = section.owners
      // The usual case, owners as the roster has them, copies nothing more.
      if let owners,
        OwnerMismatchRule.sameOwners(owners, context.roster.groups[groupIndex].owners.map(\.name))
      {
        continue
      }
      let group = context.roster.groups[groupIndex]
      let line = context.topic.lines[section.headingIndex]
      guard let owners else {
        findings.append(
          finding(
            "heading names no owners (expected '\(section.name) (\(group.ownerList))')",
            line: line.number, column: section.heading.titleColumn, in: context))
        continue
      }
      findings.append(
        finding(
          "owners '\(owners.joined(separator: ", "))' differ from the roster's '\(group.ownerList)'",
          line: line.number, column: LintText.lastColumn(of: "(", in: line.text) ?? 1, in: context))
    }
    return findings
  }

  /// The same people in any order, a short form counting as the name
  /// ("Rob E." for "Robert E."): word by word, one word a prefix of the other.
  static func sameOwners(_ written: [String], _ roster: [String]) -> Bool {
    // Written as the roster has them, the usual case: the same people, as
    // long as no word is dots only (it would match no word at all).
    if written == roster, roster.allSatisfy(hasNoDotsOnlyWord) { return true }
    func words(_ name: String) -> [String] {
      Group.key(name).split(separator: " ").map { String($0.filter { $0 != "." }) }
    }
    func same(_ x: [String], _ y: [String]) -> Bool {
      x.count == y.count
        && zip(x, y).allSatisfy {
          !$0.isEmpty && !$1.isEmpty && ($0.hasPrefix($1) || $1.hasPrefix($0))
        }
    }
    guard written.count == roster.count else { return false }
    // Each name split into words once, not once per pair compared.
    var remaining = roster.map(words)
    for name in written.map(words) {
      guard let index = remaining.firstIndex(where: { same(name, $0) }) else { return false }
      remaining.remove(at: index)
    }
    return true
  }

  /// Whether an ASCII name has no word that starts with a dot (so none that
  /// is dots only); false for any other name, which takes the general path.
  static func hasNoDotsOnlyWord(_ name: String) -> Bool {
    var previous: UInt8 = 0x20
    for byte in name.utf8 {
      if byte >= 0x80 { return false }
      if byte == UInt8(ascii: "."), previous == 0x20 || (0x09...0x0D).contains(previous) {
        return false
      }
      previous = byte
    }
    return true
  }
}
