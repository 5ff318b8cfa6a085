import Foundation
import Testing

@testable import MinutesKit

/// A small valid roster; malformed ones are made by editing it.
let validRoster = """
  meeting:
    title: Example Meeting
    web: Ops
    parent: WeeklyOpsMeetings
    author: AdaLovelace
    weekday: Wednesday
    topic: "$mon$d,$yearOpsMeeting"
  groups:
    - name: Alpha
      owners: [Ann, {name: Bo, wiki: BoBaker}]
      template: alpha
      stats:
        - name: jobs
          shape: "{jobs} jobs total ({ok} / {failed} = {rate}% success)"
          check: ["jobs = ok + failed", "rate = 100 * ok / jobs"]
      rollover:
        - from: "This week"
          to: "Last week"
    - name: Beta
      owners: [Cy]

  """

private func load(_ yaml: String, path: String = "roster.yaml") throws(MinutesError) -> Roster {
  try RosterLoader.load(yaml: yaml, path: path)
}

/// The error `yaml` fails with, as the command line prints it.
private func failure(_ yaml: String) -> String? {
  do {
    _ = try load(yaml)
    return nil
  } catch {
    return error.description
  }
}

func replacing(_ old: String, with new: String) -> String {
  // A bad edit yields a roster that fails with this text, never the expected line.
  guard validRoster.contains(old) else { return "fixture does not contain \(old)" }
  return validRoster.replacingOccurrences(of: old, with: new)
}

