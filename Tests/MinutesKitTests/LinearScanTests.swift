import Testing

@testable import MinutesKit

/// The shortcuts that keep lint linear over a line and over a topic give the
/// answers the plain scans gave. (How fast they are is shown by
/// bench/pathological.sh, never timed here.)
@Suite struct LinearScanTests {
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  /// Runs of spaces, `?` and `_` are tried from one of their bytes only:
  /// every match a try at every start finds is still found.
  @Test(arguments: ["___", "n/a", "?x?", "_ "])
  func runsTriedOnceHoldEveryMatch(blank: String) throws {
    let shapes = [
      "failed {jobs} jobs", "{users} users utilized {sites} sites", "{a} {b}", "{a}?{b}",
      "USATLAS ran {jobs} jobs", " {n} x",
    ]
    let tokens = [
      " ", "  ", "     ", "\t", "?", "??", "?????", "_", "___", "+", "-", "1", "23", "4,567",
      "2.5K", "x", "n/a", "?x?", "_ ", "users", "utilized", "sites", "failed", "jobs", "ran",
      "USATLAS", ".", ",", "é",
    ]
    var rng = SplitMix64(seed: 1919)
    var found = 0
    for shape in shapes {
      let matcher = StatMatcher(try StatShape(parsing: shape))
      for _ in 0..<2000 {
        var line = ""
        for _ in 0..<Int.random(in: 1...24, using: &rng) {
          line += tokens.randomElement(using: &rng)!
        }
        let (skipping, every) = LineBytes.reading(line) {
          (
            matcher.matches(inChecked: $0, blank: blank),
            matcher.matches(inChecked: $0, blank: blank, skipping: false)
          )
        }
        #expect(skipping == every, "\(shape) in \(line.debugDescription)")
        found += every.count
      }
    }
    #expect(found > 1000)
  }

  @Test func aLongLineOfJobIdsBeforeAStatIsReadRight() throws {
    let matcher = StatMatcher(try StatShape(parsing: "failed {jobs} jobs"))
    let ids = String(repeating: "1234567 ", count: 20_000)
    let found = matcher.matches(in: "   * Panda: " + ids + "failed 12 jobs")
    #expect(found.count == 1)
    #expect(found.first?[slot: "jobs"]?.figure?.value == 12)
    let spaces = String(repeating: " ", count: 50_000)
    #expect(matcher.matches(in: spaces + "+failed 3 jobs").count == 1)
    #expect(matcher.matches(in: String(repeating: "?", count: 50_000) + " +failed").isEmpty)
  }

