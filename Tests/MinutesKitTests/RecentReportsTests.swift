import Foundation
import Testing

@testable import MinutesKit

/// ``RecentReports``: whether a group has stopped writing in its section, from
/// the meetings before a date. No files.
@Suite struct RecentReportsTests {
  /// Weekly meetings from 4 Jan 2011; `rows[i]` is "r" (reported), "m"
  /// (missed) or "-" (away, not due) for the group "g" at meeting i, and
  /// another group "o" reports at each meeting unless `blank` names it.
  /// Misses in a row count only where a test asks (`missesInARow`).
  func reports(
    _ rows: [String], blank: Set<Int> = [], window: Int = 5, quietAtMost: Int = 1,
    missesInARow: Int = 0
  ) -> RecentReports {
    var reports = RecentReports(
      window: window, quietAtMost: quietAtMost, missesInARow: missesInARow)
    for (index, row) in rows.enumerated() {
      var meeting = RecentReports.Meeting()
      if !blank.contains(index) { meeting.reported.insert("o") }
      if row == "r" { meeting.reported.insert("g") }
      if row == "m" { meeting.missed.insert("g") }
      reports.record(meeting, on: week(index))
    }
    return reports
  }

  func week(_ index: Int) -> MeetingDate {
    MeetingDate(year: 2011, month: 1, day: 4).map { $0.adding(days: 7 * index) }!
  }

  @Test func quietWhenItWroteAtMostOnceInTheLastFiveFilledMeetings() {
    let recent = reports(["r", "m", "m", "m", "r", "m"])
    #expect(recent.isQuiet("g", asOf: week(6)))
    #expect(!recent.isQuiet("g", asOf: week(5)))  // r m m m r: twice
    #expect(!recent.isQuiet("o", asOf: week(6)))
  }

  @Test func onlyMeetingsBeforeTheDateCount() {
    let recent = reports(["m", "m", "m", "m", "m", "r", "r"])
    #expect(recent.isQuiet("g", asOf: week(5)))
    #expect(!recent.isQuiet("g", asOf: week(7)))
  }

  @Test func aBlankPageTellsNothingAndTheWindowReachesFurtherBack() {
    // Meetings 3 and 4 are blank templates: the window is 0, 1, 2, 5, 6.
    let recent = reports(["r", "r", "m", "m", "m", "m", "m"], blank: [3, 4])
    #expect(recent.filledMeetings(before: week(7)) == [0, 1, 2, 5, 6].map(week))
    #expect(!recent.isQuiet("g", asOf: week(7)))
    // Five pages, the first a blank template: four filled meetings known.
    let early = reports(["m", "m", "m", "m", "m"], blank: [0])
    #expect(!early.isQuiet("g", asOf: week(5)))
  }

  @Test func fewerFilledMeetingsThanTheWindowMakeNobodyQuiet() {
    let recent = reports(["m", "m", "m", "m"])
    #expect(!recent.isQuiet("g", asOf: week(4)))
    #expect(!RecentReports().isQuiet("g", asOf: week(0)))
  }

  @Test func meetingsAwayOrNotDueNeitherCountAsMissed() {
    // A group back from leave, or new: its absences are no silence.
    let recent = reports(["-", "-", "-", "m", "m"])
    #expect(!recent.isQuiet("g", asOf: week(5)))
    let mostlyMissed = reports(["-", "m", "m", "m", "m"])
    #expect(mostlyMissed.isQuiet("g", asOf: week(5)))
  }

