import Foundation
import Testing

@testable import MinutesKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A topic of the example roster's meeting on `iso`, with `body` as its page.
private func archiveTopic(_ iso: String, _ body: String) -> ArchiveTopic {
  let date = MeetingDate(iso: iso)!
  let name = Roster.example.meeting.topicPattern.name(for: date)
  return ArchiveTopic(
    entry: Archive.Entry(name: name, date: date, path: "minutes/\(name).txt"),
    topic: Topic(text: body, path: "minutes/\(name).txt"))
}

@Suite struct MeetingHistoryTests {
  @Test func classifiesEachGroupAtEachMeetingAsLintSeesIt() {
    var roster = Roster.example
    roster.groups[1].away = [MeetingDate(iso: "2011-03-15")!...MeetingDate(iso: "2011-03-15")!]
    roster.groups[2].reports = .every(weeks: 2, anchor: MeetingDate(iso: "2011-03-08")!)
    let topics = [
      archiveTopic(
        "2011-03-08",
        """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        ---++ LIGO (Britta, Robert E.)
           * 
           * ___ users utilized ___ sites
        ---++ Engage (Mats, John)
           * New users
        """),
      archiveTopic(
        "2011-03-15",
        """
        ---++ CMS (Burt)
           * TBD
        ---++ LIGO (Britta, Robert E.)
        """),
      archiveTopic(
        "2011-03-22",
        """
        ---+ OSG Production Meeting
        ---++ LIGO (Britta, Robert E.)
        ---+++ Gratia Reports
           * 4 users utilized 21 sites
        ---++ Engage (Mats, John)

        """),
    ]
    let history = MeetingHistory(topics: topics, roster: roster)
    #expect(history.meetings.map(\.date.iso) == ["2011-03-08", "2011-03-15", "2011-03-22"])
    #expect(history.rows.map(\.group) == ["CMS", "LIGO", "Engage"])
    #expect(history.rows[0].statuses == [.reported, .empty, .missing])
    #expect(history.rows[1].statuses == [.empty, .away, .reported])
    #expect(history.rows[2].statuses == [.reported, .notDue, .empty])
    #expect(history.rows[0].isFlagged)
    #expect(history.rows[0].longestMissedRun == 2 && history.rows[0].missedInARow == 2)
    #expect(history.rows[0].reported == 1 && history.rows[0].due == 3)
    #expect(!history.rows[1].isFlagged)
    #expect(history.rows[1].due == 2)
    #expect(history.rows[2].due == 2)
  }

  @Test(arguments: [
    ([ReportStatus.empty, .missing], 2, 2, true),
    ([.empty, .reported, .missing], 1, 1, false),
    // Away and not-due meetings neither break nor extend a run.
    ([.empty, .away, .notDue, .missing, .reported], 2, 0, true),
    ([.reported, .away, .empty], 1, 1, false),
    ([.empty, .empty, .empty, .reported, .empty, .empty], 3, 2, true),
    ([.away, .notDue], 0, 0, false),
  ])
  func flagsTwoOrMoreMissedInARow(
    statuses: [ReportStatus], longest: Int, current: Int, flagged: Bool
  ) {
    let row = MeetingHistory.Row(group: "CMS", statuses: statuses)
    #expect(row.longestMissedRun == longest)
    #expect(row.missedInARow == current)
    #expect(row.isFlagged == flagged)
  }

  @Test func csvQuotesNamesThatNeedIt() {
    let history = MeetingHistory(
      meetings: [MeetingHistory.Meeting(date: MeetingDate(iso: "2011-03-22")!, topic: "T")],
      rows: [MeetingHistory.Row(group: "Ops, \"core\"", statuses: [.reported])])
    #expect(
      history.csv
        == "group,2011-03-22,reported,due,longest_missed_run,missed_in_a_row,flagged\n"
        + "\"Ops, \"\"core\"\"\",reported,1,1,0,0,no\n")
  }

  @Test func anEmptyArchiveSaysSo() {
    let history = MeetingHistory(topics: [], roster: .example)
    #expect(history.text(archive: "minutes") == "no dated topics in minutes\n")
    #expect(history.rows.allSatisfy { $0.statuses.isEmpty })
  }
}