  @Test func aLineOfPlaceholdersHasNoContentAndEachIsFound() {
    let line = "   * " + String(repeating: "TBD ", count: 5_000) + "___"
    let topic = Topic(text: "---++ CMS (Burt)\n\(line)\n", path: "t.txt")
    let context = LintContext(topic: topic, roster: .example, today: today)
    #expect(!LintText.hasContent(lineAt: 1, in: context))
    #expect(LintText.placeholders(in: line, blank: "n/a").count == 5_001)
    let custom = "   * " + String(repeating: "n/a ___ ", count: 3_000)
    #expect(LintText.placeholders(in: custom, blank: "n/a").count == 6_000)
    let withText = Topic(text: "---++ CMS (Burt)\n\(line) done\n", path: "t.txt")
    #expect(
      LintText.hasContent(
        lineAt: 1, in: LintContext(topic: withText, roster: .example, today: today)))
  }

  @Test func blankStatisticsAmongPlaceholdersAreLeftToBlankStat() {
    let line = "   * " + String(repeating: "failed ___ jobs TBD ", count: 2_000)
    var roster = Roster.example
    roster.groups[0].stats = [StatDeclaration(name: "failed", shape: "failed {jobs} jobs")]
    // A report beside the line: template text in a section nobody filled
    // in is said once, by empty-section.
    let topic = Topic(text: "---++ CMS (Burt)\n   * 402 jobs ran\n\(line)\n", path: "t.txt")
    let findings = Linter(rules: [PlaceholderRule(), BlankStatRule()]).lint(
      LintContext(topic: topic, roster: roster, today: today))
    #expect(findings.filter { $0.rule == "placeholder" }.count == 2_000)
    // The line's blanks are one finding that counts them.
    let blanks = findings.filter { $0.rule == "blank-stat" }
    #expect(blanks.count == 1)
    #expect(blanks.first?.message.hasSuffix("(2000 blanks on the line)") == true)
  }

  @Test func aLongUnfilledSectionIsOneEmptySectionFinding() {
    let body = String(repeating: "   * TBD\n   * \n", count: 5_000)
    let topic = Topic(text: "---++ CMS (Burt)\n" + body, path: "t.txt")
    let findings = Linter(rules: [PlaceholderRule(), EmptyBulletRule(), EmptySectionRule()]).lint(
      LintContext(topic: topic, roster: .example, today: today))
    #expect(findings.map(\.rule) == ["empty-section"])
  }

  @Test func manySuppressionsInARowAllSilenceTheNextLine() {
    let text =
      "---++ CMS (Burt)\n   * a\n"
      + String(repeating: "<!-- minutes-lint disable=empty-bullet -->\n", count: 3) + "\n"
      + "<!-- minutes-lint disable=placeholder -->\n   * TBD\n   * \n"
    let suppression = Suppression.parse(Topic(text: text, path: "t.txt"))
    #expect(suppression.rulesByLine == [8: ["empty-bullet", "placeholder"]])
  }

  @Test func originNotesAmongManyOpeningsAreFound() {
    let text = String(repeating: "(open since ", count: 1_000) + "01 Mar 2011)"
    #expect(OriginNote.notes(in: text).map(\.date) == [MeetingDate(year: 2011, month: 3, day: 1)!])
    let far = "(open since 01 Mar 2011" + String(repeating: " ", count: 300) + ")"
    #expect(OriginNote.notes(in: far).isEmpty)
  }

  /// Notes are found over the bytes: their ranges and offsets still fall
  /// where they are after text that is not ASCII, in any case of the prefix.
  @Test func originNotesAfterTextThatIsNotASCIIKeepTheirPlaces() {
    let text = "é item (OPEN SINCE 15 Mar 2011) and (open since 1 Mar 2011, was uid 7)"
    let notes = OriginNote.notes(in: text)
    #expect(notes.map(\.offset) == [8, 37])
    #expect(
      notes.map { String(text[$0.range]) } == [
        "(OPEN SINCE 15 Mar 2011)", "(open since 1 Mar 2011, was uid 7)",
      ])
    #expect(OriginNote.removing(from: "x (open since 15 Mar 2011) y") == "x y")
    #expect(OriginNote.removing(from: "a b (open since 15 Mar 2011) ") == "a b")
    #expect(OriginNote.removing(from: "a  b") == "a  b")
  }

  /// The done marks' searches skip Foundation when the word is not there at
  /// all; where it is, the answers are the ones the full checks give.
  @Test func doneMarksGiveTheSameAnswersWithTheirShortcuts() {
    let marks = DoneMarks(["DONE", "CLOSED", "%Y%", "<del>"])
    let done = [
      "Filed the ticket - done.\u{A0}", "(Done) the CA bundle", "Ticket filed; Closed",
      "%Y% renewed", "<del>Renew the bundle</del> (Ana)", "x DONE y",
      "Done: filed (open since 15 Mar 2011)",
    ]
    let open = [
      "almost done with it", "x - undone", "DONE_LIST updated", "x <del>y</del> z",
      "renew (open since (open since 01 Mar 2011)", "",
    ]
    for text in done { #expect(marks.isDone(text), "\(text)") }
    for text in open { #expect(!marks.isDone(text), "\(text)") }
    #expect(DoneMarks.trimmingWhitespace("\t a b \u{A0}") == "a b")
    #expect(DoneMarks.trimmingWhitespace(" \t ") == "")
  }

  @Test func guessesStopWhenTheBudgetIsSpentButExactNamesAreStillFound() {
    let names = (0..<2_000).map { "Group\($0)" }
    let candidates = Suggestion.Candidates(names)
    var budget = Int.max
    #expect(candidates.closest(to: "Grop17", budget: &budget) == "Group17")
    budget = 10
    #expect(candidates.closest(to: "Grop17", budget: &budget) == nil)
    #expect(candidates.closest(to: "group 17", budget: &budget) == "Group17")
  }

  @Test func missingSectionsPointAtTheNextGroupOnThePage() {
    let text = "---++ LIGO (Britta, Robert E.)\n   * x\n---++ Attendees:\n   * Dan\n"
    let findings = Linter(rules: [MissingSectionRule()]).lint(
      LintContext(topic: Topic(text: text, path: "t.txt"), roster: .example, today: today))
    // CMS belongs before LIGO; Engage, last in the roster, at the end.
    #expect(findings.map(\.location.line) == [1, 4])
    #expect(findings.map(\.group) == ["cms", "engage"])
  }
}
