import Foundation
import Testing

@testable import MinutesKit

@Suite struct MeetingDateTests {
  @Test func parsesIsoDatesAndRejectsImpossibleOnes() {
    #expect(MeetingDate(iso: "2011-03-22") == MeetingDate(year: 2011, month: 3, day: 22))
    #expect(MeetingDate(iso: "2011-02-29") == nil)
    #expect(MeetingDate(iso: "2012-02-29") != nil)
    #expect(MeetingDate(iso: "2011-3-22") == nil)
    #expect(MeetingDate(iso: "22-03-2011") == nil)
  }

  @Test func knowsTheWeekday() {
    #expect(MeetingDate(iso: "2011-03-22")!.weekday == .tuesday)
    #expect(MeetingDate(iso: "1970-01-01")!.weekday == .thursday)
    #expect(MeetingDate(iso: "2000-02-29")!.weekday == .tuesday)
  }

  @Test func nextWeekdayIsStrictlyAfter() {
    let tuesday = MeetingDate(iso: "2011-03-22")!
    #expect(tuesday.next(.tuesday).iso == "2011-03-29")
    #expect(tuesday.next(.wednesday).iso == "2011-03-23")
    #expect(MeetingDate(iso: "2011-12-28")!.next(.tuesday).iso == "2012-01-03")
  }

  @Test func daysRoundTripThroughTheEpochCount() {
    var date = MeetingDate(iso: "1999-12-25")!
    for _ in 0..<2000 {
      let next = date.adding(days: 1)
      #expect(date.days(until: next) == 1)
      #expect(date < next)
      date = next
    }
    #expect(MeetingDate(Date(timeIntervalSince1970: 1_300_752_000)).iso == "2011-03-22")
  }

  @Test func formatsTheSignatureDateAsTWikiDoes() {
    #expect(MeetingDate(iso: "2011-03-08")!.twikiDate == "08 Mar 2011")
  }
}
