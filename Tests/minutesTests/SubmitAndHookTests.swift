import Foundation
import Testing

/// `minutes submit` and the git pre-commit hook, end to end.
@Suite struct SubmitAndHookTests {
  let clean = "minutes/Mar15,2011ProductionMeeting.txt"
  let newest = "minutes/Mar22,2011ProductionMeeting.txt"

  /// A copy of `Fixtures/lint`: roster.yaml and an archive of two topics.
  func workspace() throws -> URL { try copyOfFixture("lint") }

  func read(_ path: String, in folder: URL) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  func write(_ text: String, to path: String, in folder: URL) throws {
    try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  @Test func aSectionWithAnEmptyBulletIsRefusedAndTheTopicStaysAsItWas() throws {
    let folder = try workspace()
    var roster = try read("roster.yaml", in: folder)
    roster += "lint:\n  severity: {empty-bullet: error}\n"
    try write(roster, to: "roster.yaml", in: folder)
    try write("   * 402 khour/day, 88% success\n   * \n", to: "cms.txt", in: folder)
    let before = try snapshot(of: folder)
    let result = try runMinutes(
      ["submit", "--group", "CMS", "--from", "cms.txt", clean], in: folder)
    #expect(result.exitCode == 1)
    #expect(result.stdout == "cms.txt:2:4: error: empty bullet [empty-bullet]\n")
    #expect(result.stderr.contains("nothing submitted: \(clean) is unchanged"))
    #expect(try snapshot(of: folder) == before)
  }

  @Test func aGoodSectionReplacesOnlyThatSection() throws {
    let folder = try workspace()
    let original = try read(clean, in: folder)
    try write(
      "---++ CMS (Burt)\n   * 410 khour/day, 93% success\n   * Cosmic runs\n", to: "cms.txt",
      in: folder)
    let result = try runMinutes(
      ["submit", "--group", "cms", "--from", "cms.txt", clean], in: folder)
    #expect(result.exitCode == 0)
    #expect(result.stderr == "submitted the 'CMS' section to \(clean)\n")
    let expected = original.replacingOccurrences(
      of: "   * 388 khour/day, 90% success\n",
      with: "   * 410 khour/day, 93% success\n   * Cosmic runs\n")
    #expect(try read(clean, in: folder) == expected)
  }

  @Test func standardInputAndTheNewestTopicAreTheDefaults() throws {
    let folder = try workspace()
    let result = try runMinutes(
      ["submit", "--group", "Engage", "--from", "-"], in: folder,
      input: "   * Three new campus users\n")
    #expect(result.exitCode == 0)
    #expect(result.stderr == "submitted the 'Engage' section to \(newest)\n")
    #expect(
      try read(newest, in: folder).contains(
        "---++ Engage (Mats, John)\n   * Three new campus users\n"))
  }

