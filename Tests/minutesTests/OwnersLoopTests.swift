import Foundation
import Testing

/// The week of an owner and a coordinator, end to end: sections submitted
/// as the templates begin them, `lint --group` and `submit` agreeing, no
/// report lost to `submit`, `new --force` or two owners at once.
@Suite struct OwnersLoopTests {
  let topic = "minutes/Mar22,2011ProductionMeeting.txt"

  /// The shipped roster and templates, with this week's topic written by `new`.
  func meeting() throws -> URL {
    let folder = try makeMeetingFolder()
    let written = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(written.exitCode == 0, "\(written.stderr)")
    return folder
  }

  func read(_ path: String, in folder: URL) throws -> String {
    String(decoding: try contents(path, in: folder), as: UTF8.self)
  }

  /// The GOC template's section, filled in: it starts with a sub-heading.
  static let goc = """
    ---+++ Operations Last Week
       * Two tickets closed, no outages

    ---+++ Operations This Week
       * BDII release 1.2

    """

  /// The LIGO template's section, filled in.
  static let ligo = """
    ---+++ Gratia Reports
       * Previous week's total usage: 4 users utilized 22 sites
          * 70000 jobs total (56000 / 14000 = 80.0% success)
          * 700000.0 wall clock hours total (650000.0 / 50000.0 = 92.9% success)

       * Current week's total usage: 5 users utilized 21 sites
          * 74775 jobs total (60156 / 14619 = 80.4% success)
          * 781844.0 wall clock hours total (707000.0 / 74844.0 = 90.4% success)

    ---+++ LIGO / E@OSG
       * Recent Average Credit (RAC): 951,002.11872
       * E@H rank based on RAC: 2
       * E@H rank based on accumulated credits: 5

    ---+++ LIGO / INSPIRAL
       * Quiet week

    """

  @Test func theTemplatesSectionsAreSubmittedFromTheirSubHeadings() throws {
    let folder = try meeting()
    try put(Self.goc, "goc.txt", in: folder)
    try put(Self.ligo, "ligo.txt", in: folder)
    for (group, file) in [("Grid Operations Center", "goc.txt"), ("LIGO", "ligo.txt")] {
      let linted = try runMinutes(["lint", "--group", group, file], in: folder)
      #expect(linted.exitCode == 0, "\(linted.stdout)")
      let submitted = try runMinutes(["submit", "--group", group, "--from", file], in: folder)
      #expect(submitted.exitCode == 0, "\(submitted.stdout)\(submitted.stderr)")
      #expect(submitted.stderr == "submitted the '\(group)' section to \(topic)\n")
    }
    let text = try read(topic, in: folder)
    #expect(text.contains("---++ Grid Operations Center (Rob Q.)\n" + Self.goc + "\n---++ Engage"))
    #expect(text.contains("---++ LIGO (Britta, Robert E.)\n" + Self.ligo + "\n---++ Grid"))
    #expect(try runMinutes(["lint", "--group", "LIGO", topic], in: folder).exitCode == 0)
  }

  /// The ten files of the closing note: `lint --group` and `submit` print
  /// the same findings and agree on the exit code.
  static let files: [(group: String, name: String, text: String)] = [
    ("Grid Operations Center", "goc.txt", goc),
    ("LIGO", "ligo.txt", ligo),
    (
      "LIGO", "ligo-blank.txt",
      "---+++ Gratia Reports\n   * Current week's total usage: ___ users utilized ___ sites\n"
        + "---+++ LIGO / E@OSG\n   * Recent Average Credit (RAC): \n"
    ),
    (
      "LIGO", "ligo-mismatch.txt",
      "---+++ Gratia Reports\n   * Current week's total usage: 5 users utilized 21 sites\n"
        + "      * 74775 jobs total (60156 / 14000 = 80.4% success)\n"
    ),
    ("CMS", "cms-heading.txt", "---++ CMS (Burt)\n   * 402 khour/day, 88% success\n"),
    ("CMS", "cms-empty-bullet.txt", "   * 402 khour/day, 88% success\n   * \n"),
    ("CMS", "cms-no-figures.txt", "   * Quiet week\n"),
    ("Atlas", "atlas-tbd.txt", "---+++ Panda\n   * TBD\n"),
    ("Engage", "engage-indent.txt", "  * two new users\n"),
    ("Integration", "integration.txt", "---+++ ITB\n   * 3.0.1 tested on 4 sites\n"),
  ]

