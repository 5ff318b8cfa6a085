import Testing

@testable import MinutesKit

@Suite struct StatMatcherTests {
  func matcher(_ shape: String) throws -> StatMatcher {
    StatMatcher(try StatShape(parsing: shape))
  }

  @Test(arguments: [
    ("341", 341.0, 0, 0.5),
    ("74,775", 74_775, 0, 0.5),
    ("781844.0", 781_844, 1, 0.05),
    ("1.2M", 1_200_000, 1, 50_000),
    ("167K", 167_000, 0, 500),
    ("943,425.62865", 943_425.628_65, 5, 0.000_005),
    ("-7", -7, 0, 0.5),
    ("2.1m", 2_100_000, 1, 50_000),
  ])
  func readsFiguresAsWritten(text: String, value: Double, decimals: Int, tolerance: Double) throws {
    let figure = try #require(StatFigure(text))
    #expect(abs(figure.value - value) < 1e-6)
    #expect(figure.decimals == decimals)
    #expect(abs(figure.tolerance - tolerance) < 1e-9)
    #expect(figure.text == text)
  }

  @Test(arguments: ["91,92", "200TB", "12abc", "", "-", "1,2345"])
  func rejectsWhatIsNoFigure(text: String) {
    #expect(StatFigure(text) == nil)
  }

