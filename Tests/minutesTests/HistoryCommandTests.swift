import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A copy of `Fixtures/History` (a roster and five meetings) to run in.
private func historyFolder() throws -> URL { try copyOfFixture("History") }

/// A week after the fixture's last meeting (2011-03-29): every meeting held.
private let afterTheMeetings = ["SOURCE_DATE_EPOCH": "1301961600"]

@Suite struct HistoryCommandTests {
  @Test(arguments: [("text", "history.text"), ("csv", "history.csv"), ("json", "history.json")])
  func printsTheTable(format: String, golden: String) throws {
    let result = try runMinutes(
      ["history", "--format", format], in: try historyFolder(), environment: afterTheMeetings)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(try matchesGolden(result.stdout, named: golden))
  }

  @Test func flagsTheGroupThatWentQuietAndExcusesTheAbsent() throws {
    let result = try runMinutes(["history"], in: try historyFolder(), environment: afterTheMeetings)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let outreach = try #require(lines.first { $0.hasPrefix("Outreach") })
    #expect(outreach.contains("! missed 4 in a row"))
    let network = try #require(lines.first { $0.hasPrefix("Network") })
    #expect(network.contains("away   away") && !network.contains("!"))
    let storage = try #require(lines.first { $0.hasPrefix("Storage") })
    #expect(storage.contains("3 of 3") && !storage.contains("!"))
  }

  @Test func weeksKeepsTheLatestMeetings() throws {
    let result = try runMinutes(
      ["history", "--weeks", "2", "--format", "csv"], in: try historyFolder(),
      environment: afterTheMeetings)
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("group,2011-03-22,2011-03-29,reported,"))
    #expect(result.stdout.contains("\nOutreach,missing,empty,0,2,2,2,yes\n"))
  }

  @Test(arguments: [
    (["history", "--weeks", "0"], "--weeks must be a positive whole number"),
    (["history", "--archive", "nowhere"], "nowhere: no such archive folder"),
    (["history", "--format", "xml"], "xml"),
    (["stats", "--group", "Computer"], "unknown group 'Computer' (did you mean 'Compute'?)"),
    (["stats", "--group", "Compute", "--stat", "cpus"], "has no stat 'cpus' (did you mean 'cpu'?"),
    (["stats", "--group", "Storage"], "group 'Storage' declares no stats"),
    (["stats"], "--group"),
  ])
  func refusesWithExitCode2(arguments: [String], message: String) throws {
    let result = try runMinutes(arguments, in: try historyFolder())
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func archiveOverridesTheRostersFolder() throws {
    let folder = try historyFolder()
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("minutes"), to: folder.appendingPathComponent("old"))
    let result = try runMinutes(["history", "--archive", "old"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("The last 5 meetings of old (2011-03-01 to 2011-03-29)"))
  }
}

/// The roster's `reports:` and `away:` reach lint: on 2011-03-22 Storage is
/// not due and Network's owner is away, so checked alone the page's only
/// error under --final is Outreach's missing section (besides Compute's
/// missing figures). In its folder Outreach is quiet (its sections of the
/// meetings before were empty), and its missing heading is no gap.
@Test func lintFinalExcusesGroupsAwayOrNotDue() throws {
  let folder = try historyFolder()
  let alone = folder.appendingPathComponent("alone")
  try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
  try FileManager.default.copyItem(
    at: folder.appendingPathComponent("minutes/March22,2011OpsMeeting.txt"),
    to: alone.appendingPathComponent("March22,2011OpsMeeting.txt"))
  func errors(_ path: String) throws -> (RunResult, [Substring]) {
    let result = try runMinutes(["lint", "--final", path], in: folder)
    return (
      result,
      result.stdout.split(separator: "\n").filter {
        $0.contains(": error: ") && !$0.contains("[missing-stat]")
      }
    )
  }
  let (result, found) = try errors("alone/March22,2011OpsMeeting.txt")
  #expect(result.exitCode == 1)
  #expect(found.count == 1)
  #expect(found.first?.contains("no section for group 'Outreach'") == true)
  #expect(!result.stdout.contains("Storage") && !result.stdout.contains("Network"))
  let (inFolder, foundInFolder) = try errors("minutes/March22,2011OpsMeeting.txt")
  #expect(foundInFolder.isEmpty, "\(inFolder.stdout)")
}

@Suite struct StatsCommandTests {
  @Test(arguments: [("csv", "stats-compute.csv"), ("json", "stats-compute.json")])
  func printsOneRowPerMeeting(format: String, golden: String) throws {
    let result = try runMinutes(
      ["stats", "--group", "compute", "--format", format], in: try historyFolder())
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(try matchesGolden(result.stdout, named: golden))
  }

  @Test func oneStatOnly() throws {
    let result = try runMinutes(
      ["stats", "--group", "Compute", "--stat", "CPU"], in: try historyFolder())
    #expect(result.exitCode == 0)
    #expect(
      result.stdout.split(separator: "\n").prefix(3) == [
        "date,topic,cpu.khours,cpu.success", "2011-03-01,\"Mar1,2011OpsMeeting\",310,92",
        "2011-03-08,\"Mar8,2011OpsMeeting\",1200,95.5",
      ])
  }

  @Test func writesTheChartsAsOneSVG() throws {
    let folder = try historyFolder()
    let result = try runMinutes(
      ["stats", "--group", "Compute", "--svg", "charts/compute.svg"], in: folder)
    // The folder must exist: nothing is written, and it says so.
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("no such folder"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("charts"), withIntermediateDirectories: true)
    let written = try runMinutes(
      ["stats", "--group", "Compute", "--svg", "charts/compute.svg"], in: folder)
    #expect(written.exitCode == 0, "\(written.stderr)")
    #expect(written.stdout.hasPrefix("date,topic,usage.users"))
    let svg = try String(
      contentsOf: folder.appendingPathComponent("charts/compute.svg"), encoding: .utf8)
    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(xmlString: svg, options: [])
      let charts = try document.nodes(forXPath: "//*[local-name()='g'][@class='chart']")
      #expect(charts.count == 4)
      let titles = try document.nodes(forXPath: "//*[local-name()='text'][@class='title']")
      #expect(titles.first?.stringValue == "Compute statistics, 2011-03-01 to 2011-03-29")
    #else
      #expect(svg.contains("<svg"))
    #endif
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("charts").path)
    #expect(leftovers == ["compute.svg"])
  }
}
