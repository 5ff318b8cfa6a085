import Testing

@testable import MinutesKit

/// What makes lint's findings on real pages worth acting on: a page that says
/// why its figures are missing, figures reported in words, several blank or
/// missing figures said once, owners the attendee list shows absent, and a
/// heading TWiki shows as text that still ends the section above it.
@Suite struct LintPrecisionTests {
  let path = "Mar22,2011ProductionMeeting.txt"
  let today = MeetingDate(year: 2011, month: 3, day: 22)!

  func findings(
    _ text: String, rules: [any LintRule], roster: Roster = .example, group: String? = nil
  ) -> [Finding] {
    let context = LintContext(
      topic: Topic(text: text, path: path), roster: roster, group: group, today: today)
    return Linter(rules: rules).lint(context)
  }

  // MARK: Figures the page explains

  @Test(arguments: [
    "No metrics report this week",
    "NO metrics report received this week",
    "Panda world-wide production report (real jobs): no report this week",
    "no report from the shifters team this week",
    "Gratia report: didn't receive the report",
    "Gratia report: no weekly summary report received this week.",
    "OSG gratia doesn't have BNL T1 data transfer rate since Jan 15",
    "Data transfer rate wasn't reported last week due to timed out local probe",
    "Is still not getting weekly Gratia reports",
    "_Still no gratia e-mail report_, but I looked at the plots",
    "Britta was having trouble accessing the TWIKI and has filed a ticket.",
    "Gratia figures not available",
    "khour/day: n/a",
    "I (Britta) am on vacation this week",
  ])
  func wordsThatExplainMissingFigures(_ text: String) {
    #expect(FigureAbsence.isExplained(in: text), "\(text)")
  }

  @Test(arguments: [
    "FNAL - Further tests using FNAL provided script, still no success to report",
    "No progress to report",
    "OSG opportunistic access to USATLAS sites: no updates this week",
    "Mediocre weekend, didn't get the lumi increase as expected",
    "no exec in $DATA",
    "341 khour/day, 91% success",
    "see http://example.org/n/a/page",
  ])
  func progressNotesAreNoExplanation(_ text: String) {
    #expect(!FigureAbsence.isExplained(in: text), "\(text)")
  }

  /// The look for cues only passes lines over: every line the words
  /// explain holds a cue, however it is written.
  @Test func theCuesHideNoExplainingLine() {
    let phrases = [
      "No metrics report", "—no report this week", "CANNOT ACCESS the figures",
      "we didn’t receive the report", "Gratia: N/A", "figures NEVER arrived: not available",
      "Unable to access the TWiki", "on VACATION", "Statistics unavailable",
      "Data wasn't reported", "trouble accessing gratia", "(no report)",
    ]
    var generator = SystemRandomNumberGenerator()
    let pieces = ["no", "not", " ", "report", "n't", "’", "know", "—", "a", "N/A", "x", "'", "é"]
    let random = (0..<2000).map { _ in
      (0..<8).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
    for text in phrases + random where FigureAbsence.isExplainedInWords(text) {
      #expect(FigureAbsence.hasCue(text), "\(text)")
    }
    for phrase in phrases { #expect(FigureAbsence.isExplained(in: phrase), "\(phrase)") }
    #expect(!FigureAbsence.hasCue("I know the announced week went well"))
  }

  @Test func aSectionThatSaysWhyIsAskedForNoFigures() {
    let text = """
      ---++ LIGO (Britta, Robert E.)
      ---+++ Gratia Reports
         * This week's total usage: ? users utilized ? sites
            * No metrics report this week
      ---+++ LIGO / INSPIRAL
         * Work-flow running at Notre Dame
      """
    #expect(findings(text, rules: [MissingStatRule(), BlankStatRule()]).isEmpty)
    // Without the explanation, the blanks and the missing figures are found.
    let unexplained = text.replacingOccurrences(of: "No metrics report this week", with: "soon")
    #expect(
      findings(unexplained, rules: [MissingStatRule(), BlankStatRule()]).map(\.rule).sorted()
        == ["blank-stat", "missing-stat"])
  }

  // MARK: Said once

  /// A roster whose CMS declares three figures.
  var threeFigures: Roster {
    var roster = Roster.example
    roster.groups[0].stats = [
      StatDeclaration(name: "completed", shape: "completed {jobs} jobs"),
      StatDeclaration(name: "per-day", shape: "average {jobs} jobs per day"),
      StatDeclaration(name: "failed", shape: "failed {jobs} jobs"),
    ]
    return roster
  }

  @Test func missingFiguresOfASectionAreOneFinding() {
    let text = """
      ---++ CMS (Burt)
         * completed 1.2M jobs
         * Failure rate was higher than usual last week
      """
    let found = findings(text, rules: [MissingStatRule()], roster: threeFigures)
    #expect(found.count == 1)
    #expect(
      found.first?.message
        == "no 'per-day' or 'failed' statistics in section 'CMS' "
        + "(expected 'average ? jobs per day', 'failed ? jobs')")
  }