@Suite struct StatSeriesTests {
  var roster: Roster {
    var roster = Roster.example
    roster.groups[1].rollovers = [
      Rollover(
        from: "Current week's total usage", to: "Previous week's total usage",
        fromAlternatives: ["This week's total usage"])
    ]
    return roster
  }

  @Test func takesEachMeetingsOwnFiguresNotTheRolledOverOnes() throws {
    let topics = [
      archiveTopic(
        "2011-03-08",
        """
        ---++ LIGO (Britta, Robert E.)
           * Previous week's total usage: 9 users utilized 99 sites
              * 999 jobs total (900 / 99 = 90.1% success)
           * This week's total usage: 4 users utilized 21 sites
              * 74,775 jobs total (60156 / 14619 = 80.4% success)
        """),
      archiveTopic(
        "2011-03-15",
        """
        ---++ LIGO (Britta, Robert E.)
           * Current week's total usage: 5 users utilized ? sites
              * 1.2M jobs total (1.1M / 0.1M = 91.7% success)
           * Previous week's total usage: 4 users utilized 21 sites
        """),
      archiveTopic(
        "2011-03-22",
        """
        ---++ LIGO (Britta, Robert E.)
           * Previous week's total usage: 5 users utilized 30 sites
        ---++ CMS (Burt)
           * 3 users utilized 3 sites (another group's line)
        """),
      archiveTopic(
        "2011-03-29",
        """
        ---++ LIGO (Britta, Robert E.)
           * Gratia: 6 users utilized 31 sites
        """),
    ]
    let ligo = try #require(roster.group(named: "LIGO"))
    let series = StatSeries(group: ligo, topics: topics, roster: roster)
    #expect(
      series.columns.map(\.name) == [
        "usage.users", "usage.sites", "jobs.jobs", "jobs.ok", "jobs.failed", "jobs.rate",
      ])
    let values = series.rows.map { $0.values.map { $0?.value } }
    #expect(values[0] == [4, 21, 74775, 60156, 14619, 80.4])
    #expect(values[1] == [5, nil, 1.2e6, 1.1e6, 1e5, 91.7])
    #expect(values[2] == [nil, nil, nil, nil, nil, nil])
    #expect(values[3] == [6, 31, nil, nil, nil, nil])
    #expect(series.reportedRows.map(\.date.iso) == ["2011-03-08", "2011-03-15", "2011-03-29"])
    #expect(
      series.csv.split(separator: "\n")[2]
        == "2011-03-15,\"Mar15,2011ProductionMeeting\",5,,1200000,1100000,100000,91.7")

    let only = StatSeries(group: ligo, stats: [ligo.stats[0]], topics: topics, roster: roster)
    #expect(only.columns.map(\.name) == ["usage.users", "usage.sites"])
    let json = try JSONSerialization.jsonObject(with: Data(try only.json.utf8)) as? [String: Any]
    let meetings = try #require(json?["meetings"] as? [[String: Any]])
    let usage = try #require((meetings[1]["values"] as? [String: Any])?["usage"] as? [String: Any])
    #expect(usage["users"] as? Double == 5)
    #expect(usage["sites"] is NSNull)
  }

  @Test func aCompleteMatchBeatsOneWithBlanks() throws {
    let topics = [
      archiveTopic(
        "2011-03-08",
        """
        ---++ CMS (Burt)
           * ___ khour/day, ___% success
           * 341 khour/day, 91% success
        """)
    ]
    let cms = try #require(roster.group(named: "CMS"))
    let series = StatSeries(group: cms, topics: topics, roster: roster)
    #expect(series.rows[0].values.map { $0?.text } == ["341", "91"])
  }
}

@Suite struct StatChartTests {
  func series() throws -> StatSeries {
    let topics = (0..<10).map { week in
      let date = MeetingDate(iso: "2010-12-14")!.adding(days: 7 * week)
      let body =
        week == 4
        ? "---++ CMS (Burt)\n   * down this week\n"
        : "---++ CMS (Burt)\n   * \(300 + week * 10) khour/day, \(90 + week % 3)% success\n"
      return archiveTopic(date.iso, body)
    }
    let cms = try #require(Roster.example.group(named: "CMS"))
    return StatSeries(group: cms, topics: topics, roster: .example)
  }