/// Malformed rosters and the exact line each must fail with.
let malformedRosters: [Malformed] = [
  Malformed(
    replacing("owners: [Cy]", with: "owner: [Cy]"),
    "roster.yaml:20:5: error: unknown key 'owner' in group 'Beta' (did you mean 'owners'?)"
  ),
  Malformed(
    replacing("  web: Ops\n", with: "  web: Ops\n  colour: blue\n"),
    "roster.yaml:4:3: error: unknown key 'colour' in 'meeting' (valid keys: title, web, parent, "
      + "author, weekday, topic, archive, templates, attendees, blank, stale-after, site, months)"
  ),
  Malformed(
    replacing("  weekday: Wednesday\n", with: "  weekday: Wednesday\n  stale_after: 3\n"),
    "roster.yaml:7:3: error: unknown key 'stale_after' in 'meeting' (did you mean 'stale-after'?)"
  ),
  Malformed(
    replacing("owners: [Cy]", with: "owners: [Cy]\n    owners: [Di]"),
    "roster.yaml:21:5: error: duplicate key 'owners' (first at line 20)"
  ),
  Malformed(
    replacing("- name: Beta", with: "- name: ALPHA"),
    "roster.yaml:19:11: error: duplicate group 'ALPHA' (first at line 9)"
  ),
  Malformed(
    replacing("owners: [Cy]", with: "owners: []"),
    "roster.yaml:20:13: error: group 'Beta' has no owners (list who reports for it, e.g. [Burt])"
  ),
  Malformed(
    replacing("owners: [Cy]", with: "owners: 42"),
    "roster.yaml:20:13: error: expected a list of owners, found a number (write [42])"
  ),
  Malformed(
    replacing("    owners: [Cy]\n", with: ""),
    "roster.yaml:19:5: error: missing key 'owners' in group 'Beta' "
      + "(who reports for the group, e.g. 'owners: [Burt]')"
  ),
  Malformed(
    replacing("  author: AdaLovelace\n", with: ""),
    "roster.yaml:1:1: error: missing key 'author' in 'meeting' (the WikiName of the coordinator)"
  ),
  Malformed(
    replacing("weekday: Wednesday", with: "weekday: Wendesday"),
    "roster.yaml:6:12: error: unknown weekday 'Wendesday' (did you mean 'Wednesday'? valid: "
      + "Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday)"
  ),
  Malformed(
    replacing("weekday: Wednesday", with: "weekday: Someday"),
    "roster.yaml:6:12: error: unknown weekday 'Someday' (valid: "
      + "Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday)"
  ),
  Malformed(
    replacing("\"$mon$d,$yearOpsMeeting\"", with: "OpsMeeting"),
    "roster.yaml:7:10: error: topic pattern 'OpsMeeting' has no date token (use $day $d $month "
      + "$mon $monthname $mo $year); every meeting would get the same topic name"
  ),
  Malformed(
    replacing("\"$mon$d,$yearOpsMeeting\"", with: "\"$mon,$yearOpsMeeting\""),
    "roster.yaml:7:10: error: topic pattern '$mon,$yearOpsMeeting' has no day token ($day or $d); "
      + "meetings would share topic names"
  ),
  Malformed(
    replacing("\"$mon$d,$yearOpsMeeting\"", with: "\"$mon$dd,$yaerOpsMeeting\""),
    "roster.yaml:7:10: error: unknown token '$yaerOpsMeeting' in topic pattern "
      + "(tokens: $day $d $month $mon $monthname $mo $year)"
  ),
  Malformed(
    replacing("template: alpha", with: "template: ../../etc/passwd"),
    "roster.yaml:11:15: error: template '../../etc/passwd' would leave the templates folder "
      + "(use a plain name like 'ligo' for templates/sections/ligo.twiki)"
  ),
  Malformed(
    replacing("template: alpha", with: "template: /etc/passwd"),
    "roster.yaml:11:15: error: template '/etc/passwd' would leave the templates folder "
      + "(use a plain name like 'ligo' for templates/sections/ligo.twiki)"
  ),
  Malformed(
    replacing("template: alpha", with: "template: alpha.twiki"),
    "roster.yaml:11:15: error: write the template name without '.twiki' ('alpha')"
  ),
  Malformed(
    replacing("- name: jobs", with: "- name: \"\""),
    "roster.yaml:13:15: error: expected a stat name, found an empty string"
  ),
  Malformed(
    replacing(
      "        check: [\"jobs = ok + failed\", \"rate = 100 * ok / jobs\"]\n",
      with: "      - name: JOBS\n        shape: \"{n} more\"\n"),
    "roster.yaml:15:15: error: duplicate stat 'JOBS' in group 'Alpha' (first at line 13)"
  ),
  Malformed(
    replacing("\"{jobs} jobs total ({ok} / {failed} = {rate}% success)\"", with: "\"jobs {\""),
    "roster.yaml:14:16: error: unclosed '{' in stat shape 'jobs {'"
  ),
  Malformed(
    replacing("check: [\"jobs = ok + failed\", ", with: "check: [\"\", "),
    "roster.yaml:15:17: error: expected an equation, found an empty string"
  ),
  Malformed(
    replacing("\"jobs = ok + failed\"", with: "\"jobs = ok + faild\""),
    "roster.yaml:15:30: error: unknown slot 'faild' in check 'jobs = ok + faild' at column 13 "
      + "(did you mean 'failed'?)"
  ),
  Malformed(
    replacing("\"rate = 100 * ok / jobs\"", with: "\"rate = 100 * ok /\""),
    "roster.yaml:15:57: error: syntax error in check 'rate = 100 * ok /' at column 18: "
      + "expected a number, a slot name or '(', found the end"
  ),
  Malformed(
    replacing(
      "check: [\"jobs = ok + failed\", \"rate = 100 * ok / jobs\"]",
      with: "check: jobs == ok + failed"),
    "roster.yaml:15:22: error: syntax error in check 'jobs == ok + failed' at column 7: "
      + "expected a number, a slot name or '(', found '='"
  ),
  Malformed(
    validRoster + "lint:\n  severity: {placeholdr: off}\n",
    "roster.yaml:22:14: error: unknown lint rule 'placeholdr' (did you mean 'placeholder'?)"
  ),
  Malformed(
    validRoster + "lint:\n  severity:\n    no-such-check: off\n",
    "roster.yaml:23:5: error: unknown lint rule 'no-such-check' "
      + "(run 'minutes rules' for the list)"
  ),
  Malformed(
    validRoster + "carry:\n  sections: []\n",
    "roster.yaml:22:13: error: carry.sections needs at least one section title; "
      + "open items and actions go there"
  ),
  Malformed(
    replacing("\"$mon$d,$yearOpsMeeting\"", with: "\"$mon$dya,$yearOpsMeeting\""),
    "roster.yaml:7:10: error: unknown token '$dya' in topic pattern (did you mean '$day'?)"
  ),
  Malformed(
    replacing("  topic:", with: "  stale-after: 0\n  topic:"),
    "roster.yaml:7:16: error: expected a positive whole number of weeks, found '0'"
  ),
  Malformed(
    replacing("  topic:", with: "  stale-after: [4]\n  topic:"),
    "roster.yaml:7:16: error: expected a positive whole number of weeks, found a list"
  ),
  Malformed(
    validRoster + "lint:\n  severity: {placeholder: warn}\n",
    "roster.yaml:22:27: error: unknown severity 'warn' for 'placeholder' "
      + "(did you mean 'warning'? use error, warning or off)"
  ),
  Malformed(
    validRoster + "carry:\n  mode: some\n",
    "roster.yaml:22:9: error: unknown carry mode 'some' (use all or actions)"
  ),
  Malformed(
    replacing("author: AdaLovelace", with: "author: ada lovelace"),
    "roster.yaml:5:11: error: 'ada lovelace' is not a WikiName "
      + "(did you mean 'AdaLovelace'? capitalised words run together, like DanFraser)"
  ),
  Malformed(
    replacing("  web: Ops", with: "  web Ops"),
    "roster.yaml:3:3: error: yaml syntax error: could not find expected ':' after this key "
      + "(write 'key: value')"
  ),
  Malformed(
    replacing("    owners: [Cy]", with: "\towners: [Cy]"),
    "roster.yaml:20:1: error: yaml syntax error: found a tab character that violates "
      + "indentation; indent with spaces, not tabs"
  ),
  Malformed(
    replacing("owners: [Cy]", with: "owners: [Cy"),
    "roster.yaml:21:1: error: yaml syntax error: did not find expected ',' or ']' "
      + "(while parsing a flow sequence at line 20, column 13)"
  ),
  Malformed(
    "groups: []\n",
    "roster.yaml:1:1: error: missing key 'meeting' "
      + "(the meeting's title, web, parent, author, weekday and topic)"
  ),
  Malformed(
    validRoster.components(separatedBy: "groups:")[0] + "groups: 7\n",
    "roster.yaml:8:9: error: expected a list of groups, found a number"
  ),
  Malformed(
    "",
    "roster.yaml:1:1: error: the roster is empty (it needs a 'meeting:' section and a list of 'groups:')"
  ),
  Malformed(
    validRoster + "---\nmeeting: {}\n",
    "roster.yaml:21:1: error: the roster holds a second YAML document here "
      + "(a roster is one document: remove the '---')"
  ),
  Malformed(
    String(repeating: "[", count: 1200) + String(repeating: "]", count: 1200),
    "roster.yaml:1:1: error: the roster nests deeper than 1000 levels"
  ),
  Malformed(
    "- just\n- a list\n",
    "roster.yaml:1:1: error: expected a roster with 'meeting:' and 'groups:' sections, found a list"
  ),
  Malformed(
    replacing("  title: Example Meeting", with: "  title: Ex\u{E9}mple M\u{E9}eting\n  tilte: x"),
    "roster.yaml:3:3: error: unknown key 'tilte' in 'meeting' (did you mean 'title'?)"
  ),
  Malformed(
    replacing("Bo, wiki: BoBaker}", with: "Bo, wiki: BoBaker} , \u{E9}\u{E9}: x]"),
    "roster.yaml:10:55: error: yaml syntax error: did not find expected key "
      + "(while parsing a block mapping at line 9, column 5)"
  ),
]

