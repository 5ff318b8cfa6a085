import Foundation
import Testing

@testable import MinutesKit

/// Figures as people write them (glued and spaced units and scales, ranges,
/// approximations, quotes), statistics with several shapes or on a
/// sub-bullet, and checks that are exact for whole counts.
@Suite struct FigureReadingTests {
  func match(_ shape: String, _ line: String) throws -> StatMatch? {
    StatMatcher(try StatShape(parsing: shape)).firstMatch(in: line)
  }

  @Test(arguments: [
    ("{tb} TB/day", "   * ~363 TB/day", 363.0, 363.0),
    ("{tb} TB/day", "   * rate was 300TB/day", 300, 300),
    ("{tb} TB/day", "   * rate was 200~400TB/day.", 200, 400),
    ("{tb} TB/day", "   * rate was 200 ~ 400 TB/day", 200, 400),
    ("{tb} TB/day", "   * rate was 200TB~400TB/day", 200, 400),
    ("{jobs} jobs", "   * 12k jobs", 12_000, 12_000),
    ("{jobs} jobs", "   * 1.5M jobs", 1_500_000, 1_500_000),
    ("{jobs} jobs", "   * 1.3 M jobs", 1_300_000, 1_300_000),
    ("{jobs} jobs", "   * 8-9k jobs", 8_000, 9_000),
    ("{jobs} jobs", "   * ~10k jobs", 10_000, 10_000),
    ("{jobs} jobs", "   * around 400 jobs", 400, 400),
    ("{jobs} jobs", "   * about 1,156,171 jobs", 1_156_171, 1_156_171),
    ("ran {jobs} jobs", "   * ran 2.9M jobs", 2_900_000, 2_900_000),
  ])
  func readsFiguresAsWritten(shape: String, line: String, low: Double, high: Double) throws {
    let found = try #require(try match(shape, line))
    let figure = try #require(found.slots.first?.figure, "\(line)")
    #expect(figure.low == low)
    #expect(figure.high == high)
  }

  @Test func aRangeOrAnApproximationSaysSo() throws {
    let range = try #require(StatFigure("8-9k"))
    #expect(range.range == 8_000...9_000)
    #expect(range.value == 8_500)
    #expect(!range.isApproximate)
    let about = try #require(StatFigure("about 400"))
    #expect(about.isApproximate && about.isRounded)
    #expect(StatFigure("74775")?.isRounded == false)
    #expect(StatFigure(" 1.5M.")?.value == 1_500_000)
    #expect(StatFigure.first(in: "about 441 khour/week")?.value == 441)
    // A date is no range: its high end is below its low one.
    #expect(StatFigure("2010-11")?.range == nil)
  }

