import Foundation
import Testing

@testable import MinutesKit

/// `minutes lint` with its cache, end to end: the second run reads no topic
/// yet prints the same, an edit is seen, and `--no-cache` keeps nothing.
@Suite struct LintCacheCommandTests {
  let newest = "minutes/Mar22,2011ProductionMeeting.txt"

  /// The lint fixture with its topics dated an hour back (out of the racy
  /// window) and an empty cache folder of its own.
  func workspace() throws -> (folder: URL, cache: String) {
    let folder = try copyOfFixture("lint")
    let archive = folder.appendingPathComponent("minutes")
    for name in try FileManager.default.contentsOfDirectory(atPath: archive.path) {
      try FileManager.default.setAttributes(
        [.modificationDate: Date().addingTimeInterval(-3600)],
        ofItemAtPath: archive.appendingPathComponent(name).path)
    }
    return (folder, try makeTemporaryFolder().path)
  }

  func cacheFiles(_ cache: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []).filter {
      $0.hasSuffix(".cache")
    }
  }

  /// Rewrites every record of the cache file with `change` applied to its
  /// findings (checksums made anew), to show which answers come from it.
  func tamper(_ file: String, _ change: (Finding) -> Finding) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
    var rest = bytes[...]
    func line() throws -> ArraySlice<UInt8> {
      let end = try #require(rest.firstIndex(of: LintCache.newline))
      defer { rest = rest[(end + 1)...] }
      return rest[..<end]
    }
    var result = Array(try line()) + [LintCache.newline]
    while !rest.isEmpty {
      let (path, stamp, _, length) = try #require(LintCache.recordHeader(try line()))
      let findings = try rest.prefix(length).split(separator: LintCache.newline).map {
        try #require(LintCache.finding($0, path: path))
      }
      rest = rest.dropFirst(length)
      result += try #require(
        LintCache.record(path: path, stamp: stamp, findings: findings.map(change)))
    }
    try Data(result).write(to: URL(fileURLWithPath: file))
  }

  @Test func aSecondRunAnswersFromTheCacheInEveryFormat() throws {
    let (folder, cache) = try workspace()
    let environment = ["MINUTES_CACHE_DIR": cache]
    let first = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    #expect(first.exitCode == 1)
    let files = cacheFiles(cache)
    try #require(files.count == 1)
    let marked = { (finding: Finding) -> Finding in
      var finding = finding
      finding.message += " (cached)"
      return finding
    }
    try tamper("\(cache)/\(files[0])", marked)
    for format in ["text", "json", "github", "sarif"] {
      let cached = try runMinutes(
        ["lint", "--format", format, "minutes"], in: folder, environment: environment)
      let fresh = try runMinutes(
        ["lint", "--format", format, "--no-cache", "minutes"], in: folder,
        environment: environment)
      #expect(cached.exitCode == 1)
      #expect(cached.stderr == fresh.stderr)
      #expect(!fresh.stdout.contains("(cached)"))
      #expect(cached.stdout.components(separatedBy: " (cached)").count > 10)
      if format == "text" || format == "github" {
        #expect(cached.stdout.replacingOccurrences(of: " (cached)", with: "") == fresh.stdout)
      }
    }
    #expect(first.stdout == (try runMinutes(["lint", "--no-cache", "minutes"], in: folder)).stdout)
  }

  @Test func anEditedTopicIsCheckedAgain() throws {
    let (folder, cache) = try workspace()
    let environment = ["MINUTES_CACHE_DIR": cache]
    _ = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    let topic = folder.appendingPathComponent(newest)
    let text = try String(contentsOf: topic, encoding: .utf8)
    try text.replacingOccurrences(of: "   * \n", with: "   * filled in\n").write(
      to: topic, atomically: false, encoding: .utf8)
    let edited = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    let fresh = try runMinutes(["lint", "--no-cache", "minutes"], in: folder)
    #expect(edited.stdout == fresh.stdout)
    #expect(!edited.stdout.contains("\(newest):5:4: warning: empty bullet"))
  }

  @Test func noCacheKeepsNothingAndAnotherRosterUsesAnotherCache() throws {
    let (folder, cache) = try workspace()
    let environment = ["MINUTES_CACHE_DIR": cache]
    _ = try runMinutes(["lint", "--no-cache", "minutes"], in: folder, environment: environment)
    #expect(cacheFiles(cache).isEmpty)
    _ = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    let roster = folder.appendingPathComponent("roster.yaml")
    try (try String(contentsOf: roster, encoding: .utf8) + "\n# edited\n").write(
      to: roster, atomically: true, encoding: .utf8)
    _ = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    _ = try runMinutes(["lint", "--final", "minutes"], in: folder, environment: environment)
    #expect(cacheFiles(cache).count == 3)
    // Dated topics find the same on any day: tomorrow keeps the cache.
    var tomorrow = environment
    tomorrow["SOURCE_DATE_EPOCH"] = "1300838400"
    _ = try runMinutes(["lint", "minutes"], in: folder, environment: tomorrow)
    #expect(cacheFiles(cache).count == 3)
  }

  /// A topic that cannot be read in the middle of a cached run: the same
  /// output, error and exit code as without the cache, and the cache file
  /// left as it was, with nothing beside it.
  @Test func aReadErrorInACachedRunIsTheErrorWithoutTheCache() throws {
    let (folder, cache) = try workspace()
    let environment = ["MINUTES_CACHE_DIR": cache]
    _ = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    let files = cacheFiles(cache)
    try #require(files.count == 1)
    let before = try Data(contentsOf: URL(fileURLWithPath: "\(cache)/\(files[0])"))
    // The first topic edited, so that a new cache file is begun before the
    // error; the next one larger than lint reads.
    let first = folder.appendingPathComponent("minutes/Mar15,2011ProductionMeeting.txt")
    try (try String(contentsOf: first, encoding: .utf8) + "   * edited\n").write(
      to: first, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: first.path)
    let large = folder.appendingPathComponent("minutes/Mar16,2011ProductionMeeting.txt")
    try Data(repeating: UInt8(ascii: "a"), count: 9 << 20).write(to: large)
    let cached = try runMinutes(["lint", "minutes"], in: folder, environment: environment)
    let fresh = try runMinutes(["lint", "--no-cache", "minutes"], in: folder)
    #expect(cached.exitCode == 2)
    #expect(cached.stderr.contains("Mar16,2011ProductionMeeting.txt"))
    #expect(cached.exitCode == fresh.exitCode)
    #expect(cached.stdout == fresh.stdout)
    #expect(cached.stderr == fresh.stderr)
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache) == files)
    #expect(try Data(contentsOf: URL(fileURLWithPath: "\(cache)/\(files[0])")) == before)
  }

  @Test func aCacheFolderThatCannotBeWrittenIsNoError() throws {
    let (folder, _) = try workspace()
    try "not a folder".write(
      to: folder.appendingPathComponent("blocked"), atomically: true, encoding: .utf8)
    let result = try runMinutes(
      ["lint", newest], in: folder,
      environment: ["MINUTES_CACHE_DIR": folder.appendingPathComponent("blocked/cache").path])
    #expect(result.exitCode == 1)
    #expect(result.stderr == "2 errors and 10 warnings in 1 file\n")
  }
}