struct Malformed: Sendable, CustomTestStringConvertible {
  var yaml: String
  var expected: String
  init(_ yaml: String, _ expected: String) {
    self.yaml = yaml
    self.expected = expected
  }
  var testDescription: String { expected }
}

@Suite struct RosterLoaderTests {
  @Test func loadsEveryField() throws {
    let roster = try load(validRoster, path: "meetings/ops/roster.yaml")
    #expect(roster.path == "meetings/ops/roster.yaml")
    #expect(roster.meeting.title == "Example Meeting")
    #expect(roster.meeting.web == "Ops")
    #expect(roster.meeting.parent == "WeeklyOpsMeetings")
    #expect(roster.meeting.author == "AdaLovelace")
    #expect(roster.meeting.weekday == .wednesday)
    #expect(roster.meeting.topicPattern.pattern == "$mon$d,$yearOpsMeeting")
    #expect(roster.meeting.archive == "meetings/ops/minutes")
    #expect(roster.meeting.templates == "meetings/ops/templates")
    #expect(roster.meeting.attendees == [])
    #expect(roster.meeting.blank == "?")
    #expect(roster.meeting.staleAfterWeeks == 4)
    #expect(roster.carry == CarryRules())
    #expect(roster.lint == LintSettings())
    #expect(roster.groups.map(\.name) == ["Alpha", "Beta"])
    let alpha = try #require(roster.group(named: " alpha "))
    #expect(alpha.owners == [Owner(name: "Ann"), Owner(name: "Bo", wiki: "BoBaker")])
    #expect(alpha.ownerList == "Ann, Bo")
    #expect(alpha.template == "alpha")
    #expect(alpha.location == SourceLocation(file: "meetings/ops/roster.yaml", line: 9, column: 5))
    #expect(alpha.templateLocation?.line == 11)
    #expect(alpha.stats.count == 1)
    #expect(alpha.stats[0].name == "jobs")
    #expect(alpha.stats[0].checks == ["jobs = ok + failed", "rate = 100 * ok / jobs"])
    #expect(alpha.stats[0].shapeLocation?.line == 14)
    #expect(alpha.stats[0].checkLocations.map(\.line) == [15, 15])
    #expect(alpha.rollovers == [Rollover(from: "This week", to: "Last week")])
    #expect(roster.sectionTemplatePath(for: alpha) == "meetings/ops/templates/sections/alpha.twiki")
    #expect(roster.group(named: "Beta")?.template == nil)
  }

