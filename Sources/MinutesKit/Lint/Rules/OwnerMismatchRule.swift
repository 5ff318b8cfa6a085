import Foundation

/// `owner-mismatch`: the heading tells readers whom to ask; it should name
/// the section's owners on the meeting's day. A deputy (stand-in) may be
/// named too, or instead of the owners: `Scott T. for Rob Q.` and `Scott T.`
/// alone are both right, since the deputy is the one who wrote that week's
/// report and whom to ask about it.
///
/// Said once over time: on the whole page, a heading that names the same
/// people as the group's heading at one of the last 13 filled meetings,
/// which already differed from the roster then (``RecentReports``), is the page's
/// practice, not this week's slip; the first page that wrote them was told.
/// So is a heading whose names beyond the owners and deputies were all
/// written then: a stand-in heading the section now and then (`Tony`, then
/// `Burt / Tony` weeks later) is known after the first time.
public struct OwnerMismatchRule: LintRule {
  public init() {}
  public var id: String { "owner-mismatch" }
  public var description: String {
    "a section heading names someone who is not an owner or deputy, or nobody"
  }
  public var severity: Severity { .warning }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ LIGO 1️⃣(Britta, Mats)
           * 4 users utilized 21 sites
        """),
      RuleExample(
        """
        ---++ 1️⃣Engage
           * New users
        """),
      // Tom stands in for CMS's owner in .exampleWithDeputies; Mats is
      // Engage's owner, not CMS's.
      RuleExample(
        """
        ---++ CMS 1️⃣(Mats)
           * 341 khour/day, 91% success
        """, roster: .exampleWithDeputies),
      // The heading changed since the previous meeting: said on this page.
      RuleExample(
        """
        ---++ LIGO 1️⃣(Britta, Mats)
           * 4 users utilized 21 sites
        """, previous: "---++ LIGO (Britta, Robert E.)\n   * 3 users utilized 20 sites\n"),
      // The stand-in of an earlier meeting, beside the owner now.
      RuleExample(
        """
        ---++ LIGO (Britta / Mats)
           * 4 users utilized 21 sites
        """, previous: "---++ LIGO (Mats)\n   * 3 users utilized 20 sites\n"),
      // The same names as at the previous meeting: said there already.
      RuleExample(
        """
        ---++ LIGO (Britta, Mats)
           * 4 users utilized 21 sites
        ---++ Engage
           * New users
        """,
        previous:
          "---++ LIGO (Britta, Mats)\n   * 3 users utilized 20 sites\n---++ Engage\n   * 2 new users\n"
      ),
      RuleExample(
        """
        ---++ LIGO (Robert E. & Britta)
        ---++ Engage (Mats and John)
        ---++ CMS (burt)
        ---++ LIGO (Britta, Rob E.)
        ---++ LIGO (Britta)
        """),
      RuleExample(
        """
        ---++ CMS (Tom for Burt)
        ---++ CMS (Burt / Tom)
        ---++ CMS (Tom)
        """, roster: .exampleWithDeputies),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    let sections = context.reportSections
    for entry in sections.indices {
      // The group read in place, not copied out of the section's kind.
      guard let groupIndex = sections[entry].groupIndex else { continue }
      // The usual case, owners the rule accepts (worked out once for the
      // page, ``LintContext/acceptsOwners(sectionAt:)``), copies nothing more.
      if context.acceptsOwners(sectionAt: entry) { continue }
      let section = sections[entry].section
      let owners = sections[entry].owners
      let group = context.roster.groups[groupIndex]
      // The names the page has been writing since an earlier meeting: said
      // on the first page that wrote them, not on every page since. The
      // owner's own check (`--group`) still says it.
      if context.group == nil,
        context.recentReports.sameOwnersWritten(
          owners ?? [], group: group.id, asOf: context.meetingDate,
          same: OwnerMismatchRule.writtenBefore(for: group))
      {
        continue
      }
      let line = context.topic.lines[section.headingIndex]
      guard let owners else {
        findings.append(
          finding(
            "heading names no owners (expected '\(section.name) (\(group.ownerList))')",
            line: line.number, column: section.heading.titleColumn, in: context))
        continue
      }
      guard let problem = OwnerMismatchRule.problem(with: owners, group: group) else { continue }
      findings.append(
        finding(
          "owners '\(owners.joined(separator: ", "))' \(problem)",
          line: line.number, column: LintText.lastColumn(of: "(", in: line.text) ?? 1, in: context))
    }
    return findings
  }

  /// Whether a heading that names `written` (nil: nobody) for `group` (as
  /// of the meeting's day) gives no finding.
  static func accepts(_ written: [String]?, for group: Group) -> Bool {
    guard let written else { return false }
    return sameOwners(written, group.owners.map(\.name))
      || problem(with: written, group: group) == nil
  }

  /// Whether the names a heading writes now were written in the group's
  /// heading at an earlier meeting (`then`): the same people, or every
  /// name that is neither an owner nor a deputy of `group` among them.
  static func writtenBefore(for group: Group) -> ([String], [String]) -> Bool {
    { now, then in
      if sameOwners(now, then) { return true }
      let strangers = self.strangers(in: now, group: group).map(personWords)
      let earlier = then.flatMap(splitStandIn).map(personWords)
      return !strangers.isEmpty
        && strangers.allSatisfy { name in
          earlier.contains { samePerson(name, $0) || samePerson($0, name) }
        }
    }
  }

  /// The names of a heading's `written` that are neither an owner nor a
  /// deputy of `group`. `Burt / Tony` and `Scott T. for Rob Q.` name two
  /// people.
  static func strangers(in written: [String], group: Group) -> [String] {
    let names = written.flatMap(splitStandIn)
    // Each name split into words once, not once per pair compared.
    let nameWords = names.map(personWords)
    let knownWords = (group.owners + group.deputies).map { personWords($0.name) }
    return names.indices.filter { index in
      !knownWords.contains { samePerson(nameWords[index], $0) }
    }.map { names[$0] }
  }

  /// What is wrong with the names a heading gives for `group` (as of the
  /// meeting's day), nil when nothing is: each name must be an owner or a
  /// deputy.
  static func problem(with written: [String], group: Group) -> String? {
    let deputies = group.deputies.map(\.name)
    let roster = "the roster's '\(group.ownerList)'"
    let unknown = strangers(in: written, group: group)
    if !unknown.isEmpty {
      let who = unknown.map { "'\($0)'" }.joined(separator: ", ")
      let deputyNote =
        deputies.isEmpty ? "" : " or deputy ('\(deputies.joined(separator: ", "))')"
      return "differ from \(roster) (\(who) \(unknown.count == 1 ? "is" : "are") not an owner"
        + "\(deputyNote))"
    }
    return nil
  }

  /// Whether a name written in a heading is the roster's `name`: the same
  /// words, a short form counting (`Rob E.` for `Robert E.`), and a first
  /// name alone for the whole name (`Scott` for `Scott T.`).
  static func samePerson(_ written: String, _ name: String) -> Bool {
    samePerson(personWords(written), personWords(name))
  }

  /// ``samePerson(_:_:)`` for names split into words (``personWords(_:)``).
  static func samePerson(_ short: [String], _ full: [String]) -> Bool {
    !short.isEmpty && short.count <= full.count
      && zip(short, full).allSatisfy {
        !$0.isEmpty && !$1.isEmpty && ($0.hasPrefix($1) || $1.hasPrefix($0))
      }
  }

  /// A name's words as names are compared: case and spacing folded, dots left out.
  static func personWords(_ name: String) -> [String] {
    ByteSearch.spaceSeparatedWords(nameKey(name), dropping: ".")
  }

  /// `Scott T. for Rob Q.` and `Burt / Tony` as two names each.
  static func splitStandIn(_ name: String) -> [String] {
    // The usual name, no ` for ` or `/` in it and no space at its ends, is
    // one name as it is: splitting and trimming it through Foundation was
    // most of this rule's time on a large archive.
    if ByteSearch.hasASCIINonSpaceEnds(name), !ByteSearch.contains(ascii: "/", in: name),
      !ByteSearch.contains(" for ", in: name)
    {
      return [name]
    }
    let parts = name.components(separatedBy: " for ").flatMap { $0.split(separator: "/") }
    let names = parts.map { String($0).trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    return names.isEmpty ? [name] : names
  }

  /// The same people in any order, a short form counting as the name
  /// ("Rob E." for "Robert E."): word by word, one word a prefix of the other.
  static func sameOwners(_ written: [String], _ roster: [String]) -> Bool {
    // Written as the roster has them, the usual case: the same people, as
    // long as no word is dots only (it would match no word at all).
    if written == roster, roster.allSatisfy(hasNoDotsOnlyWord) { return true }
    let words = personWords
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
    ByteSearch.hasWord(startingWith: ".", in: name) == false
  }
}
