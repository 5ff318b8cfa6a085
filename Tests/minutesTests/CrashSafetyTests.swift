import Foundation
import Testing

/// A command killed while it writes a topic leaves the old topic or none,
/// never part of the new one. The kill comes from inside: FileIO's test hook
/// (`MINUTES_TEST_KILL_AFTER_BYTES`) sends SIGKILL to the process once that
/// many bytes of the temporary file are written, so the kill lands mid-write
/// every time instead of by the luck of a timer.
@Suite struct CrashSafetyTests {
  let topic = "minutes/Mar22,2011ProductionMeeting.txt"
  let hook = "MINUTES_TEST_KILL_AFTER_BYTES"

  /// The dot files `writeAtomically` writes beside the target.
  func temporaries(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("minutes").path
    ).filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
  }

  /// Where the kill lands: after the first byte, half way, one byte short of the end.
  @Test(arguments: ["first byte", "half", "all but the last byte"])
  func aKilledNewLeavesTheOldTopicThenTheNextRunWritesItWhole(killPoint: String) throws {
    let old = "the topic as it was before\n"
    let folder = try makeMeetingFolder(archive: ["Mar22,2011ProductionMeeting.txt": old])
    defer { try? FileManager.default.removeItem(at: folder) }
    let expected = try runMinutes(["new", "--date", "2011-03-22", "--stdout"], in: folder).stdout
    let size = expected.utf8.count
    let killAfter = ["first byte": 1, "half": size / 2][killPoint] ?? size - 1

    let killed = try runMinutes(
      ["new", "--date", "2011-03-22", "--force"], in: folder, environment: [hook: "\(killAfter)"])
    #expect(killed.exitCode == SIGKILL)
    #expect(killed.stdout == "")
    #expect(try String(contentsOf: folder.appendingPathComponent(topic), encoding: .utf8) == old)
    // The killed run's temporary file holds the part it wrote, under a dot
    // name that lint and the archive skip.
    let left = try temporaries(in: folder)
    #expect(left.count == 1)
    let partial = try Data(
      contentsOf: folder.appendingPathComponent("minutes").appendingPathComponent(left[0]))
    #expect(partial.count == killAfter)
    #expect(expected.utf8.starts(with: partial))
    let lint = try runMinutes(["lint", "minutes"], in: folder)
    #expect(lint.stderr.hasSuffix("in 1 file\n"))

    let rerun = try runMinutes(["new", "--date", "2011-03-22", "--force"], in: folder)
    #expect(rerun.exitCode == 0)
    #expect(
      try String(contentsOf: folder.appendingPathComponent(topic), encoding: .utf8) == expected)
    #expect(try temporaries(in: folder).isEmpty)
  }

  @Test func aKilledFirstNewLeavesNoTopicAtAll() throws {
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": "last week\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let killed = try runMinutes(
      ["new", "--date", "2011-03-22"], in: folder, environment: [hook: "500"])
    #expect(killed.exitCode == SIGKILL)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(topic).path))

    // Without --force the next run still creates it: the leftover is not the topic.
    let rerun = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(rerun.exitCode == 0)
    #expect(rerun.stdout.hasPrefix("wrote \(topic)\n"))
    #expect(try temporaries(in: folder).isEmpty)
  }

  @Test func aTemporaryOfARunningProcessIsLeftAlone() throws {
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": "last week\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    // Another run's work in progress: its temporary file is locked while it writes.
    let busy = ".Mar22,2011ProductionMeeting.txt.minutes-7f3a.tmp"
    try put("in progress", "minutes/\(busy)", in: folder)
    let descriptor = open(folder.appendingPathComponent("minutes/\(busy)").path, O_RDONLY)
    #expect(flock(descriptor, LOCK_EX) == 0)
    defer { close(descriptor) }
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 0)
    #expect(try temporaries(in: folder) == [busy])
  }

  /// A killed run's temporary file never blocks a later run and goes at the
  /// next write into the folder, whatever its target and whatever PID is in
  /// its name: as PID 1 in a container, every run has the same PID.
  @Test func abandonedTemporariesGoAtTheNextWriteWhateverTheirPID() throws {
    let folder = try makeMeetingFolder(archive: ["Mar15,2011ProductionMeeting.txt": "last week\n"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let stale = [
      ".Mar22,2011ProductionMeeting.txt.1.tmp", ".Mar22,2011ProductionMeeting.txt.\(getpid()).tmp",
      ".Mar08,2011ProductionMeeting.txt.1.tmp",
      ".Mar22,2011ProductionMeeting.txt.minutes-9c1e2b.tmp",
    ]
    for name in stale { try put("partial", "minutes/\(name)", in: folder) }
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("wrote \(topic)\n"))
    #expect(try temporaries(in: folder).isEmpty)
  }

  @Test(arguments: ["first byte", "half", "all but the last byte"])
  func aKilledSubmitLeavesTheOldTopicThenTheNextRunWritesItWhole(killPoint: String) throws {
    let folder = try copyOfFixture("lint")
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let target = "minutes/Mar15,2011ProductionMeeting.txt"
    let old = try Data(contentsOf: folder.appendingPathComponent(target))
    try put("   * 410 khour/day, 93% success\n   * Cosmic runs\n", "cms.txt", in: folder)
    let arguments = ["submit", "--group", "CMS", "--from", "cms.txt", target]
    let size = old.count + "   * Cosmic runs\n".utf8.count
    let killAfter = ["first byte": 1, "half": size / 2][killPoint] ?? size - 1

    let killed = try runMinutes(arguments, in: folder, environment: [hook: "\(killAfter)"])
    #expect(killed.exitCode == SIGKILL)
    #expect(try Data(contentsOf: folder.appendingPathComponent(target)) == old)
    #expect(try temporaries(in: folder).count == 1)

    let rerun = try runMinutes(arguments, in: folder)
    #expect(rerun.exitCode == 0)
    let new = try String(contentsOf: folder.appendingPathComponent(target), encoding: .utf8)
    #expect(new.utf8.count == size)
    #expect(new.contains("---++ CMS (Burt)\n   * 410 khour/day, 93% success\n   * Cosmic runs\n"))
    #expect(try temporaries(in: folder).isEmpty)
  }
}