  @Test func aMeetingIsKeptAsOneReadsIt() {
    var recent = RecentReports()
    recent.record(
      RecentReports.Meeting(
        reported: ["g"], missed: ["g", "o"], missingStats: ["g": ["sites"], "o": ["jobs"], "h": []]),
      on: week(0))
    #expect(
      recent.meetings[week(0)]
        == RecentReports.Meeting(reported: ["g"], missed: ["o"], missingStats: ["g": ["sites"]]))
    #expect(recent.filledMeetings(before: week(1)) == [week(0)])
  }

  @Test func twoTopicsOfOneDayAreOneMeeting() {
    var recent = reports(["m", "m", "m", "m", "m"])
    recent.record(RecentReports.Meeting(reported: ["g"]), on: week(4))
    #expect(recent.meetings[week(4)] == RecentReports.Meeting(reported: ["g", "o"]))
    #expect(recent.isQuiet("g", asOf: week(5)))  // m m m m r: once
  }

  @Test func theThresholdAndWindowAreSettings() {
    let rows = ["r", "r", "m", "m", "m", "m"]
    #expect(reports(rows, window: 5, quietAtMost: 1).isQuiet("g", asOf: week(6)))
    #expect(reports(rows, window: 4, quietAtMost: 0).isQuiet("g", asOf: week(6)))
    #expect(!reports(rows, window: 6, quietAtMost: 1).isQuiet("g", asOf: week(6)))
  }

  @Test func quietAfterMissingTheLastMeetingsItOwedInARow() {
    let recent = reports(["r", "r", "r", "m", "m"], missesInARow: 2)
    #expect(recent.isQuiet("g", asOf: week(5)))
    #expect(!recent.isQuiet("g", asOf: week(4)))  // one miss so far
    // Meetings away or not due do not break the run, nor count in it.
    let away = reports(["r", "r", "m", "-", "m"], missesInARow: 2)
    #expect(away.isQuiet("g", asOf: week(5)))
    let awayBetween = reports(["r", "r", "r", "m", "-"], missesInARow: 2)
    #expect(!awayBetween.isQuiet("g", asOf: week(5)))
    // A report ends the run: the group owes its section again.
    let back = reports(["m", "m", "r"], missesInARow: 2)
    #expect(back.isQuiet("g", asOf: week(2)))
    #expect(!back.isQuiet("g", asOf: week(3)))
  }

  @Test func missesInARowNeedNoFullWindowAndAreTheDefault() {
    let recent = reports(["m", "m"], missesInARow: 2)
    #expect(recent.isQuiet("g", asOf: week(2)))
    #expect(RecentReports().missesInARow == 2)
    #expect(!reports(["m", "m"], missesInARow: 0).isQuiet("g", asOf: week(2)))
  }

  // MARK: Hindsight

  @Test func withLaterMeetingsKnownAGroupIsQuietWhenItWroteAtFewerThanTwoInThreeAround() {
    // Week 4 is the page: 2 of 4 before, 1 of 4 after.
    let sparse = reports(["r", "m", "r", "m", "m", "m", "m", "r", "m"])
    #expect(sparse.filledMeetings(after: week(4)) == (5...8).map(week))
    #expect(sparse.hasGoneBy(week(4)))
    #expect(sparse.isQuiet("g", asOf: week(4)))
    // 3 of 4 before, 3 of 4 after: the group's usual practice.
    let mostly = reports(["r", "r", "m", "r", "m", "r", "r", "m", "r"])
    #expect(!mostly.isQuiet("g", asOf: week(4)))
    // 2 of 4 before, 3 of 4 after: 5 of 8, now and then.
    let often = reports(["r", "m", "m", "r", "m", "r", "m", "r", "r"])
    #expect(often.isQuiet("g", asOf: week(4)))
    // Told twice before the page: quiet, though it wrote at most meetings
    // around it.
    let back = reports(["r", "r", "m", "m", "m", "r", "r", "r", "r"], missesInARow: 2)
    #expect(back.isQuiet("g", asOf: week(4)))
    #expect(!back.isQuiet("g", asOf: week(9)))  // the last page: as on its day
  }

  @Test func withHindsightAGapBetweenTwoOthersIsAPause() {
    // Week 4: missed at week 3 and at week 5, wrote at the rest (5 of 7).
    let pause = reports(["r", "r", "r", "m", "m", "m", "r", "r", "r"], missesInARow: 0)
    #expect(pause.isQuiet("g", asOf: week(4)))
    // The first gap of the run: the week before was written.
    #expect(!pause.isQuiet("g", asOf: week(3)))
    // A single gap is a slip.
    let slip = reports(["r", "r", "r", "r", "m", "r", "r", "r", "r"], missesInARow: 0)
    #expect(!slip.isQuiet("g", asOf: week(4)))
  }

  @Test func thisWeeksPageHasNothingAfterIt() {
    let recent = reports(["r", "m", "m"])
    #expect(recent.filledMeetings(after: week(3)).isEmpty)
    #expect(!recent.hasGoneBy(week(3)))
    // A blank template after it tells nothing either.
    let blankAfter = reports(["r", "m", "m", "m"], blank: [3])
    #expect(!blankAfter.hasGoneBy(week(2)))
  }

  /// Weekly meetings at which `usual` report, except `lone`, where only
  /// "a" reported and the rest of `usual` missed theirs.
  func meetings(_ count: Int, usual: Set<String>, lone: Int) -> RecentReports {
    var recent = RecentReports()
    for index in 0..<count {
      let meeting =
        index == lone
        ? RecentReports.Meeting(reported: ["a"], missed: usual.subtracting(["a"]))
        : RecentReports.Meeting(reported: usual)
      recent.record(meeting, on: week(index))
    }
    return recent
  }

  @Test func aPageOneGroupWroteWhereSeveralUsuallyDoWasNoMeeting() {
    let recent = meetings(9, usual: ["a", "b", "c", "g"], lone: 4)
    #expect(recent.isUnheld(reportCount: 1, on: week(4)))
    #expect(recent.isUnheld(reportCount: 0, on: week(4)))
    #expect(!recent.isUnheld(reportCount: 2, on: week(4)))
  }

  @Test func aMeetingThatWasNotHeldCountsNeitherWay() {
    // "g" around week 5: reported at weeks 1, 3, 7 and 8, missed at 2 and
    // 6: two in three, its practice. Counted as a miss, week 4 would make
    // it quiet.
    var recent = RecentReports()
    let others: Set<String> = ["a", "b", "c"]
    for (index, row) in ["-", "r", "m", "r", "lone", "m", "m", "r", "r"].enumerated() {
      var meeting = RecentReports.Meeting(reported: others)
      switch row {
      case "r": meeting.reported.insert("g")
      case "m": meeting.missed.insert("g")
      case "lone": meeting = RecentReports.Meeting(reported: ["a"], missed: ["b", "c", "g"])
      default: break
      }
      recent.record(meeting, on: week(index))
    }
    #expect(recent.isUnheld(reportCount: 1, on: week(4)))
    #expect(!recent.isQuiet("g", asOf: week(5)))
  }

  @Test func inAMeetingOfFewGroupsOneReportIsNoSign() {
    let recent = meetings(9, usual: ["a", "g"], lone: 4)
    #expect(!recent.isUnheld(reportCount: 1, on: week(4)))
    // Nothing known around the page: nothing to compare with.
    #expect(!RecentReports().isUnheld(reportCount: 1, on: week(4)))
  }

  @Test func aReportUnderSubHeadingsOneLevelTooHighIsTheGroupsForHistoryToo() {
    let topic = meetingOfMarch15(
      """
      ---++ CMS (Burt)
         * 341 khour/day, 91% success
      ---++ Engage (Mats, John)
      ---++ Operations This Week
         * Two new users
      """)
    let engage = Roster.example.groups[2]
    #expect(
      MeetingHistory.status(of: engage, in: topic.context(roster: .example)) == .reported)
    #expect(RecentReports.meeting(of: topic, roster: .example).reported.contains(engage.id))
  }

  @Test func aMeetingIsReadAsHistoryReadsIt() {
    let roster = Roster.example
    let topic = meetingOfMarch15(
      """
      ---++ CMS (Burt)
         * 341 khour/day, 91% success
      ---++ Engage (Mats, John)
         * 
      """)
    let meeting = RecentReports.meeting(of: topic, roster: roster)
    let context = topic.context(roster: roster)
    for group in roster.groups {
      let status = MeetingHistory.status(of: group, in: context)
      #expect(meeting.reported.contains(group.id) == (status == .reported))
      #expect(meeting.missed.contains(group.id) == status.isMissed)
    }
    #expect(meeting.isFilled)
  }

  // MARK: The page's practice at the previous filled meeting

  /// Weekly meetings in which "o" reports, with `meeting` recorded at week 1.
  func practice(_ meeting: RecentReports.Meeting, blankAfter: Bool = false) -> RecentReports {
    var recent = RecentReports()
    recent.record(RecentReports.Meeting(reported: ["o"]), on: week(0))
    var filled = meeting
    filled.reported.insert("o")
    recent.record(filled, on: week(1))
    if blankAfter { recent.record(RecentReports.Meeting(missed: ["o"]), on: week(2)) }
    return recent
  }

  @Test func thePreviousFilledMeetingIsTheLastEarlierPageOnWhichSomeoneReported() {
    let recent = practice(RecentReports.Meeting(unknownHeadings: ["outreach"]), blankAfter: true)
    #expect(recent.previousFilledMeeting(before: week(3))?.unknownHeadings == ["outreach"])
    #expect(recent.previousFilledMeeting(before: week(1))?.unknownHeadings == [])
    #expect(recent.previousFilledMeeting(before: week(0)) == nil)
  }

  @Test func ownersAreCarriedWhenThePreviousHeadingNamedTheSamePeople() {
    let recent = practice(RecentReports.Meeting(mismatchedOwners: ["g": ["Cat"], "h": []]))
    let same: ([String], [String]) -> Bool = { $0 == $1 }
    #expect(recent.sameOwnersWritten(["Cat"], group: "g", asOf: week(2), same: same))
    #expect(!recent.sameOwnersWritten(["Ann", "Cat"], group: "g", asOf: week(2), same: same))
    // A heading naming nobody, week after week.
    #expect(recent.sameOwnersWritten([], group: "h", asOf: week(2), same: same))
    // The previous heading was right, or the group had none: nothing carried.
    #expect(!recent.sameOwnersWritten(["Cat"], group: "o", asOf: week(2), same: same))
    #expect(!recent.sameOwnersWritten(["Cat"], group: "g", asOf: week(1), same: same))
  }

  /// A week with the heading renamed or left out between does not make the
  /// same owners news again; a change told more than `recallWindow` filled
  /// meetings ago is told again.
  @Test func ownersAreCarriedOverTheLastFilledMeetings() {
    var recent = RecentReports()
    #expect(recent.recallWindow == 13)
    recent.record(
      RecentReports.Meeting(reported: ["o"], mismatchedOwners: ["g": ["Cat"]]), on: week(0))
    for number in 1...13 { recent.record(RecentReports.Meeting(reported: ["o"]), on: week(number)) }
    let same: ([String], [String]) -> Bool = { $0 == $1 }
    #expect(recent.sameOwnersWritten(["Cat"], group: "g", asOf: week(13), same: same))
    #expect(!recent.sameOwnersWritten(["Cat"], group: "g", asOf: week(14), same: same))
  }

  @Test func anUnknownHeadingIsCarriedWhenThePreviousPageHadIt() {
    let recent = practice(RecentReports.Meeting(unknownHeadings: ["outreach"]), blankAfter: true)
    #expect(recent.hadUnknownHeading("outreach", asOf: week(3)))
    #expect(!recent.hadUnknownHeading("user support", asOf: week(3)))
    #expect(!recent.hadUnknownHeading("outreach", asOf: week(1)))
  }

  @Test func aStatIsCarriedWhenTheGroupReportedWithoutItAtThePreviousMeeting() {
    let reported = practice(RecentReports.Meeting(reported: ["g"], missingStats: ["g": ["sites"]]))
    #expect(reported.lackedStat("sites", group: "g", asOf: week(2)))
    #expect(!reported.lackedStat("jobs", group: "g", asOf: week(2)))
    // The group did not report then: its section says nothing of its figures.
    let silent = practice(RecentReports.Meeting(missed: ["g"], missingStats: ["g": ["sites"]]))
    #expect(!silent.lackedStat("sites", group: "g", asOf: week(2)))
  }

  @Test func twoTopicsOfOneDayMissAFigureOnlyWhenBothDo() {
    var recent = practice(
      RecentReports.Meeting(
        reported: ["g"], mismatchedOwners: ["g": ["Cat"]], unknownHeadings: ["a"],
        missingStats: ["g": ["sites", "jobs"]]))
    recent.record(
      RecentReports.Meeting(
        reported: ["g"], mismatchedOwners: ["g": ["Dee"]], unknownHeadings: ["b"],
        missingStats: ["g": ["sites"]]), on: week(1))
    let meeting = recent.meetings[week(1)]
    #expect(meeting?.missingStats["g"] == ["sites"])
    // A topic of the day with the group's every figure: none missing.
    recent.record(RecentReports.Meeting(reported: ["g"]), on: week(1))
    #expect(recent.meetings[week(1)]?.missingStats["g"] == nil)
    #expect(!recent.lackedStat("sites", group: "g", asOf: week(2)))
    #expect(meeting?.unknownHeadings == ["a", "b"])
    #expect(meeting?.mismatchedOwners["g"] == ["Cat"])
  }

  @Test func aMeetingRecordsWhatTheRulesWouldSayOfItsPage() {
    let roster = Roster.example
    let topic = meetingOfMarch15(
      """
      ---++ CMS (Burt)
         * 341 khour/day, 91% success
      ---++ LIGO (Britta, Mats)
         * 4 users utilized 21 sites
      ---++ Engage
         * 
      ---++ Operations This Week
         * Production release
      """)
    let meeting = RecentReports.meeting(of: topic, roster: roster)
    #expect(meeting.mismatchedOwners == ["ligo": ["Britta", "Mats"], "engage": []])
    #expect(meeting.unknownHeadings == ["operations this week"])
    #expect(meeting.missingStats == ["ligo": ["jobs"]])
  }

  /// A topic of the example roster's meeting on 2011-03-15, as an archive holds it.
  func meetingOfMarch15(_ text: String) -> ArchiveTopic {
    let date = MeetingDate(year: 2011, month: 3, day: 15)!
    let name = Roster.example.meeting.topicPattern.name(for: date)
    let path = "minutes/\(name).txt"
    return ArchiveTopic(
      entry: Archive.Entry(name: name, date: date, path: path), topic: Topic(text: text, path: path)
    )
  }

  /// Where the topic at `path` stands, as a run over the example roster sees it.
  func place(_ path: String) -> RecentReports.TopicPlace {
    RecentReports.TopicPlace(path: path, roster: Roster.example)
  }

  /// A run records the meetings of the pages it checks and reads from the
  /// folder only the ones it lacks: a page recorded is not read again.
  @Test func aRunReadsFromTheFolderOnlyTheMeetingsItHasNotChecked() throws {
    let days = (1...3).map { MeetingDate(year: 2011, month: 3, day: 1 + 7 * $0)! }
    let (folder, paths) = try topicsReportingCMS(on: days)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let roster = Roster.example
    var gathered = RecentReports.Gathered(roster: roster, rosters: DatedRosters(roster))
    // What the run made of the middle page (not what the file says).
    gathered.record(RecentReports.Meeting(reported: ["ligo"]), of: place(paths[1]))
    gathered.fill(for: [place(paths[2])])
    let meetings = gathered.reports(for: place(paths[2])).meetings
    #expect(meetings[days[1]]?.reported == ["ligo"])
    #expect(meetings[days[0]]?.reported == ["cms"])
    #expect(meetings[days[2]] == nil)
  }

  /// A topic's window reaches the filled meetings after it in its folder.
  @Test func theMeetingsAfterATopicAreReadFromItsFolder() throws {
    let dates = (0..<8).map { week($0) }
    let (folder, paths) = try topicsReportingCMS(on: dates)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let roster = Roster.example
    var gathered = RecentReports.Gathered(roster: roster, rosters: DatedRosters(roster))
    gathered.fill(for: [place(paths[2])])
    let reports = gathered.reports(for: place(paths[2]))
    #expect(reports.filledMeetings(before: dates[2]) == Array(dates[0...1]))
    #expect(reports.filledMeetings(after: dates[2]) == Array(dates[3...6]))
    #expect(reports.meetings[dates[7]] == nil)
    #expect(reports.meetings[dates[2]] == nil)
  }

  /// A run in meeting order forgets the meetings behind its windows, so its
  /// memory stays flat; one in another order reads them again.
  @Test func aRunForgetsTheMeetingsBehindItsWindowsAndReadsThemAgainWhenAsked() throws {
    let dates = (0..<20).map { week($0) }
    let (folder, paths) = try topicsReportingCMS(on: dates)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let roster = Roster.example
    var gathered = RecentReports.Gathered(roster: roster, rosters: DatedRosters(roster))
    for path in paths {
      gathered.record(RecentReports.Meeting(reported: ["ligo"]), of: place(path))
    }
    gathered.forget(before: [place(paths[19])])
    // The reach of week 19 is weeks 6 to 18: what is before it is gone.
    let kept = gathered.reports(for: place(paths[19])).meetings
    #expect(kept.keys.sorted() == Array(dates[6...]))
    #expect(
      gathered.reports(for: place(paths[19])).filledMeetings(before: dates[19])
        == Array(dates[6...18]))
    // Asked for week 3 after all, the run reads weeks 0 to 2 from the files.
    gathered.fill(for: [place(paths[3])])
    let again = gathered.reports(for: place(paths[3])).meetings
    #expect(again[dates[0]]?.reported == ["cms"])
    #expect(again[dates[6]]?.reported == ["ligo"])
  }

  /// A new folder with a topic of the example roster's meeting on each of
  /// `dates`, CMS reporting in each; the caller removes the folder.
  func topicsReportingCMS(on dates: [MeetingDate]) throws -> (folder: String, paths: [String]) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-recent-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let paths = dates.map { "\(folder)/\(Roster.example.meeting.topicPattern.name(for: $0)).txt" }
    for path in paths {
      try Data("---++ CMS (Burt)\n   * 341 khour/day, 91% success\n".utf8).write(
        to: URL(fileURLWithPath: path))
    }
    return (folder, paths)
  }
}

