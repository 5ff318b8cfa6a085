import Foundation
import Testing

@testable import MinutesKit

@Suite struct NewTopicTests {
  /// A folder holding the shipped templates, a roster path and an archive.
  func meetingFolder(archive: [String] = []) throws -> (URL, Roster) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-newtopic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: repositoryRoot.appendingPathComponent("templates"),
      to: folder.appendingPathComponent("templates"))
    if !archive.isEmpty {
      let minutes = folder.appendingPathComponent("minutes")
      try FileManager.default.createDirectory(at: minutes, withIntermediateDirectories: true)
      for name in archive {
        try Data("---++ Action/Significant Items:\n".utf8).write(
          to: minutes.appendingPathComponent(name))
      }
    }
    var roster = osgRoster(path: folder.appendingPathComponent("roster.yaml").path)
    roster.meeting.archive = folder.appendingPathComponent("minutes").path
    roster.meeting.templates = folder.appendingPathComponent("templates").path
    return (folder, roster)
  }

  @Test func picksTheMeetingDayAfterTheLatestTopic() throws {
    let (folder, roster) = try meetingFolder(archive: [
      "Mar15,2011ProductionMeeting.txt", "Mar8,2011ProductionMeeting.txt",
      "WeeklyProductionMeetings.txt",
    ])
    let plan = try NewTopic.plan(roster: roster, date: nil, now: 1_400_000_000)
    #expect(plan.date.iso == "2011-03-22")
    #expect(plan.path == folder.path + "/minutes/Mar22,2011ProductionMeeting.txt")
    #expect(plan.previous?.name == "Mar15,2011ProductionMeeting")
    #expect(plan.topic.text.hasPrefix("%META:TOPICINFO{author=\"DanFraser\" date=\"1400000000\""))
  }

  @Test func withoutAnArchivePicksTheMeetingDayAfterToday() throws {
    let (folder, roster) = try meetingFolder()
    // 2011-03-22 is a Tuesday: the next Tuesday meeting is a week later.
    let plan = try NewTopic.plan(roster: roster, date: nil, now: 1_300_752_000)
    #expect(plan.date.iso == "2011-03-29")
    #expect(plan.previous == nil)
    try NewTopic.write(plan, force: false)
    let written = try String(
      contentsOfFile: folder.path + "/minutes/Mar29,2011ProductionMeeting.txt", encoding: .utf8)
    #expect(written == plan.topic.text)
  }

  @Test func anExplicitDateFindsTheTopicBeforeIt() throws {
    let (_, roster) = try meetingFolder(archive: [
      "Mar8,2011ProductionMeeting.txt", "Mar15,2011ProductionMeeting.txt",
    ])
    let plan = try NewTopic.plan(
      roster: roster, date: MeetingDate(iso: "2011-03-15"), now: 1_300_752_000)
    #expect(plan.previous?.name == "Mar8,2011ProductionMeeting")
    #expect(plan.topic.name == "Mar15,2011ProductionMeeting")
  }

  @Test func refusesToReplaceATopicWithoutForce() throws {
    let (folder, roster) = try meetingFolder(archive: ["Mar22,2011ProductionMeeting.txt"])
    let path = folder.path + "/minutes/Mar22,2011ProductionMeeting.txt"
    let plan = try NewTopic.plan(roster: roster, date: MeetingDate(iso: "2011-03-22"), now: 0)
    #expect(throws: MinutesError.self) { try NewTopic.write(plan, force: false) }
    #expect(
      try String(contentsOfFile: path, encoding: .utf8) == "---++ Action/Significant Items:\n")
    try NewTopic.write(plan, force: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == plan.topic.text)
  }

  @Test func sourceDateEpochFixesTheClock() throws {
    let clock = Date(timeIntervalSince1970: 1_234_567_890.7)
    #expect(try SourceDateEpoch.now(environment: [:], clock: clock) == 1_234_567_890)
    #expect(
      try SourceDateEpoch.now(environment: ["SOURCE_DATE_EPOCH": "1300752000"], clock: clock)
        == 1_300_752_000)
    #expect(throws: MinutesError.self) {
      try SourceDateEpoch.now(environment: ["SOURCE_DATE_EPOCH": "yesterday"], clock: clock)
    }
    #expect(
      try SourceDateEpoch.now(environment: ["SOURCE_DATE_EPOCH": ""], clock: clock) == 1_234_567_890
    )
  }
}
