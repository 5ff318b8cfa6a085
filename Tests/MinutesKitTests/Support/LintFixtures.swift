import Foundation
import Testing

@testable import MinutesKit

func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: fixturesFolder.appendingPathComponent(relativePath)))
}

/// Expects `actual` to equal the golden file `Fixtures/Golden/<name>`
/// (``matchesGolden(_:named:)``; `MINUTES_RECORD=1` re-records it).
func expectGolden(
  _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  #expect(
    try matchesGolden(actual, named: name),
    "Tests/MinutesKitTests/Fixtures/Golden/\(name) differs (MINUTES_RECORD=1 swift test re-records it)",
    sourceLocation: sourceLocation)
}

extension Roster {
  /// A roster shaped like the OSG meeting's of March 2011, with the
  /// statistics the fixture topics carry.
  static let fixture: Roster = {
    let example = Roster.example
    var ligo = example.groups[1]
    ligo.stats += [
      StatDeclaration(
        name: "wallclock",
        shape: "{hours} wall clock hours total ({ok} / {failed} = {rate}% success)",
        checks: ["hours = ok + failed", "rate = 100 * ok / hours"]),
      StatDeclaration(name: "rac", shape: "Recent Average Credit (RAC): {rac}"),
    ]
    let atlas = Group(
      name: "Atlas", owners: [Owner(name: "Armen"), Owner(name: "Xin")],
      stats: [
        StatDeclaration(
          name: "gratia", shape: "USATLAS ran {jobs} jobs, with CPU/Walltime ratio of {ratio}%")
      ])
    return Roster(
      meeting: example.meeting,
      groups: [
        example.groups[0], atlas, ligo,
        Group(name: "Grid Operations Center", owners: [Owner(name: "Rob Q.")]),
        example.groups[2],
        Group(name: "Integration", owners: [Owner(name: "Suchandra")]),
        Group(name: "Site Coordination", owners: [Owner(name: "Marco")]),
        Group(name: "Virtual Organizations Group", owners: [Owner(name: "Chander")]),
        Group(name: "Security", owners: [Owner(name: "Mine")]),
      ])
  }()
}
