import Foundation
import Testing

@testable import MinutesKit

/// What the fast path of lint, `history` and `stats` shares: the roster of a
/// day made once per set of days, decoding problems kept on the topic, and
/// archives read a topic at a time.
@Suite struct FastCoreTests {
  /// A roster whose every kind of dated fact changes around March 2011.
  static let datedRoster: Roster = {
    var roster = Roster.exampleOverTime
    roster.groups[0].formerNames = [
      FormerName(name: "Compute", until: MeetingDate(iso: "2011-03-08")!)
    ]
    roster.groups[0].owners = [
      Owner(name: "Burt", period: DatePeriod(until: MeetingDate(iso: "2011-03-15")!)),
      Owner(name: "Tony", period: DatePeriod(since: MeetingDate(iso: "2011-03-16")!)),
    ]
    roster.groups[0].deputies = [
      Owner(name: "Tom", period: DatePeriod(since: MeetingDate(iso: "2011-03-22")!))
    ]
    roster.groups[0].stats[0].period = DatePeriod(since: MeetingDate(iso: "2011-03-29")!)
    return roster
  }()

  @Test func datedRostersGiveTheRosterAsOfEveryDay() {
    let roster = FastCoreTests.datedRoster
    let rosters = DatedRosters(roster)
    var day = MeetingDate(iso: "2011-02-20")!
    var distinct: [Roster] = []
    // Every day twice: once made, once remembered.
    for _ in 0..<2 {
      day = MeetingDate(iso: "2011-02-20")!
      for _ in 0..<70 {
        let dated = rosters.roster(on: day)
        #expect(dated == roster.asOf(day), "\(day.iso)")
        if !distinct.contains(dated) { distinct.append(dated) }
        day = day.adding(days: 1)
      }
    }
    // Changes on 03-09 (renamed), 03-16 (owner, LIGO's end), 03-22
    // (deputy), 03-29 (statistic) and 04-05 (Campus's start).
    #expect(distinct.count == 6)
  }

  @Test func undatedRosterIsGivenAsItIs() {
    let rosters = DatedRosters(Roster.example)
    #expect(rosters.roster(on: MeetingDate(iso: "2011-03-22")!) == Roster.example)
  }

  @Test func bytesThatAreNotUTF8AreTheTopicsDecodingErrors() {
    let bytes = Array("---++ CMS (Burt)\n   * ok\n".utf8) + [0xFF, 0x41, 0x0A, 0x42, 0x00, 0xC3]
    let topic = Topic(decoding: bytes, path: "t.txt")
    #expect(
      topic.decodingErrors.map { "\($0.line):\($0.column)@\($0.byteOffset)" } == [
        "3:1@25", "4:3@30",
      ])
    #expect(topic.holdsNUL)
    #expect(topic.lines[2].text == "\u{FFFD}A")
    #expect(topic.lines[3].firstNULOffset == 1)
    let clean = Topic(decoding: Array("a\nb\n".utf8), path: "t.txt")
    #expect(clean.decodingErrors.isEmpty)
    #expect(!clean.holdsNUL)
    #expect(clean.lines[0].firstNULOffset == nil)
  }

  @Test func encodingFindingsAreKeptUnderGroupWhereverTheyStand() {
    let bytes =
      Array(
        "---++ CMS (Burt)\n   * 341 khour/day, 91% success\n---++ LIGO (Britta, Robert E.)\n".utf8)
      + [0x20, 0x20, 0x20, 0x2A, 0x20, 0xFF, 0x0A]
    let findings = Linter().lint(
      bytes: bytes, path: "Mar22,2011ProductionMeeting.txt", roster: .example, group: "CMS",
      today: MeetingDate(iso: "2011-03-22")!)
    #expect(findings.filter { $0.rule == "encoding" }.map(\.location.line) == [4])
    #expect(Linter.allRules.filter(\.isAboutTheFile).map(\.id) == ["encoding"])
  }

  @Test func caseBlindRangeIsFoundFromAnyStart() {
    let text = "é (Open Since 15 Mar 2011) and (open since 1 Apr 2011)"
    let first = ByteSearch.rangeIgnoringASCIICase(
      of: "(open since ", in: text, from: text.startIndex)
    #expect(first.map { String(text[$0]) } == "(Open Since ")
    let second = first.flatMap {
      ByteSearch.rangeIgnoringASCIICase(of: "(open since ", in: text, from: $0.upperBound)
    }
    #expect(second.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == 32)
    #expect(
      ByteSearch.rangeIgnoringASCIICase(of: "(closed", in: text, from: text.startIndex) == nil)
  }

  @Test(arguments: ["Robert E.", "Rob  E.", " . x ", "Scott T.", "Ármen B.", "a..b c", ""])
  func personWordsAsByCharacters(name: String) {
    let byCharacters = nameKey(name).split(separator: " ").map {
      String($0.filter { $0 != "." })
    }
    #expect(OwnerMismatchRule.personWords(name) == byCharacters)
  }

  @Test(arguments: [
    ("Burt", ["Burt"]), ("Scott T. for Rob Q.", ["Scott T.", "Rob Q."]),
    ("Burt / Tony", ["Burt", "Tony"]), (" Burt", ["Burt"]), ("Ármen", ["Ármen"]),
    ("Burt\t", ["Burt"]),
  ])
  func standInsAreSplit(name: String, names: [String]) {
    #expect(OwnerMismatchRule.splitStandIn(name) == names)
  }

  @Test(arguments: [
    ("no figures", false), ("341 khour", true), ("Tier ½ sites", true), ("é", false),
  ])
  func numbersInLabels(text: String, holds: Bool) {
    #expect(ByteSearch.containsNumber(text) == holds)
    #expect(ByteSearch.containsNumber(text) == text.contains(where: \.isNumber))
  }

  @Test func historyAndStatsReadATopicAtATimeAsFromAllTopics() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-fast-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pages = [
      ("Mar8,2011", "---++ CMS (Burt)\n   * 341 khour/day, 91% success\n"),
      ("Mar15,2011", "---++ CMS (Burt)\n   * \n---++ LIGO (Britta, Robert E.)\n   * TBD\n"),
      ("Mar22,2011", "---++ CMS (Burt)\n   * 12 khour/day, 99% success\n"),
    ]
    for (name, text) in pages {
      try Array(text.utf8).write(to: "\(folder)/\(name)ProductionMeeting.txt")
    }
    let roster = FastCoreTests.datedRoster
    let today = MeetingDate(iso: "2011-03-22")!
    let (_, topics) = try ArchiveTopic.load(roster: roster, folder: folder)
    #expect(topics.count == 3)
    let history = try MeetingHistory.load(roster: roster, folder: folder, last: 2, today: today)
    #expect(
      history
        == MeetingHistory(topics: Array(topics.suffix(2)), roster: roster, today: today))
    #expect(history.meetings.map(\.date.iso) == ["2011-03-15", "2011-03-22"])
    let group = roster.groups[0]
    let series = try StatSeries.load(group: group, roster: roster, folder: folder)
    #expect(series == StatSeries(group: group, topics: topics, roster: roster))
    #expect(series.rows.count == 3)
  }
}

extension Array where Element == UInt8 {
  fileprivate func write(to path: String) throws {
    try Data(self).write(to: URL(fileURLWithPath: path))
  }
}
