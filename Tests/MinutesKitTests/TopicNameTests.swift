import Testing

@testable import MinutesKit

@Suite struct TopicNameTests {
  let osg = TopicPattern("$mon$d,$yearProductionMeeting")

  @Test(arguments: [
    ("$mon$d,$yearProductionMeeting", "2011-03-22", "Mar22,2011ProductionMeeting"),
    ("$mon$d,$yearProductionMeeting", "2011-03-01", "Mar1,2011ProductionMeeting"),
    ("$month$day,$year", "2010-01-05", "Jan05,2010"),
    ("$monthname$d,$yearMeeting", "2013-08-12", "August12,2013Meeting"),
    ("Ops$year$mo$day", "2011-03-08", "Ops20110308"),
    ("$d$mon$year", "2011-12-06", "6Dec2011"),
  ])
  func formatsNamesFromThePattern(pattern: String, iso: String, name: String) {
    #expect(TopicPattern(pattern).name(for: MeetingDate(iso: iso)!) == name)
  }

  @Test func readsLongestTokenFirst() {
    #expect(
      TopicPattern("$monthname-$month-$mon-$mo").tokens == [
        .monthName, .literal("-"), .shortMonth, .literal("-"), .shortMonth, .literal("-"),
        .numericMonth,
      ])
    #expect(TopicPattern("$day$d$dx").tokens == [.paddedDay, .day, .day, .literal("x")])
    #expect(TopicPattern("$yearly$").tokens == [.year, .literal("ly$")])
  }

  @Test(arguments: [
    ("Mar1,2011ProductionMeeting", "2011-03-01"),
    ("Mar22,2011ProductionMeeting", "2011-03-22"),
    ("Jan05,2010ProductionMeeting", "2010-01-05"),
    ("April1,2014ProductionMeeting", "2014-04-01"),
    ("August12,2013ProductionMeeting", "2013-08-12"),
    ("DEcember1,2015ProductionMeeting", "2015-12-01"),
    ("Sept6,2011ProductionMeeting", "2011-09-06"),
    ("July26,2011ProductionMeeting", "2011-07-26"),
    ("mar8,2011productionmeeting", "2011-03-08"),
  ])
  func readsTheDatesRealArchivesHold(name: String, iso: String) {
    #expect(osg.date(in: name) == MeetingDate(iso: iso))
  }

  @Test(arguments: [
    "WeeklyProductionMeetings", "ReportTemplate", "Q12011ActionItems",
    "Feb30,2011ProductionMeeting",  // no such day
    "Ma1,2011ProductionMeeting",  // too short to be a month
    "Mar1,2011ProductionMeetingNotes",  // more than the pattern
    "Mar123,2011ProductionMeeting", "Mar1,11ProductionMeeting", "",
  ])
  func ignoresNamesWithoutADate(name: String) {
    #expect(osg.date(in: name) == nil)
  }

  @Test func backtracksWhereTokensTouch() {
    let pattern = TopicPattern("$year$monMeeting")
    #expect(pattern.date(in: "2011MarMeeting") == nil)  // no day token: validate refuses it
    #expect(TopicPattern("$mon$d$year").date(in: "Mar12011") == MeetingDate(iso: "2011-03-01"))
    #expect(TopicPattern("$mon$d$year").date(in: "Mar222011") == MeetingDate(iso: "2011-03-22"))
    #expect(
      TopicPattern("$d$monthnameMeeting$year").date(in: "5MarchMeeting2011")
        == MeetingDate(iso: "2011-03-05"))
  }

  @Test func theSameFieldTwiceMustAgree() {
    let pattern = TopicPattern("$mon$d,$year-$mo")
    #expect(pattern.date(in: "Mar1,2011-03") == MeetingDate(iso: "2011-03-01"))
    #expect(pattern.date(in: "Mar1,2011-04") == nil)
  }

  @Test func formattingAndReadingRoundTripOverYears() {
    var date = MeetingDate(iso: "2009-12-29")!
    for pattern in ["$mon$d,$yearProductionMeeting", "$monthname$day$year", "$year-$mo-$day"] {
      let topic = TopicPattern(pattern)
      for _ in 0..<400 {
        #expect(topic.date(in: topic.name(for: date)) == date)
        date = date.adding(days: 3)
      }
    }
  }

  @Test(arguments: [1, 9, 99, 999, 1000, 2011, 9999])
  func yearsHaveFourDigitsAndReadBack(year: Int) throws {
    let date = try #require(MeetingDate(year: year, month: 3, day: 1))
    let padded = String(repeating: "0", count: 4 - String(year).count) + String(year)
    #expect(osg.name(for: date) == "Mar1,\(padded)ProductionMeeting")
    for pattern in [
      "$mon$d,$yearProductionMeeting", "$d$mon$year", "$year$mo$day", "$monthname$d$yearX",
    ] {
      let topic = TopicPattern(pattern)
      #expect(topic.date(in: topic.name(for: date)) == date, "\(pattern)")
    }
  }

  @Test(arguments: [
    (
      "$mon$dya,$yearProductionMeeting",
      "unknown token '$dya' in topic pattern (did you mean '$day'?)"
    ),
    ("$mont$d,$year", "unknown token '$mont' in topic pattern (did you mean '$month'?)"),
    ("$mon$d,$yearly", "unknown token '$yearly' in topic pattern (did you mean '$year'?)"),
    (
      "$mon$dzzzzzz,$year",
      "unknown token '$dzzzzzz' in topic pattern (tokens: $day $d $month $mon $monthname $mo $year)"
    ),
  ])
  func aTokenRunningIntoLowercaseLettersIsATypo(pattern: String, message: String) {
    #expect(throws: MinutesError(message)) { try TopicPattern(pattern).validate() }
  }

  @Test(arguments: [
    "$mon$d,$yearProductionMeeting", "$month$day,$year", "$monthname$d,$yearMeeting",
    "Ops$year$mo$day", "$d$mon$year", "$year-$mo-$day_x", "$mon$d,$year9",
  ])
  func tokensFollowedByOtherTextStayValid(pattern: String) throws {
    try TopicPattern(pattern).validate()
  }

  @Test func validationAsksForYearMonthAndDay() throws {
    try osg.validate()
    #expect(throws: MinutesError.self) { try TopicPattern("$mon$yearMeeting").validate() }
    #expect(throws: MinutesError.self) { try TopicPattern("Meeting").validate() }
    #expect(throws: MinutesError.self) { try TopicPattern("a/$mon$d$year").validate() }
  }
}