/// Rules that leave a quiet group out on the whole page.
@Suite struct QuietGroupRulesTests {
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  /// The example roster's page of `text` for 2011-03-22, with `recent` as
  /// the meetings around it.
  func context(_ text: String, recent: RecentReports, group: String? = nil) -> LintContext {
    LintContext(
      topic: Topic(text: text, path: "Mar22,2011ProductionMeeting.txt"),
      rosters: DatedRosters(.example), group: group, isFinal: false, today: today,
      recentReports: recent)
  }

  @Test func aQuietGroupsMissingHeadingIsNoGap() {
    let text =
      "---++ CMS (Burt)\n   * 341 khour/day, 91% success\n---++ LIGO (Britta, Robert E.)\n"
      + "   * 4 users utilized 21 sites\n"
    var recent = RecentReports()
    for weeksBefore in 1...2 {
      recent.record(
        RecentReports.Meeting(reported: ["cms", "ligo"], missed: ["engage"]),
        on: today.adding(days: -7 * weeksBefore))
    }
    #expect(MissingSectionRule().check(context(text, recent: recent)).isEmpty)
    let alone = context(text, recent: RecentReports())
    #expect(MissingSectionRule().check(alone).map(\.rule) == ["missing-section"])
    // The owner's own check still asks for the section.
    let owner = context(text, recent: recent, group: "Engage")
    #expect(MissingSectionRule().check(owner).map(\.rule) == ["missing-section"])
  }

