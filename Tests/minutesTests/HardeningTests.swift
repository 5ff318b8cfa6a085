import Foundation
import Testing

/// Runs `minutes` through `sh` so that a redirection can close or fill a
/// standard stream (`2>&-`, `>/dev/full`, `<&-`), which `Process` cannot.
func runMinutes(
  _ arguments: [String], redirecting redirection: String, in directory: URL
) throws -> RunResult {
  let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
  let command = "exec '\(minutesBinary.path)' \(quoted.joined(separator: " ")) \(redirection)"
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/sh")
  process.arguments = ["-c", command]
  process.currentDirectoryURL = directory
  var environment = ProcessInfo.processInfo.environment
  environment["SOURCE_DATE_EPOCH"] = "1300752000"
  environment["NO_COLOR"] = "1"
  process.environment = environment
  return try run(process)
}

/// The cases of the bad-input matrix that need a closed or full standard
/// stream, or a git repository.
@Suite struct HardeningTests {
  let fullDisk = "minutes: error: cannot write to standard output: no space left on device\n"
  let clean = "minutes/Mar15,2011ProductionMeeting.txt"

  /// A lint workspace whose roster declares stats (for `stats`).
  func workspace() throws -> URL { try copyOfFixture("lint") }

  // MARK: standard streams

  /// Error paths with stderr closed or full: exit 2 (the message is lost),
  /// never a trap (SIGILL, exit 132), nothing written.
  @Test(arguments: ["2>&-", "2>/dev/full"])
  func errorsWithStderrClosedOrFullExitTwo(redirection: String) throws {
    let folder = try workspace()
    let before = try snapshot(of: folder)
    for arguments in [
      ["lint", "minutes/Nope.txt"], ["new", "--date", "2011-13-01"], ["roster", "--roster", "x"],
      ["submit", "--group", "CMS", "--from", "nope.txt", clean], ["frob"],
    ] {
      let result = try runMinutes(arguments, redirecting: redirection, in: folder)
      #expect(result.exitCode == 2, "\(arguments)")
    }
    #expect(try snapshot(of: folder) == before)
  }

