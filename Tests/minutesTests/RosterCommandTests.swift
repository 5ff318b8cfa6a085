import Foundation
import Testing

@Suite struct RosterCommandTests {
  @Test func showsTheRosterAndExitsZero() throws {
    let folder = try copyOfFixture("Roster/valid")
    let result = try runMinutes(["roster"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout == """
        roster.yaml: Example Ops Meeting
          web:         Ops
          parent:      WeeklyOpsMeetings
          author:      AdaLovelace
          weekday:     Wednesday
          topic:       $mon$d,$yearOpsMeeting
          archive:     minutes
          templates:   templates
          attendees:   Dee
          blank:       ?
          stale-after: 4 weeks
          carry:       open items of 'Action/Significant Items'; done marks: DONE CLOSED %Y% <del>

        2 groups:
          Alpha (Ann, Bo)
            wiki: Bo = Main.BoBaker
            template: alpha (templates/sections/alpha.twiki)
            stat jobs: {jobs} jobs total ({ok} / {failed} = {rate}% success)
              check: jobs = ok + failed
              check: rate = 100 * ok / jobs
            rollover: "This week" -> "Last week"
          Beta (Cy)
            template: beta (templates/sections/beta.twiki, missing)

        lint: placeholder off

        """)
    #expect(
      result.stderr
        == "roster.yaml:23:15: warning: section template not found: templates/sections/beta.twiki\n"
    )
  }

  @Test func findsTheRosterInAParentFolder() throws {
    let folder = try copyOfFixture("Roster/valid")
    let result = try runMinutes(["roster"], in: folder.appendingPathComponent("sub"))
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("../roster.yaml: Example Ops Meeting\n"))
    // Folders in the roster are relative to the roster, not to where the command runs.
    #expect(result.stdout.contains("  archive:     ../minutes\n"))
    #expect(result.stdout.contains("template: alpha (../templates/sections/alpha.twiki)\n"))
  }

  @Test func printsJSONThatParses() throws {
    let folder = try copyOfFixture("Roster/valid")
    let result = try runMinutes(["roster", "--format", "json"], in: folder)
    #expect(result.exitCode == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    let json = try #require(object as? [String: Any])
    #expect(json["path"] as? String == "roster.yaml")
    let meeting = try #require(json["meeting"] as? [String: Any])
    #expect(meeting["weekday"] as? String == "Wednesday")
    #expect(meeting["topic"] as? String == "$mon$d,$yearOpsMeeting")
    #expect(meeting["staleAfterWeeks"] as? Int == 4)
    let groups = try #require(json["groups"] as? [[String: Any]])
    #expect(groups.map { $0["name"] as? String } == ["Alpha", "Beta"])
    let owners = try #require(groups[0]["owners"] as? [[String: Any]])
    #expect(owners.map { $0["name"] as? String } == ["Ann", "Bo"])
    #expect(owners[1]["wiki"] as? String == "BoBaker")
    let stats = try #require(groups[0]["stats"] as? [[String: Any]])
    #expect(stats[0]["skeleton"] as? String == "? jobs total (? / ? = ?% success)")
    #expect(stats[0]["slots"] as? [String] == ["jobs", "ok", "failed", "rate"])
    #expect(stats[0]["checks"] as? [String] == ["jobs = ok + failed", "rate = 100 * ok / jobs"])
    #expect(groups[0]["templateMissing"] as? Bool == false)
    #expect(groups[1]["templateMissing"] as? Bool == true)
    #expect((json["lint"] as? [String: String]) == ["placeholder": "off"])
  }

  @Test func aBadRosterExitsTwoWithItsPosition() throws {
    let folder = try copyOfFixture("Roster/invalid")
    let result = try runMinutes(["roster"], in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "roster.yaml:10:5: error: unknown key 'owner' in group 'Alpha' (did you mean 'owners'?)\n"
    )
  }

  /// Mistakes the roster loader catches, whatever command loads the roster.
  static let rosterMistakes: [(old: String, new: String, error: String)] = [
    (
      "{placeholder: off}", "{placeholdr: off}",
      "roster.yaml:25:14: error: unknown lint rule 'placeholdr' (did you mean 'placeholder'?)"
    ),
    (
      "  severity: {placeholder: off}\n",
      "  severity: {placeholder: off}\ncarry:\n  sections: []\n",
      "roster.yaml:27:13: error: carry.sections needs at least one section title; "
        + "open items and actions go there"
    ),
    (
      "\"jobs = ok + failed\"", "\"jobs = ok + faild\"",
      "roster.yaml:17:30: error: unknown slot 'faild' in check 'jobs = ok + faild' at column 13 "
        + "(did you mean 'failed'?)"
    ),
    (
      "$mon$d,$yearOpsMeeting", "$mon$dya,$yearOpsMeeting",
      "roster.yaml:8:10: error: unknown token '$dya' in topic pattern (did you mean '$day'?)"
    ),
  ]

  @Test(
    arguments: [["roster"], ["new", "--date", "2011-03-23"], ["history"]],
    0..<rosterMistakes.count)
  func everyCommandRejectsAMistakeInTheRoster(command: [String], mistake: Int) throws {
    let (old, new, error) = RosterCommandTests.rosterMistakes[mistake]
    let folder = try copyOfFixture("Roster/valid")
    let roster = folder.appendingPathComponent("roster.yaml")
    let text = try String(contentsOf: roster, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new)
      .write(to: roster, atomically: true, encoding: .utf8)
    let result = try runMinutes(command, in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr == error + "\n")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("minutes").path))
  }

  @Test func anExplicitRosterIsNamedAsGiven() throws {
    let folder = try copyOfFixture("Roster/invalid")
    let result = try runMinutes(
      ["roster", "--roster", "invalid/roster.yaml"], in: folder.deletingLastPathComponent())
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasPrefix("invalid/roster.yaml:10:5: error: unknown key 'owner'"))
  }

  @Test func aMissingRosterExitsTwo() throws {
    let folder = try makeTemporaryFolder()
    let result = try runMinutes(["roster", "--roster", "nowhere.yaml"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: nowhere.yaml: no such file (the roster given with --roster)\n")
  }

  @Test func anUnknownFormatIsAUsageError() throws {
    let folder = try copyOfFixture("Roster/valid")
    let result = try runMinutes(["roster", "--format", "xml"], in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasPrefix("minutes: error: "))
    #expect(result.stderr.contains("xml"))
  }

  @Test func helpShowsExamples() throws {
    let result = try runMinutes(["--help"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("minutes roster"))
    #expect(result.stdout.contains("roster "))
    let roster = try runMinutes(["roster", "--help"])
    #expect(roster.exitCode == 0)
    #expect(roster.stdout.contains("--roster <path>"))
    #expect(roster.stdout.contains("--format <format>"))
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func writesCompletionScripts(shell: String) throws {
    let result = try runMinutes(["--generate-completion-script", shell])
    #expect(result.exitCode == 0)
    #expect(result.stdout.contains("minutes"))
    #expect(result.stdout.contains("roster"))
    #expect(result.stdout.contains("format"))
  }
}