  @Test func isOneWellFormedSVGWithAChartPerSlot() throws {
    let svg = StatChart.svg(try series(), source: "minutes & co")
    #if canImport(FoundationXML) || os(macOS)
      let document = try XMLDocument(xmlString: svg, options: [])
      let root = try #require(document.rootElement())
      #expect(root.name == "svg")
      #expect(root.uri == "http://www.w3.org/2000/svg")
      let charts = try root.nodes(forXPath: "//*[local-name()='g'][@class='chart']")
      #expect(charts.count == 2)
      let titles = try root.nodes(forXPath: "//*[local-name()='text'][@class='chart-title']")
        .map { $0.stringValue ?? "" }
      #expect(titles == ["computing: khours", "computing: success"])
      let yLabels = try root.nodes(forXPath: "//*[local-name()='text'][@class='y-label']")
        .map { $0.stringValue ?? "" }
      #expect(yLabels == ["khours", "success (%)"])
      let title = try root.nodes(forXPath: "//*[local-name()='text'][@class='title']")
      #expect(title.first?.stringValue == "CMS statistics, 2010-12-14 to 2011-02-15")
      // Nine figures per chart, a dot each.
      let dots = try root.nodes(forXPath: "//*[local-name()='circle']")
      #expect(dots.count == 18)
      // Dated x axis: month ticks with the year on January.
      let labels = try root.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
      #expect(labels.contains("Jan 2011") && labels.contains("Feb"))
    #else
      #expect(svg.hasPrefix("<?xml"))
    #endif
    #expect(svg.contains("from minutes &amp; co"))
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
  }

  @Test func breaksTheLineAcrossLongGaps() throws {
    var series = try series()
    for index in 2..<8 { series.rows[index].values = [nil, nil] }
    let svg = StatChart.svg(series, source: "minutes")
    // Two runs per chart (weeks 0-1 and 8-9), six figures apart.
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 4)
  }

  @Test(arguments: [
    ([0.0, 341], 0.0, 400.0, 100.0),
    ([80.4, 93.1], 0, 100, 25),
    ([-7, 3], -7.5, 5, 2.5),
    ([5, 5], 0, 6, 2),
  ])
  func valueScalesAreRound(values: [Double], low: Double, high: Double, step: Double) {
    let scale = StatChart.valueScale(values)
    #expect(scale.low == low && scale.high == high && scale.step == step)
  }

  @Test func tickLabelsAreShort() {
    #expect(StatChart.compact(1_200_000) == "1.2M")
    #expect(StatChart.compact(75_000) == "75K")
    #expect(StatChart.compact(92.5) == "92.5")
    #expect(StatChart.compact(0) == "0")
  }

  /// A figure too large for a double is infinite, which JSON cannot hold:
  /// an error that stops the command, not a trap.
  @Test func aFigureJSONCannotHoldIsAnErrorNotATrap() {
    struct Figures: Encodable { var value: Double }
    #expect(throws: MinutesError.self) { try JSONText.encode(Figures(value: .infinity)) }
    #expect(JSONText.encodeText(["a": "b"]) == "{\n  \"a\" : \"b\"\n}\n")
  }
}

@Suite struct HistoryOverTimeTests {
  /// CMS was called "Compute" until 2011-03-08; LIGO ended on 2011-03-15;
  /// Engage reports when it has news; Campus starts on 2011-03-22.
  static let roster: Roster = {
    var roster = Roster.example
    roster.groups[0].formerNames = [
      FormerName(name: "Compute", until: MeetingDate(iso: "2011-03-08")!)
    ]
    roster.groups[1].life = DatePeriod(until: MeetingDate(iso: "2011-03-15")!)
    roster.groups[2].reports = .whenNews
    var campus = Group(name: "Campus", owners: [Owner(name: "Dan")])
    campus.life = DatePeriod(since: MeetingDate(iso: "2011-03-22")!)
    roster.groups.append(campus)
    return roster
  }()

