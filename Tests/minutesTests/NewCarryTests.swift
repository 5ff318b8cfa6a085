import Foundation
import Testing

/// A previous week's topic in the shape of the OSG pages (our own text).
private let march15 = """
  %META:TOPICINFO{author="DanFraser" date="1300147200" format="1.1" version="1.1"}%
  %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
  -- Main.DanFraser - 14 Mar 2011
  ---++ Action/Significant Items:
     * Suchandra to move sites to the new CA bundle (open since 08 Mar 2011)
        * DONE: instructions posted
        * sites to confirm
     * CLOSED: Test ticket exchange with BNL
     * LIGO hit a maximum usage day on Saturday

  ---++ CMS (Burt)
     * 330 khour/day, 91% success
     * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" state="open" uid="000321" }% Add HTPC attributes to the GIP %ENDACTION%

  ---++ LIGO (Britta, Robert E.)
  ---+++ Gratia Reports
     * Current week's total usage: 4 users utilized 21 sites
        * 74775 jobs total (60156 / 14619 = 80.4% success)
        * 781844.0 wall clock hours total (727948.8 / 53895.2 = 93.1% success)

     * Previous week's total usage: 5 users utilized 20 sites
        * 57485 jobs total (49774 / 7711 = 86.6% success)
        * 519207.4 wall clock hours total (476378.2 / 42829.2 = 91.8% success)

  """

@Suite struct NewCarryTests {
  let topicFile = "minutes/Mar22,2011ProductionMeeting.txt"

  @Test func carriesLastWeeksOpenItemsIntoTheNewTopic() throws {
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": march15])
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stdout == """
        wrote \(topicFile)
        carried 1 item into 'Action/Significant Items'
        carried 1 item into 'CMS'
        rolled 'Current week's total usage' over to 'Previous week's total usage' in LIGO

        """)
    let written = try String(
      contentsOf: folder.appendingPathComponent(topicFile), encoding: .utf8)
    #expect(
      written.contains(
        """
        ---++ Action/Significant Items:
           * Suchandra to move sites to the new CA bundle (open since 08 Mar 2011)
              * sites to confirm

        """))
    #expect(!written.contains("Test ticket exchange"))
    // News is reported once; the roster carries actions only.
    #expect(!written.contains("maximum usage day"))
    #expect(!written.contains("instructions posted"))
    #expect(
      written.contains(
        #"   * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" state="open" }% Add HTPC attributes to the GIP %ENDACTION% (open since 15 Mar 2011, was uid 000321)"#
      ))
    #expect(
      written.contains(
        """
           * Previous week's total usage: 4 users utilized 21 sites
              * 74775 jobs total (60156 / 14619 = 80.4% success)
        """))
    #expect(written.contains("   * Current week's total usage: ? users utilized ? sites\n"))
    #expect(!written.contains("5 users utilized 20 sites"))

    // `items` lists exactly what was carried.
    let items = try runMinutes(
      ["items", "minutes/Mar15,2011ProductionMeeting.txt"], in: folder)
    #expect(items.stdout.hasSuffix("3 open items: 1 item, 1 action, 1 roll-over\n"))
  }

  @Test func aGroupThatDoesNotReportGetsNoRollOver() throws {
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": march15])
    let roster = folder.appendingPathComponent("roster.yaml")
    let text = try String(contentsOf: roster, encoding: .utf8)
    try text.replacingOccurrences(
      of: "    template: ligo\n",
      with: "    template: ligo\n    away: [2011-03-22]\n"
    ).write(to: roster, atomically: true, encoding: .utf8)
    let result = try runMinutes(["new", "--date", "2011-03-22", "--stdout"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains(
        "LIGO does not report this week (away): 'Current week's total usage' not rolled over\n"))
    #expect(
      result.stdout.contains(
        "---++ LIGO (Britta, Robert E.)\n   * Not reporting this week (away)\n"))
    #expect(!result.stdout.contains("4 users utilized 21 sites"))
    // The week after, LIGO reports again and the block rolls over as usual.
    let next = try runMinutes(["new", "--date", "2011-03-29", "--stdout"], in: folder)
    #expect(next.stderr.contains("rolled 'Current week's total usage' over"))
  }

  @Test func aCRLFArchiveGivesACRLFTopic() throws {
    let crlf = march15.replacingOccurrences(of: "\n", with: "\r\n")
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": crlf])
    let result = try runMinutes(["new", "--date", "2011-03-22", "--stdout"], in: folder)
    #expect(result.exitCode == 0)
    let bytes = Array(result.stdout.utf8)
    let lineFeeds = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
    #expect(!lineFeeds.isEmpty)
    #expect(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") })
    #expect(result.stderr.contains("carried 1 item into 'Action/Significant Items'"))
  }

  @Test func dryRunListsWhatItWouldCarryAndWritesNothing() throws {
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": march15])
    let before = try snapshot(of: folder)
    let result = try runMinutes(["new", "--date", "2011-03-22", "--dry-run"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout.hasPrefix(
        """
        would write: \(topicFile)
        previous topic: minutes/Mar15,2011ProductionMeeting.txt (15 Mar 2011)
        would carry:
        minutes/Mar15,2011ProductionMeeting.txt:5: item in 'Action/Significant Items', open since 08 Mar 2011
           * Suchandra to move sites to the new CA bundle (open since 08 Mar 2011)
              * sites to confirm

        """))
    #expect(result.stdout.contains("3 open items: 1 item, 1 action, 1 roll-over\n"))
    #expect(try snapshot(of: folder) == before)
  }

  @Test func previousFileOverridesTheArchive() throws {
    let folder = try makeMeetingFolder(archive: [
      "Mar15,2011ProductionMeeting.txt": march15,
      "Mar1,2011ProductionMeeting.txt":
        "---++ Action/Significant Items:\n   * Dan to close the older open item\n",
    ])
    let result = try runMinutes(
      [
        "new", "--date", "2011-03-22", "--stdout", "--previous",
        "minutes/Mar1,2011ProductionMeeting.txt",
      ], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.stdout.contains("   * Dan to close the older open item (open since 01 Mar 2011)\n"))
    // Last week's topic was passed over: the coordinator is told which one was used.
    #expect(
      result.stderr.contains(
        "minutes: warning: no topic for 15 Mar 2011 in the archive: carried from "
          + "Mar1,2011ProductionMeeting.txt of 01 Mar 2011, 21 days before this meeting\n"))
    #expect(!result.stdout.contains("CA bundle"))

    try Data("   * x\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let undated = try runMinutes(
      ["new", "--date", "2011-03-22", "--stdout", "--previous", "notes.txt"], in: folder)
    #expect(undated.exitCode == 2)
    #expect(
      undated.stderr
        == "minutes: error: notes.txt: no meeting date in the file name (expected a name like "
        + "Mar22,2011ProductionMeeting.txt)\n")
  }
}