@Suite struct ArchiveTests {
  let pattern = TopicPattern("$mon$d,$yearProductionMeeting")

  @Test func listsDatedTopicsInMeetingOrderAndSetsTheRestAside() {
    let archive = Archive(
      folder: "minutes",
      fileNames: [
        "Mar15,2011ProductionMeeting.txt", "Jan05,2010ProductionMeeting.txt",
        "WeeklyProductionMeetings.txt", "Mar1,2011ProductionMeeting.txt",
        "Dec21,2010ProductionMeeting.txt", "Mar8,2011ProductionMeeting.txt,v",
        "notes.md", ".Mar22,2011ProductionMeeting.txt.123.tmp", "ReportTemplate.txt",
      ],
      pattern: pattern)
    #expect(
      archive.entries.map(\.name) == [
        "Jan05,2010ProductionMeeting", "Dec21,2010ProductionMeeting",
        "Mar1,2011ProductionMeeting", "Mar15,2011ProductionMeeting",
      ])
    #expect(archive.entries.last?.path == "minutes/Mar15,2011ProductionMeeting.txt")
    #expect(archive.undated == ["ReportTemplate", "WeeklyProductionMeetings"])
    #expect(archive.latest?.name == "Mar15,2011ProductionMeeting")
  }

  @Test func latestBeforeIsStrictlyEarlier() {
    let archive = Archive(
      folder: ".",
      fileNames: ["Mar8,2011ProductionMeeting.txt", "Mar15,2011ProductionMeeting.txt"],
      pattern: pattern)
    #expect(
      archive.latest(before: MeetingDate(iso: "2011-03-22")!)?.name == "Mar15,2011ProductionMeeting"
    )
    #expect(
      archive.latest(before: MeetingDate(iso: "2011-03-15")!)?.name == "Mar8,2011ProductionMeeting")
    #expect(archive.latest(before: MeetingDate(iso: "2011-03-08")!) == nil)
    #expect(archive.entries.first?.path == "Mar8,2011ProductionMeeting.txt")
  }

  @Test func aMissingFolderIsAnEmptyArchive() throws {
    let archive = try Archive.load(folder: "/nonexistent/minutes-archive", pattern: pattern)
    #expect(archive.entries.isEmpty)
    #expect(archive.latest == nil)
  }

  @Test func readsTheFolderByNameNotFileTime() throws {
    let folder = fixturesFolder.appendingPathComponent("Archive").path
    let archive = try Archive.load(folder: folder, pattern: pattern)
    #expect(
      archive.entries.map(\.date.iso) == ["2010-12-28", "2011-01-04", "2011-03-01", "2011-03-08"])
    #expect(archive.undated == ["WeeklyProductionMeetings"])
  }
}