  @Test func countsAGroupOnlyWhileItExistsAndFollowsItsRename() {
    let topics = [
      archiveTopic("2011-03-08", "---++ Compute (Burt)\n   * 341 khour/day, 91% success\n"),
      archiveTopic("2011-03-15", "---++ CMS (Burt)\n   * 350 khour/day, 90% success\n"),
      archiveTopic("2011-03-22", "---++ CMS (Burt)\n   * Not reporting this week\n"),
    ]
    let history = MeetingHistory(topics: topics, roster: Self.roster)
    #expect(history.rows.map(\.group) == ["CMS", "LIGO", "Engage", "Campus"])
    #expect(history.rows[0].statuses == [.reported, .reported, .away])
    #expect(history.rows[0].formerNames == ["Compute"])
    #expect(history.rows[1].statuses == [.missing, .missing, .noGroup])
    #expect(history.rows[2].statuses == [.noNews, .noNews, .noNews])
    #expect(history.rows[3].statuses == [.noGroup, .noGroup, .missing])
    #expect(!history.rows[2].isFlagged && !history.rows[3].isFlagged)
    let text = history.text(archive: "minutes")
    #expect(text.contains("no news"))
    #expect(text.contains("CMS: earlier Compute\n"))
  }

  @Test func aMeetingNotYetHeldIsNotMissed() {
    let topics = [
      archiveTopic("2011-03-15", "---++ CMS (Burt)\n   * 350 khour/day, 90% success\n"),
      archiveTopic("2011-03-22", "---++ CMS (Burt)\n   * \n"),
    ]
    let before = MeetingHistory(
      topics: topics, roster: .example, today: MeetingDate(iso: "2011-03-18")!)
    #expect(before.rows[0].statuses == [.reported, .notHeld])
    #expect(before.rows[1].statuses == [.missing, .notHeld])
    let after = MeetingHistory(
      topics: topics, roster: .example, today: MeetingDate(iso: "2011-03-22")!)
    #expect(after.rows[0].statuses == [.reported, .empty])
  }

  @Test func dropsGroupsThatExistedAtNoneOfTheMeetings() {
    let topics = [archiveTopic("2011-04-05", "---++ CMS (Burt)\n   * fine\n")]
    let history = MeetingHistory(topics: topics, roster: Self.roster)
    #expect(history.rows.map(\.group) == ["CMS", "Engage", "Campus"])
  }
}

@Suite struct TopicNameCheckTests {
  let pattern = TopicPattern("$mon$d,$yearProductionMeeting")

  func archive(_ names: [String]) -> Archive {
    Archive(folder: "minutes", fileNames: names.map { $0 + ".txt" }, pattern: pattern)
  }

  @Test func saysWhenTheArchiveSpellsTheMonthOtherwise() {
    let date = MeetingDate(iso: "2011-07-12")!
    let notes = TopicNameCheck.notes(
      name: pattern.name(for: date), date: date, pattern: pattern,
      archive: archive(["Jun28,2011ProductionMeeting", "July5,2011ProductionMeeting"]),
      parent: nil)
    #expect(
      notes == [
        "the archive names the meeting of 05 Jul 2011 'July5,2011ProductionMeeting', where the "
          + "roster's topic pattern gives 'Jul5,2011ProductionMeeting'; the new topic is "
          + "'Jul12,2011ProductionMeeting' (see 'months:' in docs/roster.md)"
      ])
    var july = pattern
    july.months[6] = "July"
    #expect(
      TopicNameCheck.notes(
        name: july.name(for: date), date: date, pattern: july,
        archive: archive(["July5,2011ProductionMeeting"]), parent: nil
      ).isEmpty)
  }

  @Test func saysWhenTheParentTopicLinksAnotherName() {
    let date = MeetingDate(iso: "2014-06-24")!
    let parent = """
      ---+++ 2014 Meetings
         * [[June24, 2014 Production Meeting]]
         * [[https://twiki.example.org/bin/view/Production/June17%2c2014ProductionMeeting][June 17]]
      """
    #expect(
      TopicNameCheck.linkedTopics(in: parent) == [
        "June24,2014ProductionMeeting", "June17,2014ProductionMeeting",
      ])
    let notes = TopicNameCheck.notes(
      name: pattern.name(for: date), date: date, pattern: pattern, archive: archive([]),
      parent: (name: "WeeklyProductionMeetings", text: parent))
    #expect(
      notes == [
        "the parent topic WeeklyProductionMeetings links the meeting of 24 Jun 2014 as "
          + "'June24,2014ProductionMeeting', but the new topic is 'Jun24,2014ProductionMeeting'"
      ])
  }
}
