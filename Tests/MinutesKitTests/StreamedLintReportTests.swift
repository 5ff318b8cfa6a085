import Foundation
import Testing

@testable import MinutesKit

/// `StreamedLintReport`: a run's report written a topic at a time (text,
/// GitHub) or as one document at the end (JSON, SARIF), without files.
@Suite struct StreamedLintReportTests {
  let topics: [String: String] = [
    "a.txt": "---++ CMS (Burt)\n   * \n",
    "b.txt": "---++ CMS (Burt)\n   * fine\n",
    "c.txt": "---++ LIGO (Britta, Robert E.)\n   * TBD\n",
  ]
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  /// Runs a report over `names`, reading them from `topics`; what it wrote
  /// goes to `writes`, also when the run stops with an error.
  func run(
    _ format: ReportFormat, names: [String], writes: inout [String]
  ) throws(MinutesError) -> (errors: Int, warnings: Int) {
    let report = StreamedLintReport(
      roster: .fixture, group: nil, isFinal: false, today: today, format: format, color: false)
    let topics = topics
    return try report.run(names.map { LintInput.file($0) }) { input throws(MinutesError) in
      guard let text = topics[input.displayPath] else {
        throw MinutesError("\(input.displayPath): no such file")
      }
      return Array(text.utf8)
    } write: {
      writes.append(String(decoding: $0, as: UTF8.self))
    }
  }

  func run(_ format: ReportFormat, names: [String]) throws(MinutesError) -> (
    writes: [String], errors: Int, warnings: Int
  ) {
    var writes: [String] = []
    let (errors, warnings) = try run(format, names: names, writes: &writes)
    return (writes, errors, warnings)
  }

  func findings(_ name: String) -> [Finding] {
    Linter().lint(
      bytes: Array(topics[name]!.utf8), path: name, roster: .fixture, today: today)
  }

  @Test func textIsWrittenATopicAtATimeInInputOrder() throws {
    let (writes, errors, warnings) = try run(.text, names: ["c.txt", "a.txt", "b.txt"])
    let expected = ["c.txt", "a.txt", "b.txt"].map { findings($0) }.filter { !$0.isEmpty }
    #expect(
      writes == expected.map { TextReporter().render(LintReport(findings: $0, fileCount: 1)) })
    let all = expected.flatMap { $0 }
    #expect(errors == all.count { $0.severity == .error })
    #expect(warnings == all.count { $0.severity == .warning })
    #expect(errors + warnings > 0)
  }

  @Test func jsonIsOneDocumentWrittenAtTheEnd() throws {
    let (writes, _, _) = try run(.json, names: ["a.txt", "b.txt", "c.txt"])
    let all = ["a.txt", "b.txt", "c.txt"].flatMap { findings($0) }
    #expect(writes == [JSONReporter().render(LintReport(findings: all, fileCount: 3))])
  }

  @Test func anErrorStopsTheRunAfterWhatCameBeforeItWasWritten() {
    var partial: [String] = []
    #expect(throws: MinutesError("gone.txt: no such file")) {
      _ = try run(.text, names: ["a.txt", "gone.txt", "c.txt"], writes: &partial)
    }
    #expect(
      partial == [TextReporter().render(LintReport(findings: findings("a.txt"), fileCount: 1))])
  }
}
