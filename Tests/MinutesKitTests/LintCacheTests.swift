import Foundation
import Testing

@testable import MinutesKit

/// The lint cache: unchanged topics are not checked again and give the same
/// findings; anything changed, added, removed or unreadable is checked.
@Suite struct LintCacheTests {
  /// A folder of topics and a cache file beside it, with a checker that
  /// counts what it was asked to check.
  final class Scene: @unchecked Sendable {
    let folder: String
    let cacheFile: String
    private let lock = NSLock()
    private var checkedPaths: [String] = []
    /// A topic whose check fails, as an unreadable file would.
    var failing: String?

    init(topics: Int) throws {
      folder = NSTemporaryDirectory() + "minutes-cache-\(UUID().uuidString)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      cacheFile = folder + "/cache/lint-test.cache"
      for index in 0..<topics { try write("topic \(index)\n", to: name(index)) }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func name(_ index: Int) -> String { String(format: "t%03d.txt", index) }

    /// Writes a topic and dates it an hour back, out of the racy window.
    func write(_ text: String, to name: String, age: TimeInterval = 3600) throws {
      let path = "\(folder)/\(name)"
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      let then = Date().addingTimeInterval(-age)
      try FileManager.default.setAttributes([.modificationDate: then], ofItemAtPath: path)
    }

    var inputs: [LintInput] {
      get throws { try LintInput.expand([folder]) }
    }

    /// Findings that say which text was checked, with characters the cache escapes.
    func check(_ input: LintInput) throws(MinutesError) -> [Finding] {
      lock.withLock { checkedPaths.append(input.displayPath) }
      if let failing, input.displayPath.hasSuffix("/" + failing) {
        throw MinutesError("\(input.displayPath): cannot read the file")
      }
      let bytes = try FileIO.read(input.displayPath)
      let text = String(decoding: bytes, as: UTF8.self)
      return [
        Finding(
          rule: "placeholder", severity: .warning, message: "saw\t'\(text)' \\ [x]",
          location: SourceLocation(file: input.displayPath, line: 2, column: 7), group: "cms"),
        Finding(
          rule: "empty-bullet", severity: .error, message: "empty bullet",
          location: SourceLocation(file: input.displayPath, line: 9, column: 4)),
      ]
    }

    /// One run through the cache: the findings in order, and the names checked.
    func run(key: String = "key", racyWindow: Int64 = LintCache.racyWindow) throws -> (
      findings: [Finding], checked: [String]
    ) {
      lock.withLock { checkedPaths = [] }
      let inputs = try inputs
      // A "draft" stands for a topic whose name carries no meeting date.
      let session = LintCacheSession(
        path: cacheFile, key: key, inputs: inputs, racyWindow: racyWindow
      ) { !$0.hasSuffix("draft.txt") }
      var findings: [Finding] = []
      try LintRunner.run(inputs, cache: session) { input throws(MinutesError) in
        try check(input)
      } emit: {
        findings += $0
      }
      let checked = lock.withLock { checkedPaths }
      return (findings, checked.map { String($0.split(separator: "/").last!) }.sorted())
    }

    /// What a run without any cache finds.
    func uncached() throws -> [Finding] {
      var findings: [Finding] = []
      try LintRunner.run(try inputs) { input throws(MinutesError) in
        try check(input)
      } emit: {
        findings += $0
      }
      return findings
    }
  }

  @Test func aSecondRunChecksNothingAndFindsTheSame() throws {
    let scene = try Scene(topics: LintRunner.batchSize * 2 + 3)
    let first = try scene.run()
    #expect(first.checked.count == LintRunner.batchSize * 2 + 3)
    #expect(FileManager.default.fileExists(atPath: scene.cacheFile))
    let second = try scene.run()
    #expect(second.checked.isEmpty)
    #expect(second.findings == first.findings)
    #expect(second.findings == (try scene.uncached()))
  }

  @Test func changedAddedAndRemovedTopicsAreCheckedTheRestReused() throws {
    let scene = try Scene(topics: 40)
    _ = try scene.run()
    try scene.write("topic 5, edited\n", to: scene.name(5), age: 600)
    try scene.write("new topic\n", to: "t017b.txt")
    try FileManager.default.removeItem(atPath: "\(scene.folder)/\(scene.name(30))")
    let run = try scene.run()
    #expect(run.checked == ["t005.txt", "t017b.txt"])
    #expect(run.findings == (try scene.uncached()))
    #expect(run.findings.contains { $0.message.contains("topic 5, edited") })
    // The new cache holds the changes: a third run checks nothing.
    #expect(try scene.run().checked.isEmpty)
  }

