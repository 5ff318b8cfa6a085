import Foundation
import Testing

/// The repository's top folder: the shipped roster.yaml and templates/ live there.
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A meeting folder with the shipped roster and templates, and the given
/// archive topics (name -> text).
func makeMeetingFolder(archive: [String: String] = [:]) throws -> URL {
  let folder = try makeTemporaryFolder()
  for item in ["roster.yaml", "templates"] {
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent(item), to: folder.appendingPathComponent(item))
  }
  if !archive.isEmpty {
    let minutes = folder.appendingPathComponent("minutes")
    try FileManager.default.createDirectory(at: minutes, withIntermediateDirectories: true)
    for (name, text) in archive {
      try Data(text.utf8).write(to: minutes.appendingPathComponent(name))
    }
  }
  return folder
}

@Suite struct NewCommandTests {
  let topicFile = "minutes/Mar22,2011ProductionMeeting.txt"

  @Test func stdoutPrintsTheTopicAndWritesNothing() throws {
    let folder = try makeMeetingFolder()
    let before = try snapshot(of: folder)
    let result = try runMinutes(["new", "--date", "2011-03-22", "--stdout"], in: folder)
    #expect(result.exitCode == 0)
    #expect(result.stderr == "")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0]
        == "%META:TOPICINFO{author=\"DanFraser\" date=\"1300752000\" format=\"1.1\" version=\"1.1\"}%"
    )
    #expect(lines[1] == "%META:TOPICPARENT{name=\"WeeklyProductionMeetings\"}%")
    #expect(lines[2] == "-- Main.DanFraser - 22 Mar 2011")
    #expect(lines.contains("---++ LIGO (Britta, Robert E.)"))
    #expect(lines.contains("      * ? jobs total (? / ? = ?% success)"))
    #expect(try snapshot(of: folder) == before)
  }

  @Test func writesTheTopicIntoTheArchive() throws {
    let folder = try makeMeetingFolder()
    let printed = try runMinutes(["new", "--date", "2011-03-22", "--stdout"], in: folder)
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 0)
    #expect(result.stdout == "wrote \(topicFile)\n")
    let written = try String(
      contentsOf: folder.appendingPathComponent(topicFile), encoding: .utf8)
    #expect(written == printed.stdout)
  }

  @Test func withoutADateTakesTheMeetingDayAfterTheLatestTopic() throws {
    let folder = try makeMeetingFolder(archive: [
      "Mar8,2011ProductionMeeting.txt": "---++ Action/Significant Items:\n",
      "Mar15,2011ProductionMeeting.txt": "---++ Action/Significant Items:\n",
      "WeeklyProductionMeetings.txt": "index\n",
    ])
    let result = try runMinutes(["new", "--dry-run"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout
        == "would write: \(topicFile)\nprevious topic: minutes/Mar15,2011ProductionMeeting.txt (15 Mar 2011)\n"
        + "would carry:\nno open items\n"
        + "dry run, nothing written: nothing to roll over for LIGO: no 'Current week's total usage' "
        + "bullet in the previous topic\n"
    )
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(topicFile).path))
  }

  @Test func aMeetingPastTheYear9999IsRefusedNotWrittenUnreadable() throws {
    let folder = try makeMeetingFolder(archive: [
      "Dec28,9999ProductionMeeting.txt": "---++ Action/Significant Items:\n"
    ])
    let before = try snapshot(of: folder)
    let result = try runMinutes(["new"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: the next meeting would be on 04 Jan 10000, past the year 9999 that "
        + "topic names can hold (pass --date)\n")
    #expect(try snapshot(of: folder) == before)
  }

  @Test func refusesToReplaceAnExistingTopic() throws {
    let folder = try makeMeetingFolder(archive: [
      "Mar22,2011ProductionMeeting.txt": "already written by someone\n"
    ])
    let before = try snapshot(of: folder)
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr == "minutes: error: \(topicFile): already exists (use --force to replace it)\n")
    #expect(result.stdout == "")
    // The topic is untouched and no temporary file is left beside it.
    #expect(try snapshot(of: folder) == before)
  }

  @Test func forceReplacesTheTopic() throws {
    let folder = try makeMeetingFolder(archive: [
      "Mar22,2011ProductionMeeting.txt": "already written by someone\n"
    ])
    let result = try runMinutes(["new", "--date", "2011-03-22", "--force"], in: folder)
    #expect(result.exitCode == 0)
    let written = try String(contentsOf: folder.appendingPathComponent(topicFile), encoding: .utf8)
    #expect(written.hasPrefix("%META:TOPICINFO{author=\"DanFraser\" date=\"1300752000\""))
    let files = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("minutes").path)
    #expect(
      files.sorted() == ["Mar22,2011ProductionMeeting.txt", "Mar22,2011ProductionMeeting.txt.bak"])
    let backup = folder.appendingPathComponent(topicFile + ".bak")
    #expect(try String(contentsOf: backup, encoding: .utf8) == "already written by someone\n")
  }

  @Test func aDayThatDoesNotExistIsNamedSo() throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(["new", "--date", "2011-02-29", "--stdout"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: bad --date '2011-02-29': February 2011 has no day 29 (it has 28)\n")
  }

  @Test(arguments: ["22-03-2011", "2011-3-22", "next tuesday", "2011-13-01"])
  func aBadDateIsAUsageError(date: String) throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(["new", "--date", date, "--stdout"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: bad --date '\(date)' (expected a day as YYYY-MM-DD, e.g. 2011-03-22)\n")
    #expect(result.stdout == "")
  }

  @Test func aMissingTemplateNamesItsPath() throws {
    let folder = try makeMeetingFolder()
    try FileManager.default.removeItem(
      at: folder.appendingPathComponent("templates/sections/ligo.twiki"))
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasPrefix("roster.yaml:"))
    #expect(
      result.stderr.hasSuffix(
        ": error: templates/sections/ligo.twiki: template not found (the template of group 'LIGO')\n"
      ))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("minutes").path))
  }

  @Test func anUnknownTemplateVariableNamesItsPosition() throws {
    let folder = try makeMeetingFolder()
    let page = folder.appendingPathComponent("templates/page.twiki")
    var text = try String(contentsOf: page, encoding: .utf8)
    text = text.replacingOccurrences(of: "{{attendees}}", with: "{{atendees}}")
    try Data(text.utf8).write(to: page)
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr.hasPrefix(
        "templates/page.twiki:8:42: error: unknown template variable 'atendees' (known: attendees, author,"
      ))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("minutes").path))
  }

  @Test func aBadSourceDateEpochIsAnError() throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(
      ["new", "--date", "2011-03-22", "--stdout"], in: folder,
      environment: ["SOURCE_DATE_EPOCH": "soon"])
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("SOURCE_DATE_EPOCH must be a whole number"))
  }

  @Test func worksInAFolderWrittenByInit() throws {
    let folder = try makeTemporaryFolder()
    let result = try runMinutes(["init", "meeting"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout
        == "wrote meeting/roster.yaml\nwrote meeting/templates/page.twiki\n"
        + "wrote meeting/templates/sections/status.twiki\n")
    let meeting = folder.appendingPathComponent("meeting")
    let generated = try runMinutes(["new", "--date", "2011-03-21", "--stdout"], in: meeting)
    #expect(generated.exitCode == 0)
    #expect(generated.stderr == "")
    #expect(
      generated.stdout.contains(
        "---++ Operations (Sam, Kim)\n   * ? tickets opened, ? closed\n---+++ Done last week\n")
    )
    #expect(generated.stdout.contains("---++ Development (Lee)\n   * \n"))
  }
}

