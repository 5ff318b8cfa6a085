import Testing

@testable import MinutesKit

/// ``AnnouncedAbsence``: the days an owner says, in the group's section,
/// they will be away.
@Suite struct AnnouncedAbsenceTests {
  let page = MeetingDate(year: 2012, month: 3, day: 27)!
  let owners = ["Dana", "Lee K."]

  func period(_ text: String) -> DatePeriod? {
    AnnouncedAbsence.period(in: text, owners: owners, pageDate: page)
  }

  func day(_ month: Int, _ day: Int, _ year: Int = 2012) -> MeetingDate {
    MeetingDate(year: year, month: month, day: day)!
  }

  @Test func nextWeekTakesInTheNextMeeting() {
    let expected = DatePeriod(since: day(3, 28), until: day(4, 9))
    #expect(period("   * Dana on vacation next week!") == expected)
    #expect(period("   * I will be on Vacation the following week") == expected)
    #expect(period("   * Lee on leave next week") == expected)
    #expect(expected.contains(day(4, 3)))
    #expect(!expected.contains(day(4, 10)))
  }

  /// A line, and the month and day its absence starts and ends (2012).
  static let spans: [(String, since: [Int], until: [Int])] = [
    ("   * Dana on vacation: April 1 - April 12", [4, 1], [4, 12]),
    ("   * Lee on Vacation Apr 16th to Sept 27th", [4, 16], [9, 27]),
    ("   * Dana out of the office until May 16th", [3, 28], [5, 16]),
    // A bare second day takes the first day's month.
    ("   * Dana on vacation April 2-13", [4, 2], [4, 13]),
  ]

  @Test(arguments: spans)
  func spansAndLastDays(_ span: (String, since: [Int], until: [Int])) {
    #expect(
      period(span.0)
        == DatePeriod(
          since: day(span.since[0], span.since[1]), until: day(span.until[0], span.until[1])))
  }

  @Test func aSpanIntoTheNewYear() {
    let december = MeetingDate(year: 2012, month: 12, day: 11)!
    #expect(
      AnnouncedAbsence.period(
        in: "Dana on vacation Dec 20 - Jan 3", owners: owners, pageDate: december)
        == DatePeriod(since: day(12, 20), until: day(1, 3, 2013)))
  }

  @Test func nothingAnnouncedWithoutAnOwnerADayOrAnAbsence() {
    #expect(period("   * the shift captain is on vacation next week") == nil)
    #expect(period("   * No news, just returning from vacation") == nil)
    #expect(period("   * Dana on vacation") == nil)
    #expect(period("   * Dana presents next week") == nil)
    #expect(period("   * Dana: may 5 jobs failed") == nil)
  }
}

/// A report that says its writer is back explains the gap before it.
@Suite struct BackFromAbsenceTests {
  @Test func wordsThatSayTheAbsenceIsOver() {
    #expect(AnnouncedAbsence.saysBack(in: "   * Catch up after vacation"))
    #expect(AnnouncedAbsence.saysBack(in: "   * No news, just returning from vacation"))
    #expect(AnnouncedAbsence.saysBack(in: "   * Back from leave, tickets reviewed"))
    #expect(!AnnouncedAbsence.saysBack(in: "   * Dana on vacation next week"))
    #expect(!AnnouncedAbsence.saysBack(in: "   * Catch up after the downtime"))
  }

  func week(_ index: Int) -> MeetingDate {
    MeetingDate(year: 2011, month: 1, day: 4).map { $0.adding(days: 7 * index) }!
  }

  @Test func theGapBeforeTheFirstReportBackIsExplained() {
    var recent = RecentReports()
    recent.record(RecentReports.Meeting(reported: ["o", "g"]), on: week(0))
    recent.record(RecentReports.Meeting(reported: ["o"], missed: ["g"]), on: week(1))
    recent.record(RecentReports.Meeting(reported: ["o"], missed: ["g"]), on: week(2))
    recent.record(
      RecentReports.Meeting(reported: ["o", "g"], backFromAbsence: ["g"]), on: week(3))
    recent.record(RecentReports.Meeting(reported: ["o"], missed: ["g"]), on: week(4))
    recent.record(RecentReports.Meeting(reported: ["o", "g"]), on: week(5))
    #expect(recent.cameBack("g", after: week(1)))
    #expect(recent.cameBack("g", after: week(2)))
    #expect(!recent.cameBack("g", after: week(4)))
    #expect(!recent.cameBack("o", after: week(1)))
  }
}
