import Foundation
import Testing

@Suite struct InitCommandTests {
  @Test func writesTheStarterFiles() throws {
    let folder = try makeTemporaryFolder()
    let result = try runMinutes(["init", "meeting"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout
        == "wrote meeting/roster.yaml\nwrote meeting/templates/page.twiki\n"
        + "wrote meeting/templates/sections/status.twiki\n")
    let roster = try String(
      contentsOf: folder.appendingPathComponent("meeting/roster.yaml"), encoding: .utf8)
    #expect(roster.contains("topic: \"$mon$d,$yearTeamMeeting\""))
    let page = try String(
      contentsOf: folder.appendingPathComponent("meeting/templates/page.twiki"), encoding: .utf8)
    #expect(page.hasPrefix("{{%CONTENT_TYPE: TEXT}}\n"))
    #expect(
      FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("meeting/templates/sections/status.twiki").path))
  }

  @Test func aFileInTheWayOfAFolderStopsItBeforeAnyFileIsWritten() throws {
    let folder = try makeTemporaryFolder()
    let templates = folder.appendingPathComponent("meeting/templates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    try "not a folder".write(
      to: templates.appendingPathComponent("sections"), atomically: true, encoding: .utf8)
    let result = try runMinutes(["init", "meeting"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: meeting/templates/sections: cannot create the folder: "
        + "meeting/templates/sections is a file\n")
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("meeting/roster.yaml").path))
    #expect(
      !FileManager.default.fileExists(atPath: templates.appendingPathComponent("page.twiki").path))
  }

  @Test func refusesWhenAnyStarterFileExistsAndWritesNothing() throws {
    let folder = try makeTemporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
    try Data("mine\n".utf8).write(to: folder.appendingPathComponent("templates/page.twiki"))
    let before = try snapshot(of: folder)
    let result = try runMinutes(["init"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: templates/page.twiki: already exists (nothing written; "
        + "remove it or choose another folder)\n")
    #expect(try snapshot(of: folder) == before)
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("templates/sections").path))
  }
}