  @Test func lintGroupAndSubmitGiveTheSameFindings() throws {
    let folder = try meeting()
    for file in Self.files {
      try put(file.text, file.name, in: folder)
      let linted = try runMinutes(
        ["lint", "--group", file.group, "--date", "2011-03-22", file.name], in: folder)
      let submitted = try runMinutes(
        ["submit", "--group", file.group, "--from", file.name], in: folder)
      #expect(linted.stdout == submitted.stdout, "\(file.name)")
      #expect(linted.exitCode == submitted.exitCode, "\(file.name): \(submitted.stderr)")
    }
    let refusals = try Self.files.map { file in
      try runMinutes(
        ["lint", "--group", file.group, "--date", "2011-03-22", file.name], in: folder
      ).exitCode
    }
    #expect(refusals == [0, 0, 1, 1, 0, 1, 1, 1, 1, 0])
  }

  @Test func aSubmissionWithGapsIsRefusedUnlessTheRosterRelaxesIt() throws {
    let folder = try meeting()
    try put("   * Quiet week\n   * \n", "integration.txt", in: folder)
    let before = try read(topic, in: folder)
    let refused = try runMinutes(
      ["submit", "--group", "Integration", "--from", "integration.txt"], in: folder)
    #expect(refused.exitCode == 1)
    #expect(refused.stdout == "integration.txt:2:4: error: empty bullet [empty-bullet]\n")
    #expect(try read(topic, in: folder) == before)
    try edit(
      "roster.yaml", in: folder, replacing: "# lint:\n",
      with: "lint:\n  submission-gaps: warning\n# lint:\n")
    #expect(
      try runMinutes(["roster"], in: folder).stdout.contains(
        "\nsubmission-gaps: warning (a submitted section with gaps is let through)\n"))
    let relaxed = try runMinutes(
      ["submit", "--group", "Integration", "--from", "integration.txt"], in: folder)
    #expect(relaxed.exitCode == 0)
    #expect(relaxed.stdout == "integration.txt:2:4: warning: empty bullet [empty-bullet]\n")
  }

  @Test func aReportIsNeverReplacedByASectionWithout() throws {
    let folder = try meeting()
    try edit(
      "roster.yaml", in: folder, replacing: "# lint:\n",
      with: "lint:\n  submission-gaps: warning\n# lint:\n")
    try put("   * No incidents this week\n", "security.txt", in: folder)
    try put("   * \n", "empty.txt", in: folder)
    #expect(
      try runMinutes(["submit", "--group", "Security", "--from", "security.txt"], in: folder)
        .exitCode == 0)
    let before = try read(topic, in: folder)
    let line =
      before.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.hasPrefix("---++ Security") }.map { $0 + 1 } ?? 0
    let refused = try runMinutes(
      ["submit", "--group", "Security", "--from", "empty.txt"], in: folder)
    #expect(refused.exitCode == 1)
    #expect(
      refused.stderr.contains(
        "\(topic):\(line):1: error: the section holds a report and the submission holds none; "
          + "submit the report, or leave the section as it is\n"))
    #expect(try read(topic, in: folder) == before)
  }

  @Test func submitAddsAMissingSectionWhereTheRosterPutsIt() throws {
    let folder = try meeting()
    let original = try read(topic, in: folder)
    try put(
      original.replacingOccurrences(of: "---++ Integration (Suchandra)\n   * \n\n", with: ""),
      topic,
      in: folder)
    try put("   * Three new campus users\n", "integration.txt", in: folder)
    let result = try runMinutes(
      ["submit", "--group", "Integration", "--from", "integration.txt"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      try read(topic, in: folder)
        == original.replacingOccurrences(
          of: "---++ Integration (Suchandra)\n   * \n",
          with: "---++ Integration (Suchandra)\n   * Three new campus users\n"))
  }

  @Test func aDroppedActionIsQuotedWholeAndThePastedQuoteIsAccepted() throws {
    let folder = try copyOfFixture("lint")
    let clean = "minutes/Mar15,2011ProductionMeeting.txt"
    let action =
      "   * %ACTION{ who=\"Main.Burt\" due=\"2011-03-29\" state=\"open\" uid=\"000123\" }% "
      + "Renew the host certificates %ENDACTION%"
    try edit(
      clean, in: folder, replacing: "   * 388 khour/day, 90% success\n",
      with: "   * 388 khour/day, 90% success\n" + action + "\n")
    let figures = "   * 402 khour/day, 88% success\n"
    let dropped = try runMinutes(
      ["submit", "--group", "CMS", "--from", "-", clean], in: folder, input: figures)
    #expect(dropped.exitCode == 1)
    let lines = dropped.stderr.split(separator: "\n").map(String.init)
    let refusal = try #require(lines.firstIndex { $0.contains("drops this open action") })
    #expect(lines[refusal + 1] == action)
    let pasted = try runMinutes(
      ["submit", "--group", "CMS", "--from", "-", clean], in: folder,
      input: figures + lines[refusal + 1] + "\n")
    #expect(pasted.exitCode == 0, "\(pasted.stderr)")
    #expect(try read(clean, in: folder).contains(action))
  }

  /// Two owners submit to the same topic at the same moment, round after
  /// round: the lock around read, check and write lands both sections.
  @Test func twoOwnersSubmittingAtOnceBothLand() throws {
    let folder = try copyOfFixture("lint")
    let clean = "minutes/Mar15,2011ProductionMeeting.txt"
    let original = try read(clean, in: folder)
    let rounds = 25
    var landed = 0
    for round in 0..<rounds {
      try put(original, clean, in: folder)
      let submissions = [
        ("CMS", "   * \(400 + round) khour/day, 90% success\n"),
        ("Engage", "   * Round \(round): new campus users\n"),
      ]
      nonisolated(unsafe) var results: [RunResult?] = [nil, nil]
      let lock = NSLock()
      DispatchQueue.concurrentPerform(iterations: submissions.count) { index in
        let result = try? runMinutes(
          ["submit", "--group", submissions[index].0, "--from", "-", clean], in: folder,
          input: submissions[index].1)
        lock.lock()
        results[index] = result
        lock.unlock()
      }
      let text = try read(clean, in: folder)
      #expect(results.allSatisfy { $0?.exitCode == 0 }, "round \(round): \(results)")
      if submissions.allSatisfy({ text.contains($0.1) }) { landed += 1 }
    }
    #expect(landed == rounds)
  }

  @Test func newForceKeepsTheSubmittedReportsAndTheReplacedFile() throws {
    let folder = try meeting()
    try put("   * 402 khour/day, 88% success\n", "cms.txt", in: folder)
    try put("   * No incidents this week\n", "security.txt", in: folder)
    for (group, file) in [("CMS", "cms.txt"), ("Security", "security.txt")] {
      #expect(
        try runMinutes(["submit", "--group", group, "--from", file], in: folder).exitCode == 0)
    }
    let submitted = try read(topic, in: folder)
    let forced = try runMinutes(["new", "--date", "2011-03-22", "--force"], in: folder)
    #expect(forced.exitCode == 0, "\(forced.stderr)")
    #expect(
      forced.stdout
        == "wrote \(topic)\nkept the reports of CMS, Security from the topic it replaced\n"
        + "the replaced topic is kept as \(topic).bak\n")
    let text = try read(topic, in: folder)
    #expect(text.contains("---++ CMS (Burt)\n   * 402 khour/day, 88% success\n"))
    #expect(text.contains("---++ Security (Mine)\n   * No incidents this week\n"))
    #expect(try read(topic + ".bak", in: folder) == submitted)
    // The backup is no topic: lint, history and the next `new` pass it by.
    let linted = try runMinutes(["lint", "--format", "json", "minutes"], in: folder)
    #expect(!linted.stdout.contains(".bak"))
    let again = try runMinutes(["new", "--date", "2011-03-22", "--force"], in: folder)
    #expect(again.stdout.hasSuffix("the replaced topic is kept as \(topic).bak.2\n"))
  }

  @Test func itemsDefaultsToTheNewestTopic() throws {
    let folder = try copyOfFixture("lint")
    let named = try runMinutes(["items", "minutes/Mar22,2011ProductionMeeting.txt"], in: folder)
    let newest = try runMinutes(["items"], in: folder)
    #expect(newest.exitCode == 0)
    #expect(newest.stdout == named.stdout)
    #expect(!newest.stdout.isEmpty)
  }

  @Test func lintListsAFoldersTopicsInMeetingOrder() throws {
    let folder = try copyOfFixture("lint")
    let faulty = try contents("minutes/Mar22,2011ProductionMeeting.txt", in: folder)
    for day in ["Dec16", "Dec30", "Dec9", "Dec23"] {
      try put(faulty, "december/\(day),2010ProductionMeeting.txt", in: folder)
    }
    let result = try runMinutes(["lint", "--no-cache", "december"], in: folder)
    var order: [String] = []
    for line in result.stdout.split(separator: "\n") {
      let day = String(line.split(separator: ",").first ?? "").replacingOccurrences(
        of: "december/", with: "")
      if order.last != day { order.append(day) }
    }
    #expect(order == ["Dec9", "Dec16", "Dec23", "Dec30"])
  }

  @Test func theChainingAdviceWorksFromWhereTheHookRuns() throws {
    let repository = try makeTemporaryFolder()
    let git = { (arguments: [String], folder: URL) in try runGit(arguments, in: folder) }
    _ = try git(["init", "-q"], repository)
    _ = try git(["config", "user.email", "coordinator@example.org"], repository)
    _ = try git(["config", "user.name", "Coordinator"], repository)
    let meeting = repository.appendingPathComponent("meeting")
    try FileManager.default.copyItem(at: try copyOfFixture("lint"), to: meeting)
    let hook = repository.appendingPathComponent(".git/hooks/pre-commit")
    try "#!/bin/sh\necho theirs\n".write(to: hook, atomically: true, encoding: .utf8)
    #expect(chmod(hook.path, 0o755) == 0)
    let install = try runMinutes(["hook", "install"], in: meeting)
    #expect(install.exitCode == 2)
    let marker = "add this line to it: "
    let advice = try #require(install.stderr.range(of: marker))
    let line = install.stderr[advice.upperBound...].trimmingCharacters(in: .newlines)
    #expect(line.hasSuffix(" hook run --roster 'meeting/roster.yaml' || exit 1"))
    try ("#!/bin/sh\necho theirs\n" + line + "\n").write(
      to: hook, atomically: true, encoding: .utf8)
    #expect(chmod(hook.path, 0o755) == 0)
    let faulty = "meeting/minutes/Mar22,2011ProductionMeeting.txt"
    _ = try git(["add", faulty], repository)
    let stopped = try git(["commit", "-q", "-m", "faulty"], repository)
    #expect(stopped.exitCode != 0)
    #expect(stopped.stderr.contains("commit stopped"), "\(stopped.stderr)")
    _ = try git(["reset", "-q"], repository)
    _ = try git(["add", "meeting/minutes/Mar15,2011ProductionMeeting.txt"], repository)
    let passed = try git(["commit", "-q", "-m", "clean"], repository)
    #expect(passed.exitCode == 0, "\(passed.stderr)")
  }

  @Test func completionOffersTheRostersGroupsForGroup() throws {
    let folder = try copyOfFixture("lint")
    let result = try runMinutes(
      ["---completion", "submit", "--", "--group", "3", "1", "minutes", "submit", "--group", "S"],
      in: folder, environment: ["SAP_SHELL": "bash"])
    #expect(result.stdout == "Site Coordination\nSecurity\n")
  }
}