  @Test func aTopicChangedJustNowIsNotTrustedToItsStamp() throws {
    let scene = try Scene(topics: 3)
    try scene.write("fresh\n", to: scene.name(1), age: 0)
    _ = try scene.run()
    // Written within the racy window: a same-size change in the same clock
    // tick would keep its stamp, so it is checked every run until it ages.
    #expect(try scene.run().checked == ["t001.txt"])
    #expect(try scene.run(racyWindow: 0).checked == ["t001.txt"])
    #expect(try scene.run(racyWindow: 0).checked.isEmpty)
  }

  @Test func aTopicWithoutADateInItsNameIsCheckedEveryRun() throws {
    let scene = try Scene(topics: 3)
    try scene.write("undated\n", to: "draft.txt")
    _ = try scene.run()
    let written = FileStamp.of(scene.cacheFile)
    #expect(try scene.run().checked == ["draft.txt"])
    // Nothing the cache holds changed: it is not written again.
    #expect(FileStamp.of(scene.cacheFile)?.inode == written?.inode)
  }

  @Test func anotherKeyStartsAfresh() throws {
    let scene = try Scene(topics: 4)
    _ = try scene.run(key: "roster A")
    #expect(try scene.run(key: "roster B").checked.count == 4)
    #expect(try scene.run(key: "roster B").checked.isEmpty)
  }