@Suite struct NewCommandGuardTests {
  @Test func aTopicOfTheSameDayUnderAnotherSpellingIsNotWrittenAgain() throws {
    let folder = try makeMeetingFolder(archive: [
      "DEcember1,2015ProductionMeeting.txt": "---++ Action/Significant Items:\n"
    ])
    let before = try snapshot(of: folder)
    let result = try runMinutes(["new", "--date", "2015-12-01"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: minutes/DEcember1,2015ProductionMeeting.txt: the archive already has "
        + "the topic of 01 Dec 2015 (use --force to write Dec1,2015ProductionMeeting.txt as well)\n"
    )
    #expect(try snapshot(of: folder) == before)
    let forced = try runMinutes(["new", "--date", "2015-12-01", "--force"], in: folder)
    #expect(forced.exitCode == 0)
  }

  @Test func aMissingPreviousTopicIsNamedAsMissing() throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(
      ["new", "--date", "2011-03-22", "--previous", "nope.txt", "--stdout"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr == "minutes: error: nope.txt: no such file (the topic given with --previous)\n")
  }

  @Test func aDryRunRefusesWhatTheRealRunWouldRefuse() throws {
    let folder = try makeMeetingFolder(archive: [
      "Mar15,2011ProductionMeeting.txt": "---++ Action/Significant Items:\n"
    ])
    let result = try runMinutes(["new", "--date", "2011-03-15", "--dry-run"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: minutes/Mar15,2011ProductionMeeting.txt: already exists "
        + "(use --force to replace it)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func aDayThatIsNotTheMeetingDayIsWrittenWithAWarning() throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(["new", "--date", "2011-03-24", "--stdout"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stderr.contains(
        "minutes: warning: 2011-03-24 is a Thursday; the roster's meeting day is Tuesday\n"))
  }
}