  @Test func aSectionWithNoneOfItsFiguresIsAReportInWords() {
    let text = "---++ CMS (Burt)\n   * Burt out for jury duty\n"
    #expect(findings(text, rules: [MissingStatRule()], roster: threeFigures).isEmpty)
    // An owner checking their section before submitting it is asked for them.
    let own = findings(text, rules: [MissingStatRule()], roster: threeFigures, group: "CMS")
    #expect(own.count == 1)
    #expect(
      own.first?.message.hasPrefix("no 'completed', 'per-day' or 'failed' statistics") == true)
  }

  @Test func blankFiguresOfALineAreOneFinding() {
    let text = """
      ---++ LIGO (Britta, Robert E.)
         * Current week's total usage: ___ users utilized ___ sites
         * 74775 jobs total (60156 / 14619 = 80.4% success)
      """
    let found = findings(text, rules: [BlankStatRule()])
    #expect(found.map(\.location.line) == [2])
    #expect(
      found.first?.message
        == "blank figures '{users}' and '{sites}' in \"{users} users utilized {sites} sites\"")
  }

  @Test func aGroupReportingWhenItHasNewsHasItsFiguresCheckedWhenItReports() {
    var roster = Roster.example
    roster.groups[1].reports = .whenNews
    let text = """
      ---++ LIGO (Britta, Robert E.)
         * utilized 38 sites;
         * 74775 jobs total (60156 / 14619 = 80.4% success)
      """
    #expect(
      findings(text, rules: [MissingStatRule()], roster: roster).map(\.rule) == ["missing-stat"])
    // The usage line left out: the figures of its news are enough.
    let jobsOnly =
      "---++ LIGO (Britta, Robert E.)\n   * 74775 jobs total (60156 / 14619 = 80.4% success)\n"
    #expect(findings(jobsOnly, rules: [MissingStatRule()], roster: roster).isEmpty)
    // A group due every week owes it.
    #expect(findings(jobsOnly, rules: [MissingStatRule()]).map(\.rule) == ["missing-stat"])
    #expect(
      findings("---++ LIGO (Britta, Robert E.)\n\n", rules: [EmptySectionRule()], roster: roster)
        .isEmpty)
  }

  // MARK: The attendee list

  @Test func aFilledInAttendeeListShowsWhoWasAway() {
    let lines = Topic(
      text: """
        ---++ Attendees:
           * Xin, Armen, Britta, Robert, Rob Q., Scott and Mine
        """, path: path
    ).lines
    let attendance = PageAttendance(lines: lines, range: 1..<2)
    #expect(!attendance.showsAbsent(["Robert E."]))
    #expect(!attendance.showsAbsent(["Burt", "Scott T."]))
    #expect(attendance.showsAbsent(["Mats", "John"]))
    #expect(!attendance.showsAbsent(["Rob Q."]))
    #expect(attendance.showsAbsent(["Robin"]))
  }

  @Test func aListNamingNobodyOfTheRosterShowsNobodyAway() {
    var attendance = PageAttendance(
      lines: Topic(text: "---++ Attendees:\n   * everyone\n", path: path).lines, range: 1..<2)
    #expect(attendance.showsAbsent(["Mats"]))
    attendance.requireSomeoneOf(["Mats", "Burt"])
    #expect(!attendance.showsAbsent(["Mats"]))
    let text = """
      ---++ Attendees:
         * see the notes
      ---++ Engage (Mats, John)

      ---++ CMS (Burt)
         * 341 khour/day, 91% success
      """
    #expect(findings(text, rules: [EmptySectionRule()]).map(\.rule) == ["empty-section"])
  }

  @Test func theTemplatesProposedListShowsNobodyAway() {
    let lines = Topic(
      text: """
        ---++ Attendees:
           * (to be updated after the meeting) Xin, Armen
        """, path: path
    ).lines
    #expect(!PageAttendance(lines: lines, range: 1..<2).showsAbsent(["Mats"]))
  }

  @Test func apologiesShowEveryoneNamedAway() {
    let lines = Topic(
      text: """
        ---++ Attendees:
         Apologies: Rob Quick, Scott Teige (EGI Technical Forum)
        """, path: path
    ).lines
    let attendance = PageAttendance(lines: lines, range: 1..<2)
    #expect(attendance.showsAbsent(["Rob Q.", "Scott T."]))
    // A deputy not among the apologies may stand in.
    #expect(!attendance.showsAbsent(["Rob Q.", "Tom"]))
  }

  // MARK: Headings TWiki shows as text

  @Test func aMalformedHeadingStillEndsTheSectionAbove() throws {
    let text = """
      ---++ CMS (Burt)
         * 341 khour/day, 91% success
      --++ Action/Significant Items:
         * 

      ---++ Engage (Mats, John)
         * Two new users
      <del>---++ Old name (Mats)</del>
      """
    let topic = Topic(text: text, path: path)
    try #require(topic.sections.map(\.name) == ["CMS", "Action/Significant Items", "Engage"])
    #expect(topic.sections[0].bodyRange == 1..<2)
    #expect(topic.sections[1].bodyRange == 3..<5)
    // A struck-out heading was deleted, not meant: it starts nothing.
    #expect(topic.sections[2].bodyRange == 6..<8)
    #expect(String(decoding: topic.bytes, as: UTF8.self) == text)
    // The carrying section's lone template bullet is exempt there, and the
    // heading itself is still reported.
    let found = findings(text, rules: [EmptyBulletRule(), MalformedHeadingRule()])
    #expect(found.map(\.rule) == ["malformed-heading"])
  }

  /// A struck-out copy left before the heading (an edit conflict's
  /// remains): the fix is to remove it.
  @Test func aHeadingAfterMarkupIsToldToLoseWhatComesBefore() {
    let found = findings(
      "<del>---++ Security (Mine)</del>---++ Security (Mine)\n   * Glidein testing continues\n",
      rules: [MalformedHeadingRule()])
    #expect(
      found.map(\.message) == [
        "'---++ Security (Mine)' is not a heading: it follows markup on its line, and TWiki "
          + "shows it as text (remove what comes before it, or put the heading on a line of its own)"
      ])
  }
}