  @Test(arguments: [
    "cut short", "garbage", "bad escape", "bad severity", "empty", "length wrong",
  ])
  func aDamagedCacheIsCheckedAgainNeverBelieved(_ damage: String) throws {
    let scene = try Scene(topics: 6)
    let expected = try scene.run().findings
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: scene.cacheFile)))
    let text = String(decoding: bytes, as: UTF8.self)
    switch damage {
    case "cut short": bytes.removeLast(bytes.count / 3)
    case "garbage":
      bytes.replaceSubrange(
        bytes.count / 2..<bytes.count / 2 + 9, with: Array("\n\u{0}@\t\t\n\t\t".utf8))
    case "bad escape": bytes = Array(text.replacingOccurrences(of: "\\t", with: "\\q").utf8)
    case "bad severity": bytes = Array(text.replacingOccurrences(of: "\te\t", with: "\tx\t").utf8)
    case "empty": bytes = []
    default:
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        guard line.hasPrefix("@"), let tab = line.lastIndex(of: "\t") else { return String(line) }
        return line[...tab] + String(Int(line[line.index(after: tab)...])! + 5)
      }
      bytes = Array(lines.joined(separator: "\n").utf8)
    }
    #expect(bytes != Array(text.utf8))
    try Data(bytes).write(to: URL(fileURLWithPath: scene.cacheFile))
    let run = try scene.run()
    #expect(run.findings == expected)
    #expect(!run.checked.isEmpty)
    // The damaged file was replaced by a sound one.
    #expect(try scene.run().checked.isEmpty)
  }

  /// Random damage of every kind (flipped, dropped, inserted bytes) never
  /// crashes a run nor changes what it finds.
  @Test func randomDamageNeverChangesTheFindings() throws {
    let scene = try Scene(topics: 5)
    let expected = try scene.run().findings
    let sound = try [UInt8](Data(contentsOf: URL(fileURLWithPath: scene.cacheFile)))
    var random = SplitMix64(seed: 20_110_322)
    for _ in 0..<200 {
      var bytes = sound
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
        case 1:
          bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
        default: bytes.insert(contentsOf: [9, 10, 92, 64, 48].shuffled(using: &random), at: at)
        }
        if bytes.isEmpty { bytes = [10] }
      }
      try Data(bytes).write(to: URL(fileURLWithPath: scene.cacheFile))
      #expect(try scene.run().findings == expected)
    }
  }

  @Test func aFailedRunLeavesTheCacheAsItWas() throws {
    let scene = try Scene(topics: 5)
    _ = try scene.run()
    let before = try Data(contentsOf: URL(fileURLWithPath: scene.cacheFile))
    try scene.write("changed\n", to: scene.name(0))
    try scene.write("changed too\n", to: scene.name(3))
    scene.failing = scene.name(3)
    #expect(throws: MinutesError.self) { try scene.run() }
    #expect(try Data(contentsOf: URL(fileURLWithPath: scene.cacheFile)) == before)
    // Nor a temporary file beside it: the new cache was begun at `t000`.
    let cacheFolder = (scene.cacheFile as NSString).deletingLastPathComponent
    #expect(try FileManager.default.contentsOfDirectory(atPath: cacheFolder) == ["lint-test.cache"])
  }

  /// An archive folder reached through a link that is pointed elsewhere
  /// while lint runs: topics are stamped through the folder opened before,
  /// but read by path from the new one. The findings of the new folder's
  /// topics must not be kept under the old ones' stamps, or pointing the
  /// link back would bring them out of the cache.
  @Test func aFolderSwappedDuringARunLeavesNoFalseRecords() throws {
    let scene = try Scene(topics: 0)
    let fileManager = FileManager.default
    for (folder, text) in [("A", "old"), ("B", "new, longer")] {
      try fileManager.createDirectory(
        atPath: "\(scene.folder)/\(folder)", withIntermediateDirectories: true)
      try scene.write("\(text)\n", to: "\(folder)/t000.txt")
    }
    let link = "\(scene.folder)/archive"
    @Sendable func point(to folder: String) throws {
      try? FileManager.default.removeItem(atPath: link)
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder)
    }
    func run(swapping: Bool) throws -> [Finding] {
      let inputs = try LintInput.expand([link])
      let session = LintCacheSession(path: scene.cacheFile, key: "key", inputs: inputs) { _ in
        true
      }
      var findings: [Finding] = []
      try LintRunner.run(inputs, cache: session) { input throws(MinutesError) in
        if swapping { try? point(to: "B") }
        return try scene.check(input)
      } emit: {
        findings += $0
      }
      return findings
    }
    try point(to: "A")
    let expected = try run(swapping: false)
    try fileManager.removeItem(atPath: scene.cacheFile)
    _ = try run(swapping: true)
    try point(to: "A")
    #expect(try run(swapping: false) == expected)
  }

  /// Writing a cache removes the other caches not used for
  /// `LintCache.unusedLifetime` (recent ones stay), and every temporary file
  /// that no running process holds locked, however recent.
  @Test func writingACacheRemovesOnlyLongUnusedOnes() throws {
    let scene = try Scene(topics: 2)
    let cacheFolder = (scene.cacheFile as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
    let old = Date().addingTimeInterval(-LintCache.unusedLifetime - 3600)
    let files = [
      "lint-old.cache": old, "lint-recent.cache": Date(), ".lint-old.cache.1.tmp": old,
      ".lint-recent.cache.1.tmp": Date(), ".lint-busy.cache.2.tmp": Date(), "notes.txt": old,
    ]
    for (name, date) in files {
      let path = "\(cacheFolder)/\(name)"
      try "x\n".write(toFile: path, atomically: false, encoding: .utf8)
      try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }
    // A run in progress holds its temporary file locked.
    let busy = open("\(cacheFolder)/.lint-busy.cache.2.tmp", O_RDONLY)
    #expect(flock(busy, LOCK_EX) == 0)
    defer { close(busy) }
    _ = try scene.run()
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: cacheFolder).sorted() == [
        ".lint-busy.cache.2.tmp", "lint-recent.cache", "lint-test.cache", "notes.txt",
      ])
  }

  /// Topics named in many folders do not use up the process's descriptors
  /// (reading them would fail with "too many open files" where `--no-cache`
  /// does not): only so many folders stay open, the rest are stamped by path.
  @Test func stampingTopicsInManyFoldersKeepsFewOpen() throws {
    let scene = try Scene(topics: 0)
    var paths: [String] = []
    for index in 0..<(OpenFolders.limit * 3) {
      let folder = "\(scene.folder)/d\(index)"
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      paths.append(folder + "/Mar22,2011ProductionMeeting.txt")
      try "topic \(index)\n".write(toFile: paths[index], atomically: false, encoding: .utf8)
    }
    func openDescriptors() throws -> Int {
      try FileManager.default.contentsOfDirectory(atPath: "/dev/fd").count
    }
    let before = try openDescriptors()
    let folders = OpenFolders()
    for path in paths {
      let (folder, name) = folders.locate(path)
      #expect(FileStamp.of(name, inFolder: folder) == FileStamp.of(path))
    }
    #expect(try openDescriptors() - before < OpenFolders.limit * 2)
  }

  /// A cache whose line never ends is damage: the reader gives up within
  /// its limit rather than read (and copy, again and again) the whole file.
  @Test func aLineWithoutAnEndIsNotReadToTheEndOfTheFile() throws {
    let scene = try Scene(topics: 1)
    let header = Array("\(LintCache.magic)\tkey\n".utf8)
    let damaged =
      header + [UInt8(ascii: "@")] + [UInt8](repeating: UInt8(ascii: "x"), count: 8 << 20)
    try FileManager.default.createDirectory(
      atPath: (scene.cacheFile as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try Data(damaged).write(to: URL(fileURLWithPath: scene.cacheFile))
    let reader = try #require(CacheReader(path: scene.cacheFile, header: header))
    #expect(reader.peek() == nil)
    #expect(reader.isCorrupt)
    #expect(reader.bytesRead < 2 << 20)
  }

  /// A FIFO where the cache should be would block `open` until someone
  /// wrote to it: the run goes on without a cache instead.
  @Test func aFIFOInPlaceOfTheCacheIsNoCache() throws {
    let scene = try Scene(topics: 2)
    try FileManager.default.createDirectory(
      atPath: (scene.cacheFile as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    #expect(mkfifo(scene.cacheFile, 0o600) == 0)
    #expect(try scene.run().findings == (try scene.uncached()))
  }

  @Test func recordsReadBackWhatWasWritten() throws {
    let path = "a\tb\\c\nd.txt"
    let findings = [
      Finding(
        rule: "placeholder", severity: .error, message: "tab\there, newline\nthere, \\, \r",
        location: SourceLocation(file: path, line: 12, column: 3), group: "site coordination"),
      Finding(
        rule: "encoding", severity: .warning, message: "",
        location: SourceLocation(file: path, line: 1, column: 1)),
    ]
    let stamp = FileStamp(device: .max, inode: 7, size: 6000, modified: -5, changed: 1 << 62)
    let bytes = try #require(LintCache.record(path: path, stamp: stamp, findings: findings))
    let lines = bytes.split(separator: LintCache.newline, omittingEmptySubsequences: false)
    #expect(lines.count == 4 && lines[3].isEmpty)
    let header = try #require(LintCache.recordHeader(lines[0]))
    #expect(header.path == path && header.stamp == stamp)
    #expect(header.length == lines[1...2].map { $0.count + 1 }.reduce(0, +))
    #expect(lines[1...2].map { LintCache.finding($0, path: path) } == findings)
  }

  @Test(arguments: [
    0, 7, 10, 99, 100, 12_345, -1, -10, Int64.max, Int64.min, 1_300_752_000_123_456_789,
  ])
  func numbersAreWrittenAsDecimals(_ number: Int64) {
    var bytes: [UInt8] = []
    LintCache.append(decimal: number, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == String(number))
    #expect(LintCache.integer(bytes[...]) == number || number == .min)
  }

  @Test func aFindingAboutAnotherFileIsNotCached() {
    let finding = Finding(
      rule: "placeholder", severity: .error, message: "m",
      location: SourceLocation(file: "other.txt", line: 1, column: 1))
    let stamp = FileStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5)
    #expect(LintCache.record(path: "this.txt", stamp: stamp, findings: [finding]) == nil)
  }

  @Test func textFromTheCacheIsTheReportersText() throws {
    let scene = try Scene(topics: 2)
    _ = try scene.run()
    let session = LintCacheSession(
      path: scene.cacheFile, key: "key", inputs: try scene.inputs, racyWindow: 0
    ) { _ in true }
    for input in try scene.inputs {
      guard case .file(let path) = input else { continue }
      let record = try #require(session.lookup(input))
      #expect(record.stamp == FileStamp.of(path))
      let (text, errors, total) = try #require(TextReporter().render(record))
      let findings = try scene.check(input)
      #expect(
        String(decoding: text, as: UTF8.self)
          == TextReporter().render(LintReport(findings: findings, fileCount: 1)))
      #expect(errors == 1 && total == 2)
      #expect(TextReporter(color: true).render(record) == nil)
    }
  }

  @Test func keysSayWhatTheFindingsDependOn() {
    func key(
      binary: String = "123 456", roster: String = "a: 1", group: String? = nil,
      isFinal: Bool = false, folder: String = "/w", paths: [String] = ["minutes"]
    ) -> String {
      LintCache.key(
        binary: binary, roster: Array(roster.utf8), group: group, isFinal: isFinal,
        directory: folder, arguments: paths)
    }
    let names = [
      key(), key(binary: "123 457"), key(roster: "a: 2"), key(group: "CMS"), key(isFinal: true),
      key(folder: "/v"), key(paths: ["minutes/x.txt"]),
    ].map(LintCache.fileName(forKey:))
    #expect(Set(names).count == names.count)
    #expect(LintCache.fileName(forKey: key()) == LintCache.fileName(forKey: key()))
  }

  @Test func theCacheFolderFollowsTheEnvironment() {
    #expect(
      LintCache.defaultFolder(environment: ["MINUTES_CACHE_DIR": "/c", "HOME": "/h"]) == "/c")
    #expect(
      LintCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/minutes")
    #expect(LintCache.defaultFolder(environment: ["HOME": "/h"]) == "/h/.cache/minutes")
    #expect(LintCache.defaultFolder(environment: [:]) == nil)
  }
}
