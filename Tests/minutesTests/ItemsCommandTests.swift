import Foundation
import Testing

@Suite struct ItemsCommandTests {
  static let topic = "Mar15,2011OpsMeeting.txt"

  @Test func listsWhatNewWouldCarry() throws {
    let folder = try copyOfFixture("Carry")
    let result = try runMinutes(["items", Self.topic, "--date", "2011-03-15"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        \(Self.topic):5: item in 'Action/Significant Items', open since 01 Mar 2011
           * Replace the failing disk array (open since 01 Mar 2011)
              * schedule the downtime
        \(Self.topic):13: action in 'Storage' (who Main.AnnLee, due 2011-03-22), open since 15 Mar 2011
           * %ACTION{ who="Main.AnnLee" due="2011-03-22" state="open" }% Check the tape robot %ENDACTION% (open since 15 Mar 2011, was uid 000042)
        \(Self.topic):17: roll-over in 'Compute': 'Current week's usage' becomes 'Previous week's usage'
           * Previous week's usage: 12 users on 7 clusters
              * 5000 jobs
        3 open items: 1 item, 1 action, 1 roll-over

        """)
  }

  @Test func jsonListsTheSameItems() throws {
    let folder = try copyOfFixture("Carry")
    let result = try runMinutes(
      ["items", "--format", "json", "--date", "2011-03-15", Self.topic], in: folder)
    #expect(result.exitCode == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let items = try #require(object["items"] as? [[String: Any]])
    #expect(items.map { $0["kind"] as? String } == ["item", "action", "rollover"])
    #expect(items.map { $0["line"] as? Int } == [5, 13, 17])
    #expect(items[0]["since"] as? String == "2011-03-01")
  }

  @Test func readsStandardInputAndRejectsBadInput() throws {
    let folder = try copyOfFixture("Carry")
    let piped = try runMinutes(
      ["items", "-"], in: folder, input: "---++ Action/Significant Items\n   * From stdin\n")
    #expect(piped.exitCode == 0)
    #expect(piped.stdout.contains("   * From stdin\n"))
    #expect(piped.stdout.hasSuffix("1 open item: 1 item\n"))

    let missing = try runMinutes(["items", "Nope.txt"], in: folder)
    #expect(missing.exitCode == 2)
    #expect(missing.stderr == "minutes: error: Nope.txt: no such file\n")

    let badDate = try runMinutes(["items", Self.topic, "--date", "15 Mar"], in: folder)
    #expect(badDate.exitCode == 2)
    #expect(
      badDate.stderr
        == "minutes: error: bad --date '15 Mar' (expected a day as YYYY-MM-DD, e.g. 2011-03-22)\n")
  }
}
