import Foundation

@testable import MinutesKit

/// The repository's top folder (the shipped `templates/` live there).
let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// This target's `Fixtures/` folder.
let fixturesFolder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

/// The OSG production meeting of March 2011 as the shipped `roster.yaml`
/// describes it (same groups, owners and stats), built in code so generation
/// is tested apart from the roster loader.
func osgRoster(path: String = "roster.yaml") -> Roster {
  let meeting = Meeting(
    title: "OSG Production Meeting", web: "Production", parent: "WeeklyProductionMeetings",
    author: "DanFraser", weekday: .tuesday, topicPattern: "$mon$d,$yearProductionMeeting",
    archive: "minutes", templates: "templates", attendees: ["Brian", "Scott T.", "Dan"],
    site: "https://twiki.grid.iu.edu/bin/view")
  func owners(_ names: String...) -> [Owner] { names.map { Owner(name: $0) } }
  return Roster(
    meeting: meeting,
    groups: [
      Group(
        name: "CMS", owners: owners("Burt"),
        stats: [StatDeclaration(name: "computing", shape: "{khours} khour/day, {success}% success")]
      ),
      Group(
        name: "Atlas", owners: owners("Armen", "Xin"), template: "atlas",
        stats: [
          StatDeclaration(
            name: "gratia", shape: "USATLAS ran {jobs} jobs, with CPU/Walltime ratio of {ratio}%"),
          StatDeclaration(
            name: "panda-completed",
            shape:
              "completed {jobs} managed group, MC production, validation and reprocessing jobs"),
          StatDeclaration(name: "panda-per-day", shape: "average {jobs} jobs per day"),
          StatDeclaration(name: "panda-failed", shape: "failed {jobs} jobs"),
          StatDeclaration(name: "transfer", shape: "data transfer rate was {tb} TB/day"),
        ]),
      Group(
        name: "LIGO", owners: owners("Britta", "Robert E."), template: "ligo",
        stats: [
          StatDeclaration(name: "usage", shape: "{users} users utilized {sites} sites"),
          StatDeclaration(
            name: "jobs", shape: "{jobs} jobs total ({ok} / {failed} = {rate}% success)",
            checks: ["jobs = ok + failed", "rate = 100 * ok / jobs"]),
          StatDeclaration(
            name: "wall-clock",
            shape: "{hours} wall clock hours total ({ok} / {failed} = {rate}% success)",
            checks: ["hours = ok + failed", "rate = 100 * ok / hours"]),
        ],
        rollovers: [
          Rollover(from: "Current week's total usage", to: "Previous week's total usage")
        ]),
      Group(name: "Grid Operations Center", owners: owners("Rob Q."), template: "goc"),
      Group(name: "Engage", owners: owners("Mats", "John")),
      Group(name: "Integration", owners: owners("Suchandra")),
      Group(name: "Site Coordination", owners: owners("Marco")),
      Group(name: "Virtual Organizations Group", owners: owners("Chander")),
      Group(name: "Security", owners: owners("Mine")),
    ],
    path: path)
}

/// Compares `actual` with the golden file `Fixtures/Golden/<name>`; with
/// `MINUTES_RECORD=1` writes the golden file (in the source tree) instead.
func matchesGolden(_ actual: String, named name: String) throws -> Bool {
  let source = repositoryRoot.appendingPathComponent(
    "Tests/MinutesKitTests/Fixtures/Golden/\(name)")
  if ProcessInfo.processInfo.environment["MINUTES_RECORD"] == "1" {
    try FileManager.default.createDirectory(
      at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: source)
    return true
  }
  let golden = try String(
    contentsOf: fixturesFolder.appendingPathComponent("Golden/\(name)"), encoding: .utf8)
  return golden == actual
}