  /// `383 khour/day, 94% "success".` is the CMS statistic, quotes and all.
  @Test func quotesAndTrailingPunctuationAroundWords() throws {
    let found = try #require(
      try match(
        "{khours} khour/day, {rate}% success",
        "   * 383 khour/day, 94% \"success\".  (Had some large MC workflows fail)"))
    #expect(found[slot: "khours"]?.figure?.value == 383)
    #expect(found[slot: "rate"]?.figure?.value == 94)
  }

  /// Letters glued to a figure belong to the shape's next word only.
  @Test func gluedLettersMustBeTheShapesWord() throws {
    #expect(try match("{tb} TB/day", "   * 300GB/day") == nil)
    #expect(try match("average {jobs}", "   * average 5x") == nil)
    #expect(try match("{n} M events", "   * 3 M events")?.slots.first?.figure?.value == 3)
  }

  func equation(_ text: String, _ slots: [String]) throws -> StatEquation {
    try StatEquation(parsing: text, slots: slots)
  }

  func figures(_ pairs: [(String, String)]) throws -> [String: StatFigure] {
    var result: [String: StatFigure] = [:]
    for (name, text) in pairs {
      let figure: StatFigure = try #require(StatFigure(text))
      result[name] = figure
    }
    return result
  }

  /// Whole counts are exact; decimals, scales and quotients are rounded.
  @Test func wholeCountsAreExact() throws {
    let sum = try equation("jobs = ok + failed", ["jobs", "ok", "failed"])
    let rate = try equation("rate = 100 * ok / jobs", ["jobs", "ok", "rate"])
    let good = try figures([("jobs", "74775"), ("ok", "60156"), ("failed", "14619")])
    #expect(sum.evaluate(good) == .holds)
    let typo = try figures([("jobs", "74776"), ("ok", "60156"), ("failed", "14619")])
    guard case .fails = sum.evaluate(typo) else {
      Issue.record("74776 against 60156 + 14619 holds")
      return
    }
    // Wall-clock hours written with one decimal may be off by 0.1.
    let hours = try figures([("jobs", "254175.0"), ("ok", "231425.8"), ("failed", "22749.1")])
    #expect(sum.evaluate(hours) == .holds)
    // A percentage is a rounded quotient, however it is written.
    for written in ["80", "80.4", "80.45"] {
      let figures = try figures([("jobs", "74775"), ("ok", "60156"), ("rate", written)])
      #expect(rate.evaluate(figures) == .holds, "\(written)")
    }
    let wrong = try figures([("jobs", "74775"), ("ok", "60156"), ("rate", "84.0")])
    #expect(rate.evaluate(wrong) != .holds)
    // Scaled figures are rounded: 1.2M = 700K + 450K holds within 50K.
    let scaled = try figures([("jobs", "1.2M"), ("ok", "700K"), ("failed", "450K")])
    #expect(sum.evaluate(scaled) == .holds)
  }

  /// A check over a range holds when some value in the range makes it hold.
  @Test func aRangeHoldsWhenSomeValueDoes() throws {
    let sum = try equation("total = a + b", ["total", "a", "b"])
    #expect(
      sum.evaluate(try figures([("total", "200~400"), ("a", "150"), ("b", "200")])) == .holds)
    #expect(
      sum.evaluate(try figures([("total", "200~400"), ("a", "250"), ("b", "200")])) != .holds)
  }

  @Test func previousNamesLastWeeksSlot() throws {
    let change = try equation("delta = rank - previous.rank", ["rank", "delta"])
    #expect(change.usesPrevious)
    #expect(change.slotNames == ["delta", "rank", "previous.rank"])
    var figures = try figures([("rank", "3"), ("delta", "1")])
    #expect(change.evaluate(figures) == .unknown)
    figures["previous.rank"] = StatFigure("2")
    #expect(change.evaluate(figures) == .holds)
    figures["previous.rank"] = StatFigure("4")
    #expect(change.evaluate(figures) != .holds)
    #expect(throws: MinutesError.self) { try equation("d = previous.rnak", ["rank", "d"]) }
  }

  /// Shapes a figure could never fill, or that any figure would.
  @Test(arguments: [
    ("{jobs}", 0, "has no words"),
    ("{a} / {b}", 0, "has no words"),
    ("{a}5 jobs", 3, "would take the '5'"),
    ("{n}k jobs", 3, "as its scale"),
    ("{low}-{high} TB/day", 5, "reads as one range"),
  ])
  func shapesThatCannotMatchAreRefused(shape: String, offset: Int, message: String) throws {
    let problem = try #require(try StatShape(parsing: shape).problem)
    #expect(problem.offset == offset)
    #expect(problem.message.contains(message), "\(problem.message)")
  }

  @Test(arguments: ["{tb}TB/day", "{n} jobs", "{r}%  success", "{n}kB stored", "ratio {r}%"])
  func shapesThatCanMatchAreTaken(shape: String) throws {
    #expect(try StatShape(parsing: shape).problem == nil)
  }

  func context(_ text: String, stats: [StatDeclaration]) -> LintContext {
    var roster = Roster.example
    roster.groups[0].stats = stats
    return LintContext(
      topic: Topic(text: text, path: "Mar22,2011ProductionMeeting.txt"), roster: roster,
      today: MeetingDate(iso: "2011-03-22")!)
  }

  /// The first shape that matches on a line wins; each line is read once.
  @Test func alternativeShapes() throws {
    let stat = StatDeclaration(
      name: "computing", shape: "{khours} khour/day, {success}% success",
      alternatives: ["{khours} khr/day, {success}% success", "{khours} khours/day"])
    #expect(stat.slotNames == ["khours", "success"])
    let found = context(
      """
      ---++ CMS (Burt)
         * 440 khr/day, 82% success rate
         * ~76 khours/day
         * 341 khour/day, 91% success
      """, stats: [stat]
    ).statOccurrences
    #expect(found.map(\.lineIndex) == [1, 2, 3])
    #expect(found.map { $0.match[slot: "khours"]?.figure?.value } == [440, 76, 341])
    #expect(found[1].match[slot: "success"] == nil)
  }

  /// A labelled bullet and its figure on the sub-bullet below.
  @Test func aShapeSpansALabelAndItsSubBullet() throws {
    let stat = StatDeclaration(name: "real", shape: "Real Jobs processed: {jobs}")
    let found = context(
      """
      ---++ CMS (Burt)
         * Real Jobs processed:
            * 520K
         * Real Jobs processed: 610K
         * Real Jobs processed:
         * 700K
      """, stats: [stat]
    ).statOccurrences
    #expect(found.map { $0.match[slot: "jobs"]?.figure?.value } == [520_000, 610_000, nil])
    let slot = try #require(found.first?.match[slot: "jobs"])
    #expect(slot.lineOffset == 1)
    #expect(slot.offset == 8)
  }

  /// The roster reads a list of shapes, and refuses a shape that cannot
  /// match at the very character.
  @Test func rosterShapesMayBeAList() throws {
    let roster = try RosterLoader.load(
      yaml: validRoster.replacingOccurrences(
        of: "shape: \"{jobs} jobs total ({ok} / {failed} = {rate}% success)\"",
        with: "shape: [\"{jobs} jobs total ({ok} / {failed} = {rate}% success)\", \"{jobs} jobs\"]"),
      path: "roster.yaml")
    let stat = try #require(roster.groups.first?.stats.first)
    #expect(stat.alternatives == ["{jobs} jobs"])
    #expect(stat.matchers.count == 2)
    #expect(throws: MinutesError.self) {
      try RosterLoader.load(
        yaml: validRoster.replacingOccurrences(
          of: "\"{jobs} jobs total ({ok} / {failed} = {rate}% success)\"", with: "\"{jobs}\""),
        path: "roster.yaml")
    }
  }

  /// A check of last week's figure reads the topic before, found in the
  /// same folder as `new` finds it.
  @Test func lintReadsLastWeeksFiguresForPrevious() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("previous-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var roster = Roster.example
    roster.groups[0].stats = [
      StatDeclaration(
        name: "rank", shape: "rank based on RAC: {rank} ({change})",
        checks: ["change = previous.rank - rank"])
    ]
    #expect(roster.usesPreviousFigures)
    try "---++ CMS (Burt)\n   * rank based on RAC: 3 (+0)\n".write(
      to: folder.appendingPathComponent("Mar15,2011ProductionMeeting.txt"), atomically: true,
      encoding: .utf8)
    func mismatches(_ line: String) -> [String] {
      let path = folder.appendingPathComponent("Mar22,2011ProductionMeeting.txt").path
      return Linter().lint(
        bytes: Array("---++ CMS (Burt)\n   * \(line)\n".utf8), path: path, roster: roster,
        today: MeetingDate(iso: "2011-03-22")!
      ).filter { $0.rule == "stat-mismatch" }.map(\.message)
    }
    #expect(mismatches("rank based on RAC: 2 (+1)").isEmpty)
    #expect(
      mismatches("rank based on RAC: 1 (+1)") == [
        "check 'change = previous.rank - rank' fails: +1 against 2"
      ])
    #expect(!Roster.example.usesPreviousFigures)
  }

  /// A slot that holds a range at some meeting gets low and high columns.
  @Test func statsGivesARangesEnds() throws {
    var roster = Roster.example
    roster.groups[0].stats = [StatDeclaration(name: "transfer", shape: "rate was {tb} TB/day")]
    let group = roster.groups[0]
    let topics = [("Mar15", "300TB/day"), ("Mar22", "200~400TB/day"), ("Mar29", "around ?TB/day")]
      .map { day, figure in
        let name = "\(day),2011ProductionMeeting"
        return ArchiveTopic(
          entry: Archive.Entry(
            name: name, date: roster.meeting.topicPattern.date(in: name)!, path: "\(name).txt"),
          topic: Topic(text: "---++ CMS (Burt)\n   * rate was \(figure)\n", path: "\(name).txt"))
      }
    let series = StatSeries(group: group, topics: topics, roster: roster)
    #expect(
      series.csv.split(separator: "\n").map(String.init) == [
        "date,topic,transfer.tb,transfer.tb.low,transfer.tb.high",
        "2011-03-15,\"Mar15,2011ProductionMeeting\",300,300,300",
        "2011-03-22,\"Mar22,2011ProductionMeeting\",300,200,400",
        "2011-03-29,\"Mar29,2011ProductionMeeting\",,,",
      ])
    let json = try series.json
    #expect(json.contains("\"ranges\""))
    let blank = try #require(try match("rate was {tb} TB/day", "   * rate was around ?TB/day"))
    #expect(blank.blankSlots.map(\.marker) == ["?"])
  }

  /// With the default blank `?`, a lone `?` where a figure would stand is
  /// template text left in; a `?` that ends a question is not.
  @Test func aLoneQuestionMarkIsTheDefaultBlank() {
    #expect(LintText.placeholders(in: "   * Recent Average Credit (RAC): ?", blank: "?").count == 1)
    #expect(LintText.placeholders(in: "   * rate was around ?TB/day", blank: "?").count == 1)
    #expect(LintText.placeholders(in: "   * downtime (14:00 - 19:00)?", blank: "?").isEmpty)
    #expect(LintText.placeholders(in: "   * Why? Nobody knows", blank: "?").isEmpty)
    #expect(LintText.placeholders(in: "   * RAC: ?", blank: "___").isEmpty)
  }
}