  @Test func readsTheCMSLine() throws {
    let match = try #require(
      try matcher("{khours} khour/day, {success}% success").firstMatch(
        in: "   * 341 khour/day, 91% success"))
    #expect(match[slot: "khours"]?.figure?.value == 341)
    #expect(match[slot: "khours"]?.offset == 5)
    #expect(match[slot: "success"]?.figure?.value == 91)
    #expect(match.isComplete)
  }

  @Test func readsTheLIGOJobsAndWallClockLines() throws {
    let jobs = try #require(
      try matcher("{jobs} jobs total ({ok} / {failed} = {rate}% success)").firstMatch(
        in: "      * 74775 jobs total (60156 / 14619 = 80.4% success)"))
    #expect(jobs.slots.map { $0.figure?.value } == [74775, 60156, 14619, 80.4])
    let wall = try #require(
      try matcher("{hours} wall clock hours total ({ok} / {failed} = {rate}% success)").firstMatch(
        in: "      * 781844.0 wall clock hours total (727948.8 / 53895.2 = 93.1% success)"))
    #expect(wall[slot: "hours"]?.figure?.decimals == 1)
    #expect(wall[slot: "failed"]?.figure?.value == 53895.2)
  }

  @Test func matchesWithoutCaseWithOtherSpacingAndTrailingPunctuation() throws {
    let shape = try matcher("{jobs} jobs total ({ok} / {failed} = {rate}% success).")
    #expect(shape.firstMatch(in: "* 74975 Jobs  total (51987/22987 =69.3% Success);") != nil)
    #expect(shape.firstMatch(in: "* 74975 jobs total (51987 / 22987 = 69.3% success)") != nil)
    #expect(shape.firstMatch(in: "* 74975 jobs overall (51987 / 22987 = 69.3% success)") == nil)
  }

  @Test func readsScaledAndGroupedFigures() throws {
    let atlas = try matcher("USATLAS ran {jobs} jobs, with CPU/Walltime ratio of {ratio}%")
    let match = try #require(
      atlas.firstMatch(
        in: "* Gratia report: USATLAS ran 2.1M jobs, with CPU/Walltime ratio of 92%."))
    #expect(match[slot: "jobs"]?.figure?.value == 2_100_000)
    let perDay = try #require(
      try matcher("average {jobs} jobs per day").firstMatch(in: "   * average 167K jobs per day"))
    #expect(perDay[slot: "jobs"]?.figure?.value == 167_000)
    let rac = try #require(
      try matcher("Recent Average Credit (RAC): {rac}").firstMatch(
        in: "   * Recent Average Credit (RAC):943,425.62865, Last Week: 1"))
    #expect(rac[slot: "rac"]?.figure?.value == 943_425.628_65)
  }

  @Test func questionMarksAndGapsAreBlankSlots() throws {
    let usage = try matcher("{users} users utilized {sites} sites")
    let marked = try #require(
      usage.firstMatch(in: "   * This week's total usage: ? users utilized ? sites"))
    #expect(marked.blankSlots.map(\.name) == ["users", "sites"])
    #expect(marked.blankSlots.map(\.marker) == ["?", "?"])
    #expect(marked[slot: "users"]?.offset == 30)

    let gaps = try #require(
      usage.firstMatch(in: "   * Current week's total usage:  users utilized  sites"))
    #expect(gaps.blankSlots.map(\.name) == ["users", "sites"])
    // Each blank points into its gap, after the first of the two spaces.
    #expect(gaps[slot: "users"]?.offset == 33)
    #expect(gaps[slot: "sites"]?.offset == 49)

    let underscores = try #require(usage.firstMatch(in: "* ___ users utilized ___ sites"))
    #expect(underscores.blankSlots.map(\.marker) == ["___", "___"])
  }

  @Test func neverReadsHalfANumberOrAWord() throws {
    let usage = try matcher("{users} users utilized {sites} sites")
    let match = try #require(usage.firstMatch(in: "usage: 14 users utilized 121 sites"))
    #expect(match[slot: "users"]?.figure?.value == 14)
    #expect(match[slot: "sites"]?.figure?.value == 121)
    #expect(usage.firstMatch(in: "many users were happy") == nil)
    #expect(usage.firstMatch(in: "foousers utilized 3 sites") == nil)
  }

  @Test func aBlankNeedsTheGapTheShapeLeaves() throws {
    let failed = try matcher("failed {jobs} jobs")
    // Prose that happens to hold the words is no statistic...
    #expect(failed.firstMatch(in: "   * the spike in failed jobs count on Jan 25") == nil)
    // ...but the two spaces around a missing figure are.
    #expect(failed.firstMatch(in: "   * failed  jobs")?.blankSlots.map(\.name) == ["jobs"])
    let cms = try matcher("{khours} khour/day, {success}% success")
    // No blank between "wall" and "kHour/day": the figure, one word before
    // the shape's words, reads as the statistic in new words.
    let wall = try #require(cms.firstMatch(in: "   * 66 wall kHour/day, 85% success"))
    #expect(wall.isComplete && wall[slot: "khours"]?.figure?.value == 66)
    let rac = try matcher("Recent Average Credit (RAC): {rac}")
    #expect(rac.firstMatch(in: "   * Recent Average Credit (RAC):")?.blankSlots.count == 1)
  }

  @Test func findsEveryOccurrenceInALine() throws {
    let rac = try matcher("{value} khour/day")
    let matches = rac.matches(in: "CMS 341 khour/day, last week 300 khour/day")
    #expect(matches.map { $0.slots[0].figure?.value } == [341, 300])
  }

  @Test func readsAFigureWrittenInNewWords() throws {
    let shape = try matcher("ran {jobs} jobs, with CPU/Walltime ratio of {ratio}%")
    // A word put in: the figure is there, read as the shape's.
    let inserted = try #require(
      shape.firstMatch(
        in: "* Gratia report: USATLAS ran 2.8M pilot jobs, with cpu/walltime ratio of 85%"))
    #expect(inserted[slot: "jobs"]?.figure?.value == 2_800_000)
    #expect(inserted[slot: "ratio"]?.figure?.value == 85)
    #expect(inserted.range.lowerBound == 25)
    // The figure moved before the words that led to it, a clause put in.
    let moved = try #require(
      shape.firstMatch(in: "* 2M pilot jobs run on USATLAS sites, with CPU/walltime ratio of 85%"))
    #expect(moved[slot: "jobs"]?.figure?.value == 2_000_000)
    #expect(moved[slot: "jobs"]?.offset == 2)
    #expect(moved.isComplete)
    // The figure's `%` left out: the first figure after the words is read.
    let twoWeeks = try #require(
      shape.firstMatch(
        in: "USATLAS ran 2.9M jobs, with CPU/Walltime ratio of 31 for the last week, and 81% for"))
    #expect(twoWeeks[slot: "ratio"]?.figure?.value == 31)
  }

  @Test func aRewordingNeedsEveryWordAfterTheFirstSlotAndEveryFigure() throws {
    let shape = try matcher("ran {jobs} jobs, with CPU/Walltime ratio of {ratio}%")
    // A word of the shape replaced, a figure missing, too many words put in.
    #expect(shape.firstMatch(in: "ran 2M jobs, with CPU/Walltime share of 85%") == nil)
    #expect(shape.firstMatch(in: "ran 2M pilot jobs, with CPU/Walltime ratio of ?%") == nil)
    #expect(
      shape.firstMatch(
        in: "ran 2M jobs of the pilot kind seen here, with CPU/Walltime ratio of 85%")
        == nil)
    // Shapes with fewer than three words after the first slot match only as written.
    #expect(try matcher("average {jobs} jobs").firstMatch(in: "average 92K pilot jobs") == nil)
    #expect(
      try matcher("{users} users utilized {sites} sites").firstMatch(
        in: "5 users have utilized 16 sites")?[slot: "sites"]?.figure?.value == 16)
  }
}

