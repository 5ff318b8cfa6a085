import Foundation
import Testing

@testable import MinutesKit

/// The test target's `Fixtures/` folder.
let fixturesFolder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: fixturesFolder.appendingPathComponent(relativePath)))
}

/// Compares `actual` with the golden file `Fixtures/Golden/<name>`; with
/// `MINUTES_RECORD=1` in the environment, writes it instead.
func expectGolden(
  _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let relative = "Tests/MinutesKitTests/Fixtures/Golden/\(name)"
  if ProcessInfo.processInfo.environment["MINUTES_RECORD"] == "1" {
    // Record into the source tree, not the copied bundle.
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/Golden/\(name)")
    try Data(actual.utf8).write(to: source)
    return
  }
  let url = fixturesFolder.appendingPathComponent("Golden/\(name)")
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(
    actual == expected, "\(relative) differs (MINUTES_RECORD=1 swift test re-records it)",
    sourceLocation: sourceLocation)
}

extension Roster {
  /// A roster shaped like the OSG meeting's of March 2011, with the
  /// statistics the fixture topics carry.
  static let fixture = Roster(
    meeting: Meeting(
      title: "OSG Production Meeting", web: "Production", parent: "WeeklyProductionMeetings",
      author: "DanFraser", weekday: .tuesday, topicPattern: "$mon$d,$yearProductionMeeting",
      archive: "minutes", templates: "templates", attendees: ["Brian", "Dan"]),
    groups: [
      Group(
        name: "CMS", owners: [Owner(name: "Burt")],
        stats: [StatDeclaration(name: "computing", shape: "{khours} khour/day, {success}% success")]
      ),
      Group(
        name: "Atlas", owners: [Owner(name: "Armen"), Owner(name: "Xin")],
        stats: [
          StatDeclaration(
            name: "gratia", shape: "USATLAS ran {jobs} jobs, with CPU/Walltime ratio of {ratio}%")
        ]),
      Group(
        name: "LIGO", owners: [Owner(name: "Britta"), Owner(name: "Robert E.")],
        stats: [
          StatDeclaration(name: "usage", shape: "{users} users utilized {sites} sites"),
          StatDeclaration(
            name: "jobs", shape: "{jobs} jobs total ({ok} / {failed} = {rate}% success)",
            checks: ["jobs = ok + failed", "rate = 100 * ok / jobs"]),
          StatDeclaration(
            name: "wallclock",
            shape: "{hours} wall clock hours total ({ok} / {failed} = {rate}% success)",
            checks: ["hours = ok + failed", "rate = 100 * ok / hours"]),
          StatDeclaration(name: "rac", shape: "Recent Average Credit (RAC): {rac}"),
        ]),
      Group(name: "Grid Operations Center", owners: [Owner(name: "Rob Q.")]),
      Group(name: "Engage", owners: [Owner(name: "Mats"), Owner(name: "John")]),
      Group(name: "Integration", owners: [Owner(name: "Suchandra")]),
      Group(name: "Site Coordination", owners: [Owner(name: "Marco")]),
      Group(name: "Virtual Organizations Group", owners: [Owner(name: "Chander")]),
      Group(name: "Security", owners: [Owner(name: "Mine")]),
    ])
}