  @Test func readsOptionalSections() throws {
    let yaml =
      validRoster.replacingOccurrences(
        of: "  topic: \"$mon$d,$yearOpsMeeting\"\n",
        with: """
            topic: "$mon$d,$yearOpsMeeting"
            archive: /srv/minutes
            templates: ../shared-templates
            attendees: [Dee, "Ed F."]
            blank: "..."
            stale-after: 6

          """)
        + """
        carry:
          sections: [Actions, {name: Announcements, mode: all}]
          labels: [{name: "Issues:", mode: all}, Blockers]
          done-marks: [DONE]
          mode: actions
          action-markers: ["TODO:"]
        lint:
          severity: {empty-bullet: warning, placeholder: off, missing-stat: error}

        """
    let roster = try load(yaml, path: "ops/roster.yaml")
    #expect(roster.meeting.archive == "/srv/minutes")
    #expect(roster.meeting.templates == "ops/../shared-templates")
    #expect(roster.meeting.attendees == ["Dee", "Ed F."])
    #expect(roster.meeting.blank == "...")
    #expect(roster.meeting.staleAfterWeeks == 6)
    #expect(
      roster.carry
        == CarryRules(
          sections: ["Actions", "Announcements"], labels: ["Issues:", "Blockers"],
          doneMarks: ["DONE"], mode: .actions, modes: ["announcements": .all, "issues": .all],
          actionMarkers: ["TODO:"]))
    #expect(roster.carry.mode(of: "Issues") == .all)
    #expect(roster.carry.mode(of: "Blockers") == .actions)
    #expect(
      roster.lint.severities == [
        "empty-bullet": .warning, "placeholder": .off, "missing-stat": .error,
      ])
  }

  @Test func aBareFileNameKeepsFoldersRelative() throws {
    let roster = try load(validRoster, path: "roster.yaml")
    #expect(roster.meeting.archive == "minutes")
    #expect(roster.meeting.templates == "templates")
  }

  @Test func aSingleCheckMayBeAString() throws {
    let roster = try load(
      replacing(
        "check: [\"jobs = ok + failed\", \"rate = 100 * ok / jobs\"]",
        with: "check: jobs = ok + failed"))
    #expect(roster.groups[0].stats[0].checks == ["jobs = ok + failed"])
  }

  @Test func checksAreParsedOnceAgainstTheShape() throws {
    let roster = try load(validRoster)
    let stat = roster.groups[0].stats[0]
    #expect(stat.equations.map(\.source) == ["jobs = ok + failed", "rate = 100 * ok / jobs"])
    #expect(
      stat.equations.map(\.slotNames) == [["jobs", "ok", "failed"], ["rate", "ok", "jobs"]])
    let checks = ["jobs = ok + failed", "jobs = nope"]
    let declared = StatDeclaration(name: "jobs", shape: stat.shape, checks: checks)
    #expect(declared.equations.map(\.source) == ["jobs = ok + failed"])
    let other = StatDeclaration(
      name: "jobs", shape: "{jobs} jobs, {ok} ok, {nope} not", checks: checks)
    #expect(other.equations.map(\.source) == ["jobs = nope"])
    #expect(other.checks == checks)
  }

  @Test(arguments: malformedRosters)
  func rejectsMalformedRosters(_ malformed: Malformed) {
    #expect(failure(malformed.yaml) == malformed.expected)
  }

  @Test func columnsCountUTF8Bytes() {
    // 'é' is two bytes: the unknown key after "  é: " sits at byte column 3 of
    // line 3 either way, but the weekday value after a two-byte character moves.
    let yaml = replacing("weekday: Wednesday", with: "weekday: \"\u{E9}\"")
    #expect(failure(yaml)?.hasPrefix("roster.yaml:6:12: error: unknown weekday '\u{E9}'") == true)
    let shifted = replacing(
      "  title: Example Meeting", with: "  title: \u{E9}\u{E9}\n  x: [\u{E9}, 1]")
    #expect(failure(shifted)?.hasPrefix("roster.yaml:3:3: error: unknown key 'x'") == true)
    let inFlow = replacing("owners: [Cy]", with: "owners: [\u{E9}\u{E9}, [1]]")
    #expect(
      failure(inFlow)
        == "roster.yaml:20:20: error: expected an owner's name or {name: ..., wiki: ...}, found a list"
    )
  }

  @Test func rejectsAnAliasBombByItsNodeBudget() {
    var lines = ["bomb0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in 1...9 {
      let aliases = Array(repeating: "*b\(level - 1)", count: 9).joined(separator: ", ")
      lines.append("bomb\(level): &b\(level) [\(aliases)]")
    }
    let failure = failure(validRoster + lines.joined(separator: "\n") + "\n")
    #expect(
      failure
        == "roster.yaml:26:1: error: 'bomb5' holds more than 100000 YAML nodes once aliases are "
        + "expanded (an alias bomb?); a roster is a few kilobytes")
  }

  @Test func rejectsAliasesToLongTextByItsTextBudget() {
    let long = String(repeating: "x", count: 200_000)
    let aliases = Array(repeating: "*t", count: 50).joined(separator: ", ")
    let yaml = "text: &t \"\(long)\"\nmany: [\(aliases)]\n"
    #expect(
      failure(yaml)
        == "roster.yaml:2:1: error: 'many' holds more than 8 MiB of text once aliases are expanded "
        + "(an alias bomb?); a roster is a few kilobytes")
  }

  @Test func rejectsAliasesAsKeysBeforeYamsHashesThem() {
    // Yams hashes every key to find duplicates: an alias to a nested structure
    // used as a key would hash the whole expansion before any budget applies.
    let yaml = "a: &a [x, [y, z]]\nb:\n  ? *a\n  : 1\n"
    #expect(
      failure(yaml)
        == "roster.yaml:3:3: error: a list, mapping or '?' key cannot be combined with aliases in a "
        + "roster (keys are plain names like 'owners')")
    #expect(
      failure("a: &a [x]\n*a : 1\n")
        == "roster.yaml:2:1: error: an alias cannot be a key in a roster (keys are plain names like 'owners')"
    )
  }

  @Test func aliasesInValuesAreFine() throws {
    let yaml =
      validRoster.replacingOccurrences(of: "owners: [Cy]", with: "owners: &both [Cy, Di]")
      + "  - name: Gamma\n    owners: *both\n"
    let roster = try load(yaml)
    #expect(roster.group(named: "Gamma")?.owners.map(\.name) == ["Cy", "Di"])
  }

  @Test func rejectsTextOverOneMiB() {
    let yaml = validRoster + String(repeating: "# padding\n", count: 110_000)
    #expect(failure(yaml)?.hasPrefix("roster.yaml:1:1: error: the roster is 1") == true)
    #expect(failure(yaml)?.hasSuffix("bytes, more than the limit of 1 MiB") == true)
  }

  @Test func suggestsCloseNames() {
    #expect(Suggestion.closest(to: "owner", in: ["name", "owners"]) == "owners")
    #expect(Suggestion.closest(to: "Stale_After", in: ["stale-after"]) == "stale-after")
    #expect(Suggestion.closest(to: "warn", in: ["error", "warning", "off"]) == "warning")
    #expect(Suggestion.closest(to: "colour", in: ["title", "web"]) == nil)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    #expect(Suggestion.editDistance("tilte", "title") == 1)
  }
}

