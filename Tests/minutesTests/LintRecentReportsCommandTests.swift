import Foundation
import Testing

/// `minutes lint` reads the meetings before a topic from its folder: a group
/// that has not been writing in its section lately is not reported for an
/// empty one, except under `--group`.
@Suite struct LintRecentReportsCommandTests {
  /// A copy of `Fixtures/quiet`: Alpha and Gamma report every week from
  /// Jan 25, Beta never writes; Feb 15 is a blank template; on Mar 8 Alpha
  /// forgot.
  func workspace() throws -> URL { try copyOfFixture("quiet") }

  let last = "minutes/Mar8,2011Meeting.txt"

  func emptySections(_ result: RunResult) -> [String] {
    result.stdout.split(separator: "\n").map(String.init).filter {
      $0.hasSuffix("[empty-section]")
    }
  }

  @Test func aGroupQuietForWeeksIsNotReportedAndOneThatUsuallyReportsIs() throws {
    let result = try runMinutes(["lint", "--no-cache", last], in: try workspace())
    #expect(
      emptySections(result) == [
        "\(last):1:7: warning: no report in section 'Alpha' (owners: Ann) [empty-section]"
      ])
  }

  @Test func theOwnersOwnCheckStillReportsTheQuietGroup() throws {
    let result = try runMinutes(
      ["lint", "--no-cache", "--group", "Beta", last], in: try workspace())
    #expect(
      emptySections(result) == [
        "\(last):3:7: error: no report in section 'Beta' (owners: Bob) [empty-section]"
      ])
  }

  /// Read after the fact, each page has later meetings around it: Beta,
  /// which wrote at none of them, is never asked for its report, and the
  /// blank Feb 15 page is a meeting that went by without one. Alpha's gap
  /// on Mar 8, the last page, is reported as on the day.
  @Test func aRunOverTheArchiveReadsEachPageWithHindsight() throws {
    let result = try runMinutes(["lint", "--no-cache", "minutes"], in: try workspace())
    #expect(
      emptySections(result) == [
        "\(last):1:7: warning: no report in section 'Alpha' (owners: Ann) [empty-section]"
      ])
  }

  /// Without the later pages, the same run tells the coordinator of Beta's
  /// gap twice (Jan 25 and Feb 1, before two misses in a row make it quiet)
  /// and of the blank page, on the day.
  @Test func withoutLaterPagesEachPageIsReadAsOnItsDay() throws {
    let folder = try workspace()
    var found: [String] = []
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("minutes").path)
    let dated = names.compactMap { name -> (Date, String)? in
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.dateFormat = "MMMd,yyyy'Meeting.txt'"
      return formatter.date(from: name).map { ($0, name) }
    }.sorted { $0.0 < $1.0 }.map(\.1)
    // Each page linted with only the pages before it in the folder.
    let hidden = folder.appendingPathComponent("later")
    try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
    for name in dated.reversed() {
      let result = try runMinutes(["lint", "--no-cache", "minutes/\(name)"], in: folder)
      found = emptySections(result) + found
      try FileManager.default.moveItem(
        at: folder.appendingPathComponent("minutes/\(name)"),
        to: hidden.appendingPathComponent(name))
    }
    let beta = found.filter { $0.contains("'Beta'") }.map { String($0.prefix { $0 != ":" }) }
    #expect(beta == ["minutes/Jan25,2011Meeting.txt", "minutes/Feb1,2011Meeting.txt"])
    #expect(
      found.contains {
        $0.hasPrefix("minutes/Feb15,2011Meeting.txt") && $0.contains("no group has reported yet")
      })
  }

  /// The pre-commit hook checks a staged page as `lint` checks it, against
  /// the meetings before it in the working tree.
  @Test func theHookLeavesOutTheQuietGroupToo() throws {
    let folder = try workspace()
    try runGit(["init", "-q"], in: folder)
    try runGit(["config", "user.email", "coordinator@example.org"], in: folder)
    try runGit(["config", "user.name", "Coordinator"], in: folder)
    try runGit(["add", "roster.yaml", "minutes"], in: folder)
    try runGit(["rm", "-q", "--cached", last], in: folder)
    try runGit(["commit", "-q", "-m", "the weeks before"], in: folder)
    try runGit(["add", last], in: folder)
    let result = try runMinutes(["hook", "run"], in: folder)
    let found = result.stderr + result.stdout
    #expect(found.contains("no report in section 'Alpha'"), "\(found)")
    #expect(!found.contains("no report in section 'Beta'"), "\(found)")
  }

  /// A run over the folder learns the meetings before each page from the
  /// pages it checks; a run over one page reads them from the folder. Both
  /// give each page the same findings.
  @Test func aPageHasTheSameFindingsAloneAsInARunOverItsFolder() throws {
    let folder = try workspace()
    let whole = try runMinutes(["lint", "minutes"], in: folder).stdout
      .split(separator: "\n").map(String.init).filter { $0.hasPrefix("minutes/") }
    let names = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("minutes").path)
    #expect(names.count == 7)
    for name in names {
      let alone = try runMinutes(["lint", "minutes/\(name)"], in: folder).stdout
        .split(separator: "\n").map(String.init).filter { $0.hasPrefix("minutes/") }
      #expect(alone == whole.filter { $0.hasPrefix("minutes/\(name):") }, "\(name)")
    }
  }
}
