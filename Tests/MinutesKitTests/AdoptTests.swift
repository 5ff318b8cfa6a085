import Testing

@testable import MinutesKit

@Suite struct AdoptTests {
  @Test func guessesThePatternAndTheMonthsAsTheLatestTopicsSpellThem() throws {
    let guess = try #require(
      TopicNameGuess.guess([
        "Jul6,2010OpsMeeting", "July5,2011OpsMeeting", "Aug2,2011OpsMeeting", "WeeklyOpsMeetings",
      ]))
    #expect(guess.pattern.pattern == "$mon$d,$yearOpsMeeting")
    #expect(guess.matching == 3)
    #expect(guess.months[6] == "July")
    #expect(guess.months[7] == "Aug")
  }

  @Test func oneEarlyPaddedDayDoesNotMakeThePatternPadded() throws {
    let guess = try #require(
      TopicNameGuess.guess(["Jan05,2010Ops", "Feb2,2010Ops", "Mar2,2010Ops", "Mar16,2010Ops"]))
    #expect(guess.pattern.pattern == "$mon$d,$yearOps")
  }

  @Test func aSlashInTheHeadingNamesTwoOwners() {
    let topic = Topic(text: "---++ CMS (Burt / Tony)\n   * 10 jobs\n", path: "t")
    let date = MeetingDate(year: 2011, month: 12, day: 20)!
    var evidence = GroupEvidence(name: "CMS", date: date, index: 0)
    evidence.add(section: topic.sections[0], of: topic, date: date, index: 0, position: 0)
    #expect(Set(evidence.owners.keys) == ["burt", "tony"])
  }

  @Test func guessesNumericDatesWithPaddedDays() throws {
    let guess = try #require(TopicNameGuess.guess(["Ops-2011-03-08", "Ops-2011-03-15"]))
    #expect(guess.pattern.pattern == "Ops-$year-$mo-$day")
  }

  @Test func readsFiguresThatAreWholeWordsOnly() {
    let line = FigureLine("341 khour/day, 91% success at 500TB")
    #expect(line.figures.map(\.text) == ["341", "91"])
    #expect(line.slotNames() == ["khour", "success"])
    #expect(line.shape(slots: line.slotNames()) == "{khour} khour/day, {success}% success at 500TB")
    #expect(FigureLine("OSG 3.0.9 release").isIdentifierLike)
    let usage = FigureLine("Last week's total usage: 33 users utilized 48 sites;")
    let core = usage.core(slots: usage.slotNames())
    #expect(core.prefix == "Last week's total usage: ")
    #expect(core.shape == "{users} users utilized {sites} sites")
    #expect(core.suffix == ";")
    let jobs = FigureLine("Ran 10 jobs (9 ok / 1 failed = 90% success); fine")
    #expect(
      jobs.core(slots: jobs.slotNames()).shape
        == "Ran {jobs} jobs ({ok} ok / {failed} failed = {success}% success)")
    let bare = FigureLine("E@H rank: 1,234 (+5)")
    #expect(bare.core(slots: ["rank", "n"]).shape == "E@H rank: {rank} (+{n})")
    #expect(!FigureLine("33 users utilized 48 sites").isIdentifierLike)
  }

  @Test func findsTheEquationsThatHoldWeekAfterWeek() {
    let first = FigureLine("100 jobs (90 ok / 10 failed)")
    var stat = StatEvidence(
      line: first, date: MeetingDate(year: 2011, month: 1, day: 4)!, reports: 1)
    for (week, text) in [
      "100 jobs (90 ok / 10 failed)", "50 jobs (25 ok / 25 failed)", "70 jobs (60 ok / 10 failed)",
      "10 jobs (9 ok / 1 failed)", "20 jobs (5 ok / 15 failed)",
    ].enumerated() {
      stat.add(
        FigureLine(text), date: MeetingDate(year: 2011, month: 1, day: 4 + week)!, reports: week + 1
      )
    }
    #expect(stat.checks.map(\.equation.source) == ["jobs = ok + failed"])
    #expect(stat.checks.first?.holds == 5)
  }

  @Test func ownersCoverTheGroupsDaysWithoutGaps() {
    let day = { (month: Int, dayOfMonth: Int) in
      MeetingDate(year: 2011, month: month, day: dayOfMonth)!
    }
    var periods: [(since: MeetingDate?, until: MeetingDate?)] = [
      (nil, day(2, 1)), (day(3, 1), day(4, 5)),
    ]
    OwnerCoverage.close(&periods, since: day(1, 4), until: day(6, 28))
    #expect(periods[1].since == day(2, 2))
    #expect(periods[1].until == nil)
  }
}
