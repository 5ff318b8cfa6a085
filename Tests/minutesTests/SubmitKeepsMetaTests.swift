import Foundation
import Testing

/// `submit` into a topic whose last section is followed by META lines that
/// TWiki itself would not write: they stay, byte for byte.
@Suite struct SubmitKeepsMetaTests {
  @Test(arguments: [
    "%META:PREFERENCE{name=\"ALLOWTOPICCHANGE\" title=\"ALLOWTOPICCHANGE\" type=\"Set\" value=\"Main.Mine\"}% \n",
    "%META:FIELD{name=\"Status\" value=open}%\n",
    "%META:FIELD{name=\"Status\" value=\"open\"}%\ntext after the block\n",
  ])
  func theLastSectionsSubmissionKeepsTheMetaBlock(_ last: String) throws {
    let folder = try copyOfFixture("lint")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = "minutes/Mar15,2011ProductionMeeting.txt"
    let url = folder.appendingPathComponent(path)
    var topic = try String(contentsOf: url, encoding: .utf8)
    // Security last, as on pages without the closing link.
    topic = String(topic[..<topic.range(of: "---++ The full report")!.lowerBound])
    topic += "%META:FILEATTACHMENT{name=\"a.png\" attr=\"\" comment=\"\"}%\n" + last
    try Data(topic.utf8).write(to: url)
    try Data("   * All quiet\n".utf8).write(to: folder.appendingPathComponent("sec.txt"))
    let result = try runMinutes(
      ["submit", "--group", "Security", "--from", "sec.txt", path], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let written = try String(contentsOf: url, encoding: .utf8)
    #expect(
      written
        == topic.replacingOccurrences(
          of: "---++ Security (Mine)\n   * No new vulnerabilities this week\n",
          with: "---++ Security (Mine)\n   * All quiet\n"))
  }
}