@Suite struct RosterFileTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-roster-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func loadsAFileAndNamesItInMessages() throws {
    let root = try folder()
    let path = root.appendingPathComponent("roster.yaml").path
    try Data(validRoster.utf8).write(to: URL(fileURLWithPath: path))
    let roster = try RosterLoader.load(path: path)
    #expect(roster.path == path)
    #expect(roster.meeting.archive == root.path + "/minutes")
    try Data(validRoster.replacingOccurrences(of: "owners: [Cy]", with: "owners: []").utf8)
      .write(to: URL(fileURLWithPath: path))
    #expect(throws: MinutesError.self) { try RosterLoader.load(path: path) }
    do {
      _ = try RosterLoader.load(path: path)
    } catch {
      #expect(error.location == SourceLocation(file: path, line: 20, column: 13))
    }
  }

  @Test func rejectsALargeFileBeforeReadingIt() throws {
    let path = try folder().appendingPathComponent("roster.yaml").path
    try Data(repeating: UInt8(ascii: "#"), count: RosterLoader.maxBytes + 1)
      .write(to: URL(fileURLWithPath: path))
    #expect {
      try RosterLoader.load(path: path)
    } throws: { error in
      (error as? MinutesError)?.description
        == "\(path):1:1: error: the roster is 1048577 bytes, more than the limit of 1 MiB"
    }
  }

  @Test func rejectsBytesThatAreNotUTF8() throws {
    let path = try folder().appendingPathComponent("roster.yaml").path
    try Data(Array("meeting:\n  title: A\u{FF}".utf8).map { $0 == 0xC3 ? 0xFF : $0 })
      .write(to: URL(fileURLWithPath: path))
    #expect {
      try RosterLoader.load(path: path)
    } throws: { error in
      let error = error as? MinutesError
      return error?.location == SourceLocation(file: path, line: 2, column: 11)
        && error?.message.hasPrefix("the roster is not UTF-8 text") == true
    }
  }

  @Test func locateUsesTheExplicitPath() throws {
    let root = try folder()
    let path = root.appendingPathComponent("other.yaml").path
    try Data(validRoster.utf8).write(to: URL(fileURLWithPath: path))
    #expect(try RosterLoader.locate(explicit: path, from: "/") == path)
    #expect {
      try RosterLoader.locate(explicit: root.path + "/missing.yaml", from: root.path)
    } throws: { error in
      (error as? MinutesError)?.message
        == "\(root.path)/missing.yaml: no such file (the roster given with --roster)"
    }
  }

  @Test func locateFindsTheNearestRosterAbove() throws {
    let root = try folder()
    let deep = root.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    try Data(validRoster.utf8).write(to: root.appendingPathComponent("roster.yaml"))
    #expect(try RosterLoader.locate(explicit: nil, from: root.path) == root.path + "/roster.yaml")
    #expect(
      try RosterLoader.locate(explicit: nil, from: deep.path)
        == root.standardizedFileURL.path + "/roster.yaml")
    // A nearer roster wins.
    try Data(validRoster.utf8).write(to: root.appendingPathComponent("a/roster.yaml"))
    #expect(
      try RosterLoader.locate(explicit: nil, from: deep.path)
        == root.standardizedFileURL.path + "/a/roster.yaml")
  }

  @Test func locateExplainsWhenThereIsNoRoster() throws {
    let root = try folder()
    // The temporary folder's parents have no roster.yaml on a build machine;
    // if one did, this test would find it, so only check when none is found.
    do {
      let found = try RosterLoader.locate(explicit: nil, from: root.path)
      #expect(!found.hasPrefix(root.path))
    } catch {
      #expect(error.location == nil)
      #expect(
        error.message.hasPrefix(
          "no roster.yaml in \(root.standardizedFileURL.path) or any folder above it"))
      #expect(error.message.hasSuffix("(pass --roster PATH, or run 'minutes init' to start one)"))
    }
  }
}

@Suite struct RosterSiteTests {
  static let base = """
    meeting:
      title: T
      web: Production
      parent: Weekly
      author: DanFraser
      weekday: Tuesday
      topic: "$mon$d,$yearMeeting"
      site: SITE
    groups:
      - name: CMS
        owners: [Burt]
    """

  @Test func readsTheSiteWithoutATrailingSlash() throws {
    let yaml = Self.base.replacingOccurrences(
      of: "SITE", with: "https://twiki.example.org/bin/view/")
    let roster = try RosterLoader.load(yaml: yaml, path: "roster.yaml")
    #expect(roster.meeting.site == "https://twiki.example.org/bin/view")
  }

  @Test func rejectsASiteThatIsNoURL() {
    let yaml = Self.base.replacingOccurrences(of: "SITE", with: "twiki.example.org")
    #expect(
      throws: MinutesError(
        "expected the TWiki view URL starting with https:// (like "
          + "'https://twiki.example.org/bin/view'), found 'twiki.example.org'",
        at: SourceLocation(file: "roster.yaml", line: 8, column: 9))
    ) {
      try RosterLoader.load(yaml: yaml, path: "roster.yaml")
    }
  }
}
