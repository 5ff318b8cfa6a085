import Foundation
import Testing

/// `minutes lint` over a meeting whose page changed after the roster was
/// written: the change is reported on the first page that makes it, not on
/// every page since; `--group` (the owner's own check) still reports it.
@Suite struct LintCarriedPracticeCommandTests {
  /// A copy of `Fixtures/carried`: from Feb 1 Alpha's heading names Cat (the
  /// roster says Ann), Alpha's site count is gone and an Outreach section is
  /// kept; Feb 15 is a blank template; on Mar 1 the heading names Cat, Dee.
  func workspace() throws -> URL { try copyOfFixture("carried") }

  let rules = ["owner-mismatch", "unknown-section", "missing-stat"]

  /// The findings of `rules`, as `file:line rule`.
  func carried(_ result: RunResult) -> [String] {
    result.stdout.split(separator: "\n").compactMap { line in
      guard let rule = rules.first(where: { line.hasSuffix("[\($0)]") }) else { return nil }
      let place = line.split(separator: ":").prefix(2).joined(separator: ":")
      return "\(place) \(rule)"
    }
  }

  @Test func aRunOverTheArchiveReportsEachChangeOnItsFirstPage() throws {
    let result = try runMinutes(["lint", "--no-cache", "minutes"], in: try workspace())
    #expect(
      carried(result) == [
        "minutes/Feb1,2011Meeting.txt:1 missing-stat",
        "minutes/Feb1,2011Meeting.txt:1 owner-mismatch",
        "minutes/Feb1,2011Meeting.txt:5 unknown-section",
        "minutes/Mar1,2011Meeting.txt:1 owner-mismatch",
      ])
  }

  @Test func oneTopicIsCheckedAgainstThePagesBeforeItInItsFolder() throws {
    let result = try runMinutes(
      ["lint", "--no-cache", "minutes/Feb22,2011Meeting.txt"], in: try workspace())
    #expect(carried(result) == [])
    #expect(result.stdout.contains("[meta-topicinfo]"))
  }

  @Test func theOwnersOwnCheckStillReportsThePagesPractice() throws {
    let result = try runMinutes(
      ["lint", "--no-cache", "--group", "Alpha", "minutes/Feb22,2011Meeting.txt"],
      in: try workspace())
    #expect(
      carried(result) == [
        "minutes/Feb22,2011Meeting.txt:1 missing-stat",
        "minutes/Feb22,2011Meeting.txt:1 owner-mismatch",
      ])
  }
}
