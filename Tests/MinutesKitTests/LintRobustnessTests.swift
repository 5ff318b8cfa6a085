import Foundation
import Testing

@testable import MinutesKit

/// Lint on input that once crashed it, or made it slow or wrong: characters
/// that change length when lowercased, very long lines and files, custom
/// blanks, notes `new` writes, verbatim blocks in comments.
@Suite struct LintRobustnessTests {
  let path = "Mar22,2011ProductionMeeting.txt"
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  func lint(_ text: String, rules: [any LintRule], roster: Roster = .fixture) -> [String] {
    let context = LintContext(topic: Topic(text: text, path: path), roster: roster, today: today)
    return Linter(rules: rules).lint(context).map {
      "\($0.location.line):\($0.location.column) \($0.rule)"
    }
  }

  /// The Kelvin sign (3 bytes) lowercases to `k` (1 byte), Ohm and Angstrom
  /// likewise: offsets into a lowercased copy do not fit the line.
  static let shrinking = "\u{212A}\u{212A}\u{212A} \u{2126}\u{212B}"

  @Test func placeholdersAfterCharactersThatShrinkWhenLowercased() {
    let line = "   * \(Self.shrinking) TBD (to be updated after the meeting)"
    let found = LintText.placeholders(in: line)
    let tbd = line.utf8.count - " TBD (to be updated after the meeting)".utf8.count + 1
    #expect(found.map(\.range.lowerBound) == [tbd, tbd + 4])
    #expect(found.map(\.text) == ["TBD", LintText.attendeesPlaceholder])
    // A line that is nothing but such characters must not crash.
    #expect(LintText.placeholders(in: "   * \u{212A}\u{212A}\u{212A} x").isEmpty)
  }

