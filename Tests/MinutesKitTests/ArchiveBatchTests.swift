import Foundation
import Testing

@testable import MinutesKit

/// `history` and `stats` read an archive on all cores a batch at a time:
/// what they make must be what reading the topics one after another makes,
/// every topic in meeting order, across the batches.
@Suite struct ArchiveBatchTests {
  /// More topics than a batch holds, and not a multiple of it, so that the
  /// last batch is partly filled.
  static let count = ArchiveTopic.batchSize * 2 + 5

  /// A folder of `count` weekly topics of ``Roster/example`` from
  /// 2011-01-04: CMS reports at every third meeting, with its meeting's
  /// number as its figure, leaves its section empty at the next and has
  /// none at the third; LIGO reports at every second.
  static func makeArchive() throws -> (folder: String, dates: [MeetingDate]) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-batches-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var dates: [MeetingDate] = []
    var date = MeetingDate(iso: "2011-01-04")!
    for number in 0..<count {
      var page = "---+ OSG Production Meeting\n"
      switch number % 3 {
      case 0: page += "---++ CMS (Burt)\n   * \(number + 1) khour/day, 90% success\n"
      case 1: page += "---++ CMS (Burt)\n   * \n"
      default: break
      }
      page += "---++ LIGO (Britta, Robert E.)\n"
      if number.isMultiple(of: 2) { page += "   * 4 users utilized \(number + 1) sites\n" }
      let name = Roster.example.meeting.topicPattern.name(for: date)
      try Data(page.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name).txt"))
      dates.append(date)
      date = date.adding(days: 7)
    }
    return (folder, dates)
  }

  @Test func historyOverManyBatchesIsTheOneByOneHistory() throws {
    let (folder, dates) = try ArchiveBatchTests.makeArchive()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let roster = Roster.example
    let today = dates.last!
    let history = try MeetingHistory.load(roster: roster, folder: folder, today: today)
    let (_, topics) = try ArchiveTopic.load(roster: roster, folder: folder)
    #expect(topics.count == ArchiveBatchTests.count)
    #expect(history == MeetingHistory(topics: topics, roster: roster, today: today))
    #expect(history.meetings.map(\.date) == dates)
    let cms: [ReportStatus] = dates.indices.map { [.reported, .empty, .missing][$0 % 3] }
    #expect(history.rows[0].statuses == cms)
    let ligo: [ReportStatus] = dates.indices.map { $0.isMultiple(of: 2) ? .reported : .empty }
    #expect(history.rows[1].statuses == ligo)
    // The latest meetings only: the window starts inside a batch.
    let last = ArchiveTopic.batchSize + 3
    let latest = try MeetingHistory.load(roster: roster, folder: folder, last: last, today: today)
    #expect(latest.meetings.map(\.date) == Array(dates.suffix(last)))
    #expect(latest.rows[0].statuses == Array(cms.suffix(last)))
  }

  @Test func statsOverManyBatchesAreTheOneByOneStats() throws {
    let (folder, dates) = try ArchiveBatchTests.makeArchive()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let roster = Roster.example
    let (_, topics) = try ArchiveTopic.load(roster: roster, folder: folder)
    for group in roster.groups where !group.stats.isEmpty {
      let series = try StatSeries.load(group: group, roster: roster, folder: folder)
      #expect(series == StatSeries(group: group, topics: topics, roster: roster))
      #expect(series.rows.map(\.date) == dates)
    }
    let cms = try StatSeries.load(group: roster.groups[0], roster: roster, folder: folder)
    let khours = cms.rows.map { $0.values[0]?.text }
    #expect(khours == dates.indices.map { $0 % 3 == 0 ? "\($0 + 1)" : nil })
  }

  @Test func partsComeInEntryOrderAndTheFirstUnreadableTopicStops() throws {
    let (folder, _) = try ArchiveBatchTests.makeArchive()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (_, entries) = try ArchiveTopic.entries(roster: Roster.example, folder: folder)
    var names: [String] = []
    try ArchiveTopic.map(entries, batchSize: 4, { $0.entry.name }) { names.append($0) }
    #expect(names == entries.map(\.name))
    // Two topics gone, in different batches: the earlier one is reported,
    // after the parts of every topic before it.
    var broken = Array(entries.prefix(12))
    broken[6].path = "\(folder)/gone-first.txt"
    broken[9].path = "\(folder)/gone-second.txt"
    var before: [String] = []
    var message = ""
    do throws(MinutesError) {
      try ArchiveTopic.map(broken, batchSize: 4, { $0.entry.name }) { before.append($0) }
    } catch {
      message = error.message
    }
    #expect(message.contains("gone-first.txt"))
    #expect(before == broken.prefix(6).map(\.name))
  }
}
