import Foundation
import Testing

/// The commands with the shipped roster, which describes the meeting over
/// 2010 and 2011.
@Suite struct RosterOverTimeCommandTests {
  @Test func rosterShowsTheDatedKeys() throws {
    let folder = try makeMeetingFolder()
    let text = try runMinutes(["roster"], in: folder)
    #expect(text.exitCode == 0, "\(text.stderr)")
    #expect(
      text.stdout.contains("  months:      Jan Feb Mar Apr May Jun July Aug Sep Oct Nov Dec\n"))
    #expect(text.stdout.contains("    was: Virtual Organizations Group (until 2011-09-27)\n"))
    #expect(text.stdout.contains("    aliases: OSG Operations, Operations\n"))
    #expect(text.stdout.contains("    deputies: Scott T.\n"))
    #expect(text.stdout.contains("    owners: Burt, Tony (since 2011-08-09)\n"))
    #expect(text.stdout.contains("    exists: until 2011-05-17\n    reports: when-news\n"))
    let json = try runMinutes(["roster", "--format", "json"], in: folder)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let groups = try #require(document["groups"] as? [[String: Any]])
    let metrics = try #require(groups.first { $0["name"] as? String == "Metrics" })
    #expect(metrics["until"] as? String == "2011-05-17")
    #expect(metrics["reports"] as? String == "when-news")
    let support = try #require(groups.first { $0["name"] as? String == "User Support" })
    let was = try #require(support["was"] as? [[String: String]])
    #expect(was == [["name": "Virtual Organizations Group", "until": "2011-09-27"]])
    let owners = try #require(support["owners"] as? [[String: String]])
    #expect(owners[1] == ["name": "Marcia", "since": "2010-10-19", "until": "2011-02-15"])
    let meeting = try #require(document["meeting"] as? [String: Any])
    #expect((meeting["months"] as? [String])?[6] == "July")
  }

  @Test func newWritesTheMeetingOfItsDayUnderTheArchivesSpelling() throws {
    let folder = try makeMeetingFolder()
    let july = try runMinutes(["new", "--date", "2011-07-12", "--dry-run"], in: folder)
    #expect(july.stdout.hasPrefix("would write: minutes/July12,2011ProductionMeeting.txt\n"))
    let early = try runMinutes(["new", "--date", "2010-06-01", "--stdout"], in: folder)
    #expect(early.stdout.contains("---++ Virtual Organizations Group (Abhishek)\n"))
    #expect(early.stdout.contains("---++ Engage (Mats, John, Chris)\n"))
    let late = try runMinutes(["new", "--date", "2011-12-20", "--stdout"], in: folder)
    #expect(late.stdout.contains("---++ User Support (Chander)\n"))
    #expect(late.stdout.contains("---++ CMS (Burt, Tony)\n"))
    #expect(!late.stdout.contains("Metrics"))
  }

  @Test func newSaysWhenTheParentTopicLinksAnotherName() throws {
    let folder = try makeMeetingFolder()
    try put(
      "   * [[June7, 2011 Production Meeting]]\n", "minutes/WeeklyProductionMeetings.txt",
      in: folder)
    let result = try runMinutes(["new", "--date", "2011-06-07", "--dry-run"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "minutes: warning: the parent topic WeeklyProductionMeetings links the meeting of "
          + "07 Jun 2011 as 'June7,2011ProductionMeeting', but the new topic is "
          + "'Jun7,2011ProductionMeeting'\n"))
  }

  @Test func historyDoesNotCountAMeetingNotYetHeld() throws {
    let folder = try copyOfFixture("History")
    // 2011-03-27: the meeting of 2011-03-29 is written but not held.
    let result = try runMinutes(
      ["history", "--format", "csv"], in: folder,
      environment: ["SOURCE_DATE_EPOCH": "1301184000"])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let outreach = try #require(
      result.stdout.split(separator: "\n").first { $0.hasPrefix("Outreach") })
    #expect(outreach.contains(",not-held,"))
  }
}