  @Test func columnsAfterCharactersThatShrinkWhenLowercased() {
    let text = """
      ---++ Action/Significant Items:
         * \(Self.shrinking) item (open since 04 Jan 2011)
      \(Self.shrinking) <verbatim>
      """
    let column = "   * \(Self.shrinking) item ".utf8.count + 1
    let verbatim = "\(Self.shrinking) ".utf8.count + 1
    #expect(
      lint(text, rules: [StaleItemRule(), UnclosedVerbatimRule()]) == [
        "2:\(column) stale-item", "3:\(verbatim) unclosed-verbatim",
      ])
  }

  /// Large enough that the old quadratic scan took minutes; its time is
  /// measured by bench/pathological.sh, not here.
  @Test func invalidUTF8FindingsOnePerBadLine() {
    // One line of bad bytes, then lines with several each.
    var bytes = [UInt8](repeating: 0xFF, count: 256 * 1024)
    for _ in 0..<2000 { bytes += Array("\nok ".utf8) + [0xFF, 0x41, 0xFE] }
    let errors = Topic(decoding: bytes, path: path).decodingErrors
    #expect(errors.count == 2001)
    #expect(errors.first.map { "\($0.line):\($0.column)" } == "1:1")
    #expect(errors.last.map { "\($0.line):\($0.column)" } == "2001:4")
    #expect(
      errors.last?.asMinutesError.message
        == "invalid UTF-8 at byte offset \(bytes.count - 3) (save the topic as UTF-8)")
  }

  @Test func statisticsAndSectionsAreLookedUpByLine() {
    let text =
      "---++ Attendees:\n   * Dan\n---++ CMS (Burt)\n   * intro\n"
      + "   * 341 khour/day, 91% success; ___ khour/day, ___% success\n"
    let context = LintContext(topic: Topic(text: text, path: path), roster: .fixture, today: today)
    #expect(context.occurrences(onLine: 4).count == 2)
    #expect(context.occurrences(onLine: 3).isEmpty)
    #expect(context.occurrences(onLine: 99).isEmpty)
    #expect(context.reportSection(containing: 0)?.section.name == "Attendees")
    #expect(context.reportSection(containing: 4)?.group?.name == "CMS")
    #expect(context.reportSection(containing: 5) == nil)
  }

  @Test func everyOneOfManyStatisticLinesIsChecked() {
    let text =
      "---++ CMS (Burt)\n" + String(repeating: "   * ? khour/day, 91% success\n", count: 8000)
    var findings: [String] = []
    findings = lint(text, rules: Linter.allRules)
    #expect(findings.filter { $0.hasSuffix("blank-stat") }.count == 8000)
  }

  @Test func noSuggestionWorkForVeryLongNames() {
    let long = String(repeating: "x", count: 1_000_000)
    #expect(Suggestion.closest(to: long, in: Roster.fixture.groups.map(\.name)) == nil)
    // Near names are still found, whatever their length differs by.
    #expect(Suggestion.closest(to: "Integraton", in: ["CMS", "Integration"]) == "Integration")
    #expect(Suggestion.closest(to: "Secruity", in: ["Security", "Engage"]) == "Security")
    #expect(Suggestion.editDistance("", "abc") == 3)
    #expect(Suggestion.editDistance("abcdef", "badcfe") == 3)
  }

  @Test func staleItemReadsEveryNoteNewWrites() {
    let text = """
      ---++ Action/Significant Items:
         * Pakiti rollout (open since 04 Jan 2011, was uid 000123)
         * Old item (open since 04 SEP 2010) and (open since 1 Feb 2011)
      """
    let column = "   * Pakiti rollout ".utf8.count + 1
    #expect(
      lint(text, rules: [StaleItemRule()]) == [
        "2:\(column) stale-item", "3:15 stale-item", "3:44 stale-item",
      ])
    #expect(
      OriginNote.notes(in: "x (open since 04 Jan 2011, was uid 1) (open since 2 Feb 2011)").map(
        \.offset) == [2, 38])
  }

  @Test func oneSpellingOfMonthsForNotesAndLint() {
    // `new` keeps a note lint reads, and adds none beside it.
    let line = "   * Item (open since 04 Sept 2010)"
    #expect(OriginNote.date(in: line) == MeetingDate(year: 2010, month: 9, day: 4))
    #expect(
      OriginNote.adding(to: line, since: MeetingDate(year: 2011, month: 3, day: 15)!, uid: nil)
        == line)
    #expect(OriginNote.date(in: "(open since 04 Ja 2011)") == nil)
  }

  @Test func verbatimOpensInsideAComment() {
    // TWiki takes verbatim blocks out before it looks at comments.
    let topic = Topic(text: "<!--\n<verbatim>\n-->\n---++ CMS (Burt)\n", path: path)
    #expect(topic.lines.map(\.kind) == [.comment, .verbatim, .verbatim, .verbatim])
    #expect(topic.unclosedBlock == Topic.OpenBlock(tag: "verbatim", line: 2, column: 1))
    #expect(lint(topic.text, rules: [UnclosedVerbatimRule()]) == ["2:1 unclosed-verbatim"])
  }

  @Test func verbatimBlocksAsTWikiCutsThemOut() {
    // `</prefix>` does not close `<pre>`; a block reopened on its closing
    // line stays open; nested verbatim tags count.
    #expect(Topic(text: "<pre>\n</prefix>\ntext\n", path: path).unclosedBlock?.tag == "pre")
    let reopened = Topic(text: "<verbatim>a</verbatim> <verbatim>\ntext\n", path: path)
    #expect(reopened.unclosedBlock == Topic.OpenBlock(tag: "verbatim", line: 1, column: 24))
    #expect(reopened.lines[1].kind == .verbatim)
    let nested = Topic(text: "<verbatim>\n<verbatim>\n</verbatim>\ntext\n", path: path)
    #expect(nested.unclosedBlock?.line == 1)
    let closed = Topic(
      text: "<pre>x</pre> <!-- <verbatim> -->\n   * inside\n</Verbatim> text\n   * item\n",
      path: path)
    #expect(closed.unclosedBlock == nil)
    // The `-->` was inside the block: the comment stays open.
    #expect(closed.lines.map(\.kind) == [.verbatim, .verbatim, .verbatim, .comment])
    #expect(
      lint("<pre>\n</prefix>\n", rules: [UnclosedVerbatimRule()]) == ["1:1 unclosed-verbatim"])
  }

  @Test func customBlankMarksABlankStatistic() {
    var roster = Roster.fixture
    roster.meeting.blank = "..."
    let text = "---++ CMS (Burt)\n   * ... khour/day, ...% success\n   * Tier 1 downtime\n"
    #expect(
      lint(text, rules: [MissingStatRule(), BlankStatRule(), PlaceholderRule()], roster: roster)
        == ["2:6 blank-stat"])
    let match = StatMatcher(try! StatShape(parsing: "{khours} khour/day, {success}% success"))
      .firstMatch(in: "   * n/a khour/day, 91% success", blank: "N/A")
    #expect(match?[slot: "khours"]?.marker == "n/a")
    #expect(match?[slot: "success"]?.figure?.value == 91)
  }
}