@Suite struct StatEquationTests {
  let jobsSlots = ["jobs", "ok", "failed", "rate"]

  func figures(_ pairs: [String: String]) -> [String: StatFigure] {
    pairs.mapValues { StatFigure($0)! }
  }

  @Test func sumAndRateOfTheRealFiguresHold() throws {
    let sum = try StatEquation(parsing: "jobs = ok + failed", slots: jobsSlots)
    let rate = try StatEquation(parsing: "rate = 100 * ok / jobs", slots: jobsSlots)
    let written = figures(["jobs": "74775", "ok": "60156", "failed": "14619", "rate": "80.4"])
    #expect(sum.evaluate(written) == .holds)
    #expect(rate.evaluate(written) == .holds)
    let wall = figures(["jobs": "781844.0", "ok": "727948.8", "failed": "53895.2", "rate": "93.1"])
    #expect(sum.evaluate(wall) == .holds)
    #expect(rate.evaluate(wall) == .holds)
  }

  @Test func roundingDecidesWhatHolds() throws {
    let rate = try StatEquation(parsing: "rate = 100 * ok / jobs", slots: jobsSlots)
    // 100 * 8045 / 10000 = 80.45: 80.4 is within its rounding, 84.0 is not.
    #expect(rate.evaluate(figures(["rate": "80.4", "ok": "8045", "jobs": "10000"])) == .holds)
    #expect(rate.evaluate(figures(["rate": "80.5", "ok": "8045", "jobs": "10000"])) == .holds)
    guard
      case .fails(let left, let right) = rate.evaluate(
        figures(["rate": "84.0", "ok": "8045", "jobs": "10000"]))
    else {
      Issue.record("84.0% should not match 80.45")
      return
    }
    #expect(left.contains(84.0))
    #expect(right.contains(80.45))
    // A whole percentage carries a whole unit of rounding.
    #expect(rate.evaluate(figures(["rate": "91", "ok": "9080", "jobs": "10000"])) == .holds)
    let sum = try StatEquation(parsing: "jobs = ok + failed", slots: jobsSlots)
    #expect(sum.evaluate(figures(["jobs": "74785", "ok": "60156", "failed": "14619"])) != .holds)
  }

  @Test func blankSlotsAndZeroDivisorsAreUnknown() throws {
    let rate = try StatEquation(parsing: "rate = 100 * ok / jobs", slots: jobsSlots)
    #expect(rate.evaluate(figures(["rate": "80.4", "ok": "1"])) == .unknown)
    #expect(rate.evaluate(figures(["rate": "0", "ok": "0", "jobs": "0"])) == .unknown)
  }

  @Test func parsesPrecedenceParenthesesAndNegation() throws {
    let equation = try StatEquation(parsing: "rate = (ok - -failed) * 2 / (jobs)", slots: jobsSlots)
    #expect(equation.slotNames == ["rate", "ok", "failed", "jobs"])
    #expect(
      equation.evaluate(figures(["rate": "10", "ok": "3", "failed": "2", "jobs": "1"])) == .holds)
    let precedence = try StatEquation(parsing: "jobs = ok + failed * 2", slots: jobsSlots)
    #expect(precedence.evaluate(figures(["jobs": "7", "ok": "1", "failed": "3"])) == .holds)
  }

  @Test(arguments: [
    ("jobs = ok +", "syntax error in check 'jobs = ok +' at column 12: expected a number"),
    ("jobs ok", "at column 6: expected '='"),
    ("jobs = (ok", "expected ')'"),
    ("jobs = ok = failed", "at column 11: expected an operator or the end"),
    (
      "jobs = okk + failed",
      "unknown slot 'okk' in check 'jobs = okk + failed' at column 8 (did you mean 'ok'?)"
    ),
    ("jobs = zzzzzz", "the shape's slots are 'jobs', 'ok', 'failed', 'rate'"),
    ("jobs = 1.2.3", "expected a number"),
  ])
  func reportsErrorsWithTheirColumn(equation: String, message: String) {
    #expect {
      try StatEquation(parsing: equation, slots: jobsSlots)
    } throws: { error in
      (error as? MinutesError)?.message.contains(message) == true
    }
  }
}
