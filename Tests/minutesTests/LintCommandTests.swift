import Foundation
import MinutesKit
import Testing

/// `minutes lint` and `minutes rules` end to end: outputs, modes and exit codes.
@Suite struct LintCommandTests {
  let newest = "minutes/Mar22,2011ProductionMeeting.txt"
  let clean = "minutes/Mar15,2011ProductionMeeting.txt"

  /// A copy of `Fixtures/lint`: roster.yaml and an archive of two topics.
  func workspace() throws -> URL { try copyOfFixture("lint") }

  @Test func findingsAtErrorLevelExitOneWithCompilerStyleLinesAndASummary() throws {
    let result = try runMinutes(["lint", newest], in: try workspace())
    #expect(result.exitCode == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first == "\(newest):5:4: warning: empty bullet [empty-bullet]")
    #expect(
      lines.contains(
        "\(newest):39:7: error: no space after '*' (TWiki shows it as text; write '* ') [list-indent]"
      ))
    #expect(result.stderr == "2 errors and 10 warnings in 1 file\n")
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test func dateSetsTheMeetingDayOfATopicWithoutADateInItsName() throws {
    let folder = try workspace()
    let draft = "---++ Action/Significant Items:\n   * Pakiti rollout (open since 15 Feb 2011)\n"
    let stale = { (result: RunResult) in
      result.stdout.split(separator: "\n").filter { $0.hasSuffix("[stale-item]") }
    }
    // SOURCE_DATE_EPOCH makes today 22 Mar 2011 in these tests.
    let today = try runMinutes(["lint", "-"], in: folder, input: draft)
    #expect(stale(today).first?.contains("5 weeks before this meeting") == true)
    let june = try runMinutes(["lint", "--date", "2011-06-01", "-"], in: folder, input: draft)
    #expect(stale(june).first?.contains("15 weeks before this meeting") == true)
    let named = try runMinutes(["lint", "--date", "2011-06-01", newest], in: folder)
    #expect(named.stdout == (try runMinutes(["lint", newest], in: folder)).stdout)
    let bad = try runMinutes(["lint", "--date", "2011-13-01", "-"], in: folder, input: draft)
    #expect(bad.exitCode == 2)
    #expect(
      bad.stderr
        == "minutes: error: bad --date '2011-13-01' (expected a day as YYYY-MM-DD, e.g. 2011-03-22)\n"
    )
  }

  /// Lint keeps no cache; `--no-cache` is still accepted (scripts and hooks
  /// pass it), changes nothing and says so in the help.
  @Test(arguments: ["text", "json", "github", "sarif"])
  func noCacheIsAcceptedAndChangesNothing(format: String) throws {
    let folder = try workspace()
    let plain = try runMinutes(["lint", "--format", format, "minutes"], in: folder)
    let flagged = try runMinutes(["lint", "--no-cache", "--format", format, "minutes"], in: folder)
    #expect(plain.exitCode == 1)
    #expect(flagged.exitCode == plain.exitCode)
    #expect(flagged.stdout == plain.stdout)
    #expect(flagged.stderr == plain.stderr)
    #expect(!plain.stdout.isEmpty)
    let help = try runMinutes(["lint", "--help"], in: folder)
    #expect(help.stdout.contains("Accepted for compatibility; lint keeps no cache."))
  }

  @Test func aCleanTopicExitsZeroAndSaysSo() throws {
    let result = try runMinutes(["lint", clean], in: try workspace())
    #expect(result.exitCode == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "no problems in 1 file\n")
  }

  @Test func warningsPassUnlessStrict() throws {
    let folder = try workspace()
    // In group mode gaps are errors unless the roster lets them through.
    let roster = folder.appendingPathComponent("roster.yaml")
    try (try String(contentsOf: roster, encoding: .utf8) + "lint:\n  submission-gaps: warning\n")
      .write(to: roster, atomically: true, encoding: .utf8)
    let result = try runMinutes(["lint", "--group", "Atlas", newest], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout
        == "\(newest):18:7: warning: nothing under 'Production status' (write the report there, "
        + "or remove both lines) [empty-bullet]\n")
    let strict = try runMinutes(["lint", "--strict", "--group", "Atlas", newest], in: folder)
    #expect(strict.exitCode == 1)
  }

  @Test func groupModeChecksOneSectionOnly() throws {
    let result = try runMinutes(["lint", "--group", "ligo", newest], in: try workspace())
    #expect(result.exitCode == 1)
    let rules = result.stdout.split(separator: "\n").map { $0.split(separator: " ").last! }
    #expect(
      rules == [
        "[stat-mismatch]", "[blank-stat]", "[empty-bullet]", "[blank-stat]",
      ])
  }

  @Test func groupModeChecksASectionFileWithoutItsHeadingAsSubmitTakesIt() throws {
    let folder = try workspace()
    try "   * Detector: cosmic runs\n   * 402 khour/day, 88% success\n   * \n".write(
      to: folder.appendingPathComponent("cms.txt"), atomically: true, encoding: .utf8)
    let result = try runMinutes(["lint", "--group", "CMS", "cms.txt"], in: folder)
    #expect(result.exitCode == 1)
    #expect(result.stdout == "cms.txt:3:4: error: empty bullet [empty-bullet]\n")
    try "   * Detector: cosmic runs\n".write(
      to: folder.appendingPathComponent("cms.txt"), atomically: true, encoding: .utf8)
    let missing = try runMinutes(["lint", "--group", "CMS", "cms.txt"], in: folder)
    #expect(missing.stdout.contains("[missing-stat]"))
    #expect(!missing.stdout.contains("[missing-section]"))
  }

  @Test func anUnknownGroupIsAUsageErrorWithASuggestion() throws {
    let result = try runMinutes(["lint", "--group", "Engag", newest], in: try workspace())
    #expect(result.exitCode == 2)
    #expect(result.stderr == "minutes: error: unknown group 'Engag' (did you mean 'Engage'?)\n")
  }

  @Test func finalWantsTheAttendeesAndEveryReport() throws {
    let folder = try workspace()
    let before = try runMinutes(["lint", newest], in: folder)
    #expect(!before.stdout.contains(":9:6:"))
    let result = try runMinutes(["lint", "--final", newest], in: folder)
    #expect(result.exitCode == 1)
    #expect(
      result.stdout.contains(
        "\(newest):9:6: error: placeholder '(to be updated after the meeting)' left in "
          + "(list who attended) [placeholder]"))
    #expect(result.stdout.contains("\(newest):41:7: error: no report in section 'Engage'"))
  }

  @Test func foldersMeanEveryTopicInsideAndNoPathMeansTheNewestTopic() throws {
    let folder = try workspace()
    let all = try runMinutes(["lint", "minutes"], in: folder)
    #expect(all.stderr == "2 errors and 10 warnings in 2 files\n")
    let newestOnly = try runMinutes(["lint"], in: folder)
    #expect(newestOnly.stderr == "2 errors and 10 warnings in 1 file\n")
    #expect(newestOnly.stdout.hasPrefix("minutes/Mar22,2011ProductionMeeting.txt:5:4: warning: "))
  }

  @Test func noPathFindsTheArchiveBesideARosterInAnotherFolder() throws {
    let folder = try workspace()
    let parent = folder.deletingLastPathComponent()
    let result = try runMinutes(
      ["lint", "--roster", "\(folder.lastPathComponent)/roster.yaml"], in: parent)
    #expect(result.stderr == "2 errors and 10 warnings in 1 file\n")
    #expect(
      result.stdout.hasPrefix(
        "\(folder.lastPathComponent)/minutes/Mar22,2011ProductionMeeting.txt:5:4: warning: "))
  }

  @Test func anUnusableSourceDateEpochIsAnError() throws {
    let folder = try workspace()
    let result = try runMinutes(
      ["lint", clean], in: folder, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 "
        + "(got 'yesterday')\n")
  }

  @Test func aTopicNamedTwiceIsCheckedOnce() throws {
    let folder = try workspace()
    let result = try runMinutes(["lint", newest, "minutes", "./\(newest)"], in: folder)
    #expect(result.stderr == "2 errors and 10 warnings in 2 files\n")
  }

  @Test func standardInputIsNamedStdin() throws {
    let folder = try workspace()
    let topic = try String(
      contentsOf: folder.appendingPathComponent(newest), encoding: .utf8)
    let result = try runMinutes(["lint", "--format", "github", "-"], in: folder, input: topic)
    #expect(result.exitCode == 1)
    #expect(
      result.stdout.hasPrefix(
        "::warning file=<stdin>,line=5,col=4,title=empty-bullet::empty bullet\n"))
    #expect(result.stderr.isEmpty)
  }

  @Test func invalidUTF8IsAnEncodingFindingNotACrash() throws {
    let folder = try workspace()
    var bytes = Array(
      "%META:TOPICINFO{author=\"DanFraser\" date=\"1\" format=\"1.1\" version=\"1.1\"}%\n".utf8)
    bytes +=
      Array("---++ CMS (Burt)\n   * caf".utf8) + [0xE9]
      + Array(" at 341 khour/day, 91% success\n".utf8)
    try Data(bytes).write(to: folder.appendingPathComponent("latin1.txt"))
    let result = try runMinutes(["lint", "--group", "CMS", "latin1.txt"], in: folder)
    #expect(result.exitCode == 1)
    #expect(
      result.stdout
        == "latin1.txt:3:9: error: invalid UTF-8 at byte offset 98 (save the topic as UTF-8) [encoding]\n"
    )
  }

  @Test func jsonAndSarifAreDocuments() throws {
    let folder = try workspace()
    let json = try runMinutes(["lint", "--format", "json", newest], in: folder)
    #expect(json.exitCode == 1)
    let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((document?["findings"] as? [Any])?.count == 12)
    let sarif = try runMinutes(["lint", "--format", "sarif", newest], in: folder)
    let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
    #expect(log?["version"] as? String == "2.1.0")
    #expect(sarif.stderr.isEmpty)
  }

  @Test func missingFilesAndBadFormatsAreUsageErrors() throws {
    let folder = try workspace()
    let missing = try runMinutes(["lint", "nope.txt"], in: folder)
    #expect(missing.exitCode == 2)
    #expect(missing.stderr == "minutes: error: nope.txt: no such file or folder\n")
    let format = try runMinutes(["lint", "--format", "xml", newest], in: folder)
    #expect(format.exitCode == 2)
  }

  @Test func rosterSeveritiesApplyAndUnknownRulesArePointedAt() throws {
    let folder = try workspace()
    let roster = folder.appendingPathComponent("roster.yaml")
    var text = try String(contentsOf: roster, encoding: .utf8)
    text += "lint:\n  severity: {list-indent: warning, stat-mismatch: off}\n"
    try text.write(to: roster, atomically: true, encoding: .utf8)
    let relaxed = try runMinutes(["lint", newest], in: folder)
    #expect(relaxed.exitCode == 0)
    #expect(!relaxed.stdout.contains("[stat-mismatch]"))
    #expect(relaxed.stdout.contains("warning: no space after '*'"))

    try (text + "").replacingOccurrences(of: "stat-mismatch: off", with: "stat-mismatc: off")
      .write(to: roster, atomically: true, encoding: .utf8)
    let unknown = try runMinutes(["lint", newest], in: folder)
    #expect(unknown.exitCode == 2)
    #expect(
      unknown.stderr.contains("unknown lint rule 'stat-mismatc' (did you mean 'stat-mismatch'?)"))
    #expect(unknown.stderr.contains("roster.yaml:"))
  }

  @Test func rulesListsExplainsAndSuggests() throws {
    let list = try runMinutes(["rules"])
    #expect(list.exitCode == 0)
    #expect(list.stdout.contains("empty-bullet       warning  a bullet with nothing after '*'\n"))
    #expect(list.stdout.split(separator: "\n").count == Linter.allRules.count)
    let one = try runMinutes(["rules", "stat-mismatch"])
    #expect(one.exitCode == 0)
    #expect(one.stdout.hasPrefix("stat-mismatch (default severity: error)\n"))
    #expect(one.stdout.contains("1️⃣74785 jobs total"))
    #expect(one.stdout.contains("Not found here:"))
    let unknown = try runMinutes(["rules", "stat-mismatc"])
    #expect(unknown.exitCode == 2)
    #expect(
      unknown.stderr
        == "minutes: error: unknown rule 'stat-mismatc' (did you mean 'stat-mismatch'?)\n")
  }
}