  /// `submit` writes the new topic aside, reports, and only then renames: a
  /// report that cannot be written leaves the topic as it was. With stderr
  /// closed, the temporary file would also take descriptor 2 and receive the
  /// report, were the closed descriptor not held.
  @Test(arguments: ["2>&-", "2>/dev/full"])
  func aSubmitThatCannotReportChangesNothing(redirection: String) throws {
    let folder = try workspace()
    try put("   * 410 khour/day, 93% success\n", "cms.txt", in: folder)
    let before = try snapshot(of: folder)
    let result = try runMinutes(
      ["submit", "--group", "CMS", "--from", "cms.txt", clean], redirecting: redirection,
      in: folder)
    #expect(result.exitCode == 2)
    #expect(try snapshot(of: folder) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path + "/minutes").sorted() == [
        "Mar15,2011ProductionMeeting.txt", "Mar22,2011ProductionMeeting.txt",
      ])
  }

  @Test func newToAFullStdoutExitsTwoWithAMessage() throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(
      ["new", "--date", "2011-03-22", "--stdout"], redirecting: ">/dev/full", in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr == fullDisk)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "roster.yaml", "templates",
      ])
  }

  /// `new` writes the topic aside, reports, and only then puts it in place
  /// (as `submit` does): a report that cannot be written leaves nothing, not
  /// the topic, not the archive folder made for it, no temporary file.
  @Test(arguments: [">/dev/full", ">&-"])
  func aNewThatCannotReportWritesNothing(redirection: String) throws {
    let folder = try makeMeetingFolder()
    let result = try runMinutes(
      ["new", "--date", "2011-03-22"], redirecting: redirection, in: folder)
    #expect(result.exitCode == 2)
    if redirection == ">/dev/full" { #expect(result.stderr == fullDisk) }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "roster.yaml", "templates",
      ])
  }

  /// The same for `new --force` over a topic: the topic stays as it was and
  /// no backup is left.
  @Test func aNewForceThatCannotReportChangesNothing() throws {
    let folder = try makeMeetingFolder()
    #expect(try runMinutes(["new", "--date", "2011-03-22"], in: folder).exitCode == 0)
    try edit(
      "minutes/Mar22,2011ProductionMeeting.txt", in: folder, replacing: "\n---++ ",
      with: "\nEdited by hand.\n\n---++ ")
    let before = try snapshot(of: folder)
    let result = try runMinutes(
      ["new", "--date", "2011-03-22", "--force"], redirecting: ">/dev/full", in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr == fullDisk)
    #expect(try snapshot(of: folder) == before)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path + "/minutes") == [
        "Mar22,2011ProductionMeeting.txt"
      ])
  }

  /// Every command that prints a report says so when stdout is full.
  @Test(arguments: [
    ["lint", "minutes"], ["lint", "--format", "json", "minutes"], ["history"], ["roster"],
    ["items", "minutes/Mar15,2011ProductionMeeting.txt"], ["stats", "--group", "CMS"],
    ["rules"], ["--help"],
  ])
  func aFullStdoutExitsTwo(arguments: [String]) throws {
    let folder = try workspace()
    let result = try runMinutes(arguments, redirecting: ">/dev/full", in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasSuffix(fullDisk), "\(result.stderr)")
  }

  @Test func lintOfAClosedStdinSaysSo() throws {
    let folder = try workspace()
    let result = try runMinutes(["lint", "-"], redirecting: "<&-", in: folder)
    #expect(result.exitCode == 2)
    #expect(result.stderr == "minutes: error: <stdin>: standard input is closed\n")
    #expect(result.stdout == "")
  }

  // MARK: the pre-commit hook

  /// A repository of the lint workspace with `archive` as the roster's
  /// archive, blank figures as errors, and the hook installed.
  func repository(archive: String = "minutes") throws -> URL {
    let folder = try workspace()
    try edit("roster.yaml", in: folder, replacing: "archive: minutes", with: "archive: \(archive)")
    try put(
      try contents("roster.yaml", in: folder)
        + Array("lint:\n  severity: {blank-stat: error}\n".utf8),
      "roster.yaml", in: folder)
    try runGit(["init", "-q"], in: folder)
    try runGit(["config", "user.email", "coordinator@example.org"], in: folder)
    try runGit(["config", "user.name", "Coordinator"], in: folder)
    try runGit(["add", "roster.yaml"], in: folder)
    try runGit(["commit", "-q", "-m", "roster"], in: folder)
    #expect(try runMinutes(["hook", "install"], in: folder).exitCode == 0)
    return folder
  }

  func blankFigure(in folder: URL) throws -> [UInt8] {
    let good = String(decoding: try contents(clean, in: folder), as: UTF8.self)
    return Array(good.replacingOccurrences(of: "388 khour/day", with: " khour/day").utf8)
  }

  /// A file named `0:Mar15,…` is linted as itself: `git show :0:Mar15,…`
  /// would read stage 0 of `Mar15,…`, the clean topic, and let it through.
  @Test func aStagedFileNamedLikeARevisionIsLintedAsItself() throws {
    let folder = try repository(archive: "\".\"")
    try put(try contents(clean, in: folder), "Mar15,2011ProductionMeeting.txt", in: folder)
    try runGit(["add", "Mar15,2011ProductionMeeting.txt"], in: folder)
    try runGit(["commit", "-q", "--no-verify", "-m", "clean topic"], in: folder)
    let name = "0:Mar15,2011ProductionMeeting.txt"
    try put(try blankFigure(in: folder), name, in: folder)
    try runGit(["add", "--", name], in: folder)
    let refused = try runGit(["commit", "-q", "-m", "bad"], in: folder)
    #expect(refused.exitCode != 0)
    #expect(refused.stderr.contains("\(name):11:6: error: blank figure '{khours}'"))
  }

  /// The hook lints with the roster the commit will hold: an unstaged edit
  /// that turns the rule off does not let the error through.
  @Test func theHookLintsWithTheStagedRoster() throws {
    let folder = try repository()
    try edit(
      "roster.yaml", in: folder, replacing: "blank-stat: error", with: "blank-stat: off")
    let topic = "minutes/Mar29,2011ProductionMeeting.txt"
    try put(try blankFigure(in: folder), topic, in: folder)
    try runGit(["add", topic], in: folder)
    let refused = try runGit(["commit", "-q", "-m", "Mar 29"], in: folder)
    #expect(refused.exitCode != 0)
    #expect(refused.stderr.contains("\(topic):11:6: error: blank figure '{khours}'"))
    // Staged, the roster's change counts.
    try runGit(["add", "roster.yaml"], in: folder)
    #expect(try runGit(["commit", "-q", "-m", "Mar 29"], in: folder).exitCode == 0)
  }

  /// Installing again rewrites only the hook's own lines; what a person
  /// added stays.
  @Test func installingAgainKeepsTheLinesAPersonAdded() throws {
    let folder = try repository()
    let hook = folder.appendingPathComponent(".git/hooks/pre-commit")
    var text = try String(contentsOf: hook, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "minutes='", with: "export TEAM=osg\nminutes='/old/path/minutes' #'")
    try text.write(to: hook, atomically: true, encoding: .utf8)
    let again = try runMinutes(["hook", "install"], in: folder)
    #expect(again.exitCode == 0)
    let updated = try String(contentsOf: hook, encoding: .utf8)
    #expect(updated.contains("export TEAM=osg\n"))
    #expect(!updated.contains("/old/path/minutes"))
    #expect(updated.contains("minutes='\(minutesBinary.resolvingSymlinksInPath().path)'\n"))
  }

  /// A hook of ours edited beyond recognition is refused, not overwritten.
  @Test func aHookEditedBeyondItsOwnLinesIsRefused() throws {
    let folder = try repository()
    let hook = folder.appendingPathComponent(".git/hooks/pre-commit")
    let text =
      try String(contentsOf: hook, encoding: .utf8)
      .replacingOccurrences(of: "exec \"$minutes\" hook run", with: "\"$minutes\" hook run")
      + "echo more checks\n"
    try text.write(to: hook, atomically: true, encoding: .utf8)
    let again = try runMinutes(["hook", "install"], in: folder)
    #expect(again.exitCode == 2)
    #expect(again.stderr.contains("was changed by hand"))
    #expect(try String(contentsOf: hook, encoding: .utf8) == text)
  }

  /// `git add -A` after a killed run stages its temporary file; the hook
  /// stops the commit and says how to unstage it.
  @Test func aStagedTemporaryFileStopsTheCommit() throws {
    let folder = try repository()
    let leftover = "minutes/.Mar29,2011ProductionMeeting.txt.1.tmp"
    try put("%META:TOPICINFO{author=\"DanFraser\"}%\n", leftover, in: folder)
    try runGit(["add", "-A"], in: folder)
    let refused = try runGit(["commit", "-q", "-m", "oops"], in: folder)
    #expect(refused.exitCode != 0)
    #expect(
      refused.stderr.contains(
        "minutes: error: \(leftover): the temporary file of a killed minutes run is staged "
          + "(unstage it: git rm --cached -- '\(leftover)')\n"))
    #expect(refused.stderr.contains("commit stopped"))
  }

  /// A staged temporary file stops the commit even when every staged topic
  /// is clean: its error counts with the topics' findings.
  @Test func aStagedTemporaryFileBesideACleanTopicStopsTheCommit() throws {
    let folder = try repository()
    let leftover = "minutes/.Mar29,2011ProductionMeeting.txt.1.tmp"
    try put("%META:TOPICINFO{author=\"DanFraser\"}%\n", leftover, in: folder)
    try runGit(["add", clean, leftover], in: folder)
    let refused = try runGit(["commit", "-q", "-m", "oops"], in: folder)
    #expect(refused.exitCode != 0)
    #expect(refused.stderr.contains("no problems in 1 file\n"))
    #expect(refused.stderr.contains("commit stopped"))
  }

  /// A hook that is not UTF-8 text is someone else's: read, never taken for
  /// absent and overwritten.
  @Test func aHookThatIsNotTextIsNeverReplaced() throws {
    let folder = try repository()
    let hook = folder.appendingPathComponent(".git/hooks/pre-commit")
    let theirs: [UInt8] = Array("#!/bin/sh\necho caf".utf8) + [0xE9] + Array("\n".utf8)
    try Data(theirs).write(to: hook)
    let again = try runMinutes(["hook", "install"], in: folder)
    #expect(again.exitCode == 2)
    // The wording of the chaining advice is the advice's own; it names the hook.
    #expect(again.stderr.contains(hook.lastPathComponent))
    #expect(try [UInt8](Data(contentsOf: hook)) == theirs)
  }
}
