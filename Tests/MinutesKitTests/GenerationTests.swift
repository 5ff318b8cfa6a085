import Foundation
import Testing

@testable import MinutesKit

@Suite struct GenerationTests {
  static let epoch = 1_300_752_000  // 22 Mar 2011 00:00 UTC
  static let march22 = MeetingDate(iso: "2011-03-22")!

  func shippedTemplates(for roster: Roster) throws -> TemplateSet {
    try TemplateSet.load(folder: repositoryRoot.appendingPathComponent("templates").path, for: roster)
  }

  @Test func pinsTheWholeTopicForTheOSGMeeting() throws {
    let roster = osgRoster()
    let topic = try TopicGenerator.generate(
      roster: roster, date: Self.march22, createdAt: Self.epoch,
      templates: try shippedTemplates(for: roster))
    #expect(topic.name == "Mar22,2011ProductionMeeting")
    #expect(try matchesGolden(topic.text, named: "Mar22,2011ProductionMeeting.txt"))
  }
}
