import Foundation
import Testing

@testable import MinutesKit

private func day(_ iso: String) -> MeetingDate { MeetingDate(iso: iso)! }

@Suite struct CadenceTests {
  @Test(arguments: [
    ("weekly", Cadence.weekly),
    ("Every week", .weekly),
    ("every 2 weeks from 2011-03-08", .every(weeks: 2, anchor: MeetingDate(iso: "2011-03-08")!)),
    ("biweekly from 2011-03-08", .every(weeks: 2, anchor: MeetingDate(iso: "2011-03-08")!)),
    ("every 4 weeks  from 2011-01-04", .every(weeks: 4, anchor: MeetingDate(iso: "2011-01-04")!)),
    ("every 1 week from 2011-01-04", .weekly),
    ("first of month", .firstOfMonth),
    ("First of the month", .firstOfMonth),
  ])
  func parses(text: String, cadence: Cadence) throws {
    #expect(try Cadence(parsing: text) == cadence)
  }

  @Test(arguments: [
    ("fortnightly", "unknown cadence 'fortnightly' (write one of 'weekly', "),
    ("every 2 weeks", "'every 2 weeks' needs the date of a meeting the group reports at "),
    ("biweekly", "(write 'biweekly from 2011-03-08')"),
    ("every two weeks from 2011-03-08", "expected a whole number of weeks in"),
    ("every 0 weeks from 2011-03-08", "expected a whole number of weeks in"),
    ("every 2 weeks from 2011-02-30", "expected a date like 2011-03-08 after 'from', found"),
  ])
  func refuses(text: String, message: String) {
    #expect(throws: MinutesError.self) { try Cadence(parsing: text) }
    do {
      _ = try Cadence(parsing: text)
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
    }
  }

  @Test func everyTwoWeeksCountsWeeksFromTheAnchorBothWays() {
    let cadence = Cadence.every(weeks: 2, anchor: day("2011-03-08"))
    #expect(cadence.isDue(on: day("2011-03-08")))
    #expect(!cadence.isDue(on: day("2011-03-15")))
    #expect(cadence.isDue(on: day("2011-03-22")))
    #expect(cadence.isDue(on: day("2011-02-22")))
    #expect(!cadence.isDue(on: day("2011-03-01")))
    // A meeting moved by a day stays in its week.
    #expect(cadence.isDue(on: day("2011-03-21")))
    #expect(!cadence.isDue(on: day("2011-03-16")))
    #expect(cadence.isDue(on: day("2010-12-28")))
  }

  @Test func firstOfMonthIsTheMeetingInTheFirstSevenDays() {
    #expect(Cadence.firstOfMonth.isDue(on: day("2011-03-01")))
    #expect(Cadence.firstOfMonth.isDue(on: day("2011-02-07")))
    #expect(!Cadence.firstOfMonth.isDue(on: day("2011-03-08")))
    #expect(!Cadence.firstOfMonth.isDue(on: day("2011-03-29")))
  }

  @Test func awayWinsOverTheCadenceAndRangesIncludeBothEnds() throws {
    var group = Group(name: "LIGO", owners: [Owner(name: "Britta")])
    group.reports = .every(weeks: 2, anchor: day("2011-03-08"))
    group.away = [
      try Group.awayPeriod(parsing: "2011-03-15..2011-03-22"),
      try Group.awayPeriod(parsing: "2011-04-05"),
    ]
    #expect(group.isDue(on: day("2011-03-08")) == .due)
    #expect(group.isDue(on: day("2011-03-15")) == .away)
    #expect(group.isDue(on: day("2011-03-22")) == .away)
    #expect(group.isDue(on: day("2011-03-29")) == .notDue)
    #expect(group.isDue(on: day("2011-04-05")) == .away)
    #expect(group.isDue(on: day("2011-04-19")) == .due)
    #expect(Group(name: "CMS", owners: []).isDue(on: day("2011-03-15")) == .due)
  }

  @Test(arguments: [
    ("2011-3-22", "expected a date like 2011-03-22 or a range like 2011-03-15..2011-03-29"),
    ("2011-03-29..2011-03-15", "the range '2011-03-29..2011-03-15' ends before it starts"),
    ("2011-03-15..2011-03-22..2011-03-29", "expected a date like"),
    ("2011-03-15...2011-03-22", "expected a date like"),
  ])
  func refusesBadAwayEntries(text: String, message: String) {
    do {
      _ = try Group.awayPeriod(parsing: text)
      Issue.record("'\(text)' was accepted")
    } catch {
      #expect(error.message.contains(message), "\(error.message)")
    }
  }
}

@Suite struct RosterAttendanceTests {
  @Test func loadsReportsAndAway() throws {
    let yaml = replacing(
      "owners: [Cy]",
      with: """
        owners: [Cy]
            reports: every 2 weeks from 2011-03-09
            away: [2011-03-23, "2011-04-06..2011-04-20"]
        """)
    let roster = try RosterLoader.load(yaml: yaml, path: "roster.yaml")
    let beta = try #require(roster.group(named: "Beta"))
    #expect(beta.reports == .every(weeks: 2, anchor: day("2011-03-09")))
    #expect(
      beta.away == [day("2011-03-23")...day("2011-03-23"), day("2011-04-06")...day("2011-04-20")])
    #expect(roster.group(named: "Alpha")?.reports == .weekly)
    #expect(roster.group(named: "Alpha")?.away == [])
  }

  @Test(arguments: [
    Malformed(
      replacing("owners: [Cy]", with: "owners: [Cy]\n    reports: fortnightly"),
      "roster.yaml:21:14: error: unknown cadence 'fortnightly' (write one of 'weekly', "
        + "'every 2 weeks from 2011-03-08', 'first of month', 'when-news')"),
    Malformed(
      replacing("owners: [Cy]", with: "owners: [Cy]\n    reports: every 2 weeks"),
      "roster.yaml:21:14: error: 'every 2 weeks' needs the date of a meeting the group reports "
        + "at (write 'every 2 weeks from 2011-03-08')"),
    Malformed(
      replacing("owners: [Cy]", with: "owners: [Cy]\n    away: [2011-03-23, 2011-04-31]"),
      "roster.yaml:21:24: error: expected a date like 2011-03-22 or a range like "
        + "2011-03-15..2011-03-29, found '2011-04-31'"),
    Malformed(
      replacing("owners: [Cy]", with: "owners: [Cy]\n    away:\n      - 2011-04-20..2011-04-06"),
      "roster.yaml:22:9: error: the range '2011-04-20..2011-04-06' ends before it starts "
        + "(write the earlier date first)"),
    Malformed(
      replacing("owners: [Cy]", with: "owners: [Cy]\n    away: 2011-03-23"),
      "roster.yaml:21:11: error: expected a list of dates and date ranges, found a date "
        + "(write [2011-03-23])"),
    Malformed(
      replacing("owners: [Cy]", with: "owners: [Cy]\n    absent: [2011-03-23]"),
      "roster.yaml:21:5: error: unknown key 'absent' in group 'Beta' (valid keys: name, owners, "
        + "template, stats, rollover, reports, away, since, until, was, aliases, deputies)"),
  ])
  func refusesWithPositions(_ malformed: Malformed) {
    do {
      _ = try RosterLoader.load(yaml: malformed.yaml, path: "roster.yaml")
      Issue.record("accepted: \(malformed.yaml)")
    } catch {
      #expect(error.description == malformed.expected)
    }
  }
}