  @Test func anEmptySubmissionIsRefused() throws {
    let folder = try workspace()
    let before = try snapshot(of: folder)
    let result = try runMinutes(
      ["submit", "--group", "CMS", "--from", "-", clean], in: folder, input: " \n\n")
    #expect(result.exitCode == 2)
    #expect(
      result.stderr
        == "minutes: error: <stdin>: nothing to submit (the section is empty); \(clean) is unchanged\n"
    )
    #expect(try snapshot(of: folder) == before)
  }

  @Test func droppingAnOpenActionOfTheSectionIsRefused() throws {
    let folder = try workspace()
    let action =
      "   * %ACTION{ who=\"Main.Burt\" due=\"2011-03-29\" state=\"open\" uid=\"000123\" }% "
      + "Renew the host certificates %ENDACTION%\n"
    let topic = try read(clean, in: folder).replacingOccurrences(
      of: "   * 388 khour/day, 90% success\n", with: "   * 388 khour/day, 90% success\n" + action)
    try write(topic, to: clean, in: folder)
    let before = try snapshot(of: folder)
    let dropped = try runMinutes(
      ["submit", "--group", "CMS", "--from", "-", clean], in: folder,
      input: "   * 402 khour/day, 88% success\n")
    #expect(dropped.exitCode == 1)
    #expect(
      dropped.stderr.contains(
        "\(clean):12:1: error: the submission drops this open action of the section; keep it, "
          + "or close it (DONE, state=\"closed\")"))
    #expect(try snapshot(of: folder) == before)

    let closed = action.replacingOccurrences(of: "state=\"open\"", with: "state=\"closed\"")
    let kept = try runMinutes(
      ["submit", "--group", "CMS", "--from", "-", clean], in: folder,
      input: "   * 402 khour/day, 88% success\n" + closed)
    #expect(kept.exitCode == 0, "\(kept.stderr)")
  }

  @Test func usageMistakesExitTwoAndChangeNothing() throws {
    let folder = try workspace()
    try write("---++ Atlas (Xin)\n   * x\n", to: "wrong.txt", in: folder)
    let before = try snapshot(of: folder)
    let wrongHeading = try runMinutes(
      ["submit", "--group", "CMS", "--from", "wrong.txt", clean], in: folder)
    #expect(wrongHeading.exitCode == 2)
    #expect(
      wrongHeading.stderr
        == "wrong.txt:1:7: error: the submitted section is headed 'Atlas', not 'CMS'\n")
    let unknownGroup = try runMinutes(
      ["submit", "--group", "CMZ", "--from", "wrong.txt", clean], in: folder)
    #expect(unknownGroup.exitCode == 2)
    #expect(unknownGroup.stderr.contains("'CMZ'"))
    let missing = try runMinutes(
      ["submit", "--group", "CMS", "--from", "nope.txt", clean], in: folder)
    #expect(missing.exitCode == 2)
    #expect(missing.stderr == "minutes: error: nope.txt: no such file\n")
    #expect(try snapshot(of: folder) == before)
  }

  // MARK: the pre-commit hook

  func repository() throws -> URL {
    let folder = try workspace()
    var roster = try read("roster.yaml", in: folder)
    roster += "lint:\n  severity: {blank-stat: error}\n"
    try write(roster, to: "roster.yaml", in: folder)
    try runGit(["init", "-q"], in: folder)
    try runGit(["config", "user.email", "coordinator@example.org"], in: folder)
    try runGit(["config", "user.name", "Coordinator"], in: folder)
    try runGit(["add", "roster.yaml", clean], in: folder)
    try runGit(["commit", "-q", "-m", "roster and last week"], in: folder)
    return folder
  }

  @Test func theHookRefusesABlankStatisticAndLetsTheFixedTopicThrough() throws {
    let folder = try repository()
    let install = try runMinutes(["hook", "install"], in: folder)
    #expect(install.exitCode == 0)
    #expect(install.stdout.hasPrefix("installed the pre-commit hook at "))

    let topic = "minutes/Mar29,2011ProductionMeeting.txt"
    let good = try read(clean, in: folder)
    try write(
      good.replacingOccurrences(of: "388 khour/day", with: " khour/day"), to: topic, in: folder)
    try runGit(["add", topic], in: folder)
    let refused = try runGit(["commit", "-q", "-m", "Mar 29"], in: folder)
    #expect(refused.exitCode != 0)
    #expect(refused.stderr.contains("\(topic):11:6: error: blank figure '{khours}'"))
    #expect(refused.stderr.contains("[blank-stat]"))
    #expect(refused.stderr.contains("commit stopped"))
    #expect(try runGit(["log", "--oneline"], in: folder).stdout.split(separator: "\n").count == 1)

    try write(good, to: topic, in: folder)
    try runGit(["add", topic], in: folder)
    let accepted = try runGit(["commit", "-q", "-m", "Mar 29"], in: folder)
    #expect(accepted.exitCode == 0)
    #expect(try runGit(["log", "--oneline"], in: folder).stdout.split(separator: "\n").count == 2)
  }

  @Test func theHookReportsStagedTopicsInMeetingOrder() throws {
    let folder = try repository()
    #expect(try runMinutes(["hook", "install"], in: folder).exitCode == 0)
    let blank = try read(clean, in: folder).replacingOccurrences(
      of: "388 khour/day", with: " khour/day")
    let names = ["Dec16,2011", "Dec9,2011", "Dec30,2011", "Dec23,2011"]
    for name in names {
      try write(blank, to: "minutes/\(name)ProductionMeeting.txt", in: folder)
      try runGit(["add", "minutes/\(name)ProductionMeeting.txt"], in: folder)
    }
    let refused = try runGit(["commit", "-q", "-m", "December"], in: folder)
    #expect(refused.exitCode != 0)
    let order = refused.stderr.split(separator: "\n").compactMap { line in
      names.first { line.hasPrefix("minutes/\($0)ProductionMeeting.txt:") }
    }
    let topics = order.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
    #expect(topics == ["Dec9,2011", "Dec16,2011", "Dec23,2011", "Dec30,2011"])
  }

  @Test func theHookLooksOnlyAtStagedTopicsOfTheArchive() throws {
    let folder = try repository()
    #expect(try runMinutes(["hook", "install"], in: folder).exitCode == 0)
    try write("   * \n", to: "notes.txt", in: folder)
    try runGit(["add", "notes.txt"], in: folder)
    #expect(try runGit(["commit", "-q", "-m", "notes"], in: folder).exitCode == 0)
  }

  @Test func installNeverReplacesSomeoneElsesHook() throws {
    let folder = try repository()
    let hook = folder.appendingPathComponent(".git/hooks/pre-commit")
    try "#!/bin/sh\necho theirs\n".write(to: hook, atomically: true, encoding: .utf8)
    let result = try runMinutes(["hook", "install"], in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr.contains("already exists and was not written by minutes"))
    #expect(result.stderr.contains("hook run --roster 'roster.yaml' || exit 1"))
    #expect(try String(contentsOf: hook, encoding: .utf8) == "#!/bin/sh\necho theirs\n")
    // Its own hook it replaces.
    try FileManager.default.removeItem(at: hook)
    #expect(try runMinutes(["hook", "install"], in: folder).exitCode == 0)
    #expect(try runMinutes(["hook", "install"], in: folder).exitCode == 0)
  }
}