  @Test func aFigureNeverWrittenAgainIsTheRostersToEnd() {
    func messages(laterMissing: Set<String>, reports: Int) -> [String] {
      var recent = RecentReports()
      for week in 1...reports {
        recent.record(
          RecentReports.Meeting(reported: ["ligo"], missingStats: ["ligo": laterMissing]),
          on: today.adding(days: 7 * week))
      }
      let page = "---++ LIGO (Britta, Robert E.)\n   * 4 users utilized 21 sites\n"
      return MissingStatRule().check(context(page, recent: recent)).map(\.message)
    }
    #expect(
      messages(laterMissing: ["jobs"], reports: 2) == [
        "'jobs' no longer written in section 'LIGO' from this meeting on (nor at the reports "
          + "after it): end it in the roster (until: 2011-03-21)"
      ])
    // Written again later, or seen lacking only once: forgotten this week.
    #expect(messages(laterMissing: [], reports: 2).first?.hasPrefix("no 'jobs' statistic") == true)
    #expect(
      messages(laterMissing: ["jobs"], reports: 1).first?.hasPrefix("no 'jobs' statistic") == true)
  }

  @Test func aGapTheNextReportExplainsIsNoGap() {
    func found(back: Set<String>) -> [Finding] {
      var recent = RecentReports()
      recent.record(
        RecentReports.Meeting(reported: ["cms", "ligo", "engage"]), on: today.adding(days: -7))
      recent.record(
        RecentReports.Meeting(reported: ["cms", "ligo", "engage"], backFromAbsence: back),
        on: today.adding(days: 7))
      let page =
        "---++ CMS (Burt)\n   * 341 khour/day, 91% success\n---++ LIGO (Britta, Robert E.)\n"
        + "---++ Engage (Mats, John)\n   * New users\n"
      return EmptySectionRule().check(context(page, recent: recent))
    }
    #expect(found(back: ["ligo"]).isEmpty)
    #expect(found(back: []).map(\.rule) == ["empty-section"])
  }
}

/// ``RecentReports/labelKey(_:)``: labels compared over time.
@Suite struct LabelKeyTests {
  @Test func spacingCaseAndPunctuationDoNotCount() {
    let key = RecentReports.labelKey("Opportunistic SE usage for D0 : no update")
    #expect(key != nil)
    #expect(RecentReports.labelKey("   * opportunistic se usage for D0:") == key)
    #expect(RecentReports.labelKey("Opportunistic SE use for D0:") != key)
  }

  @Test func aLabelNeedsALetterBeforeItsColon() {
    #expect(RecentReports.labelKey("As of 11:30 EDT") != nil)  // "As of 11" is a label
    #expect(RecentReports.labelKey("11:30") == nil)
    #expect(RecentReports.labelKey("no colon here") == nil)
  }
}
