import Foundation

/// What `minutes lint` is asked to check, expanded to topic files.
public enum LintInput: Sendable, Equatable {
  case file(String)
  case standardInput

  /// The name findings carry.
  public var displayPath: String {
    switch self {
    case .file(let path): path
    case .standardInput: "<stdin>"
    }
  }

  /// Topics larger than this are refused (an I/O error, not a finding).
  public static let sizeLimit = 8 << 20

  /// Files as given, folders as every `*.txt` directly inside, `-` as
  /// standard input. A folder's topics come in meeting order when a
  /// `pattern` reads dates from their names (`Dec9` before `Dec16`; see
  /// ``Archive/inMeetingOrder(_:pattern:)``), else by name. A missing path or
  /// a folder without topics is an error. A file named twice (or inside a
  /// folder also named) is checked once.
  public static func expand(
    _ paths: [String], pattern: TopicPattern? = nil
  ) throws(MinutesError) -> [LintInput] {
    var inputs: [LintInput] = []
    var seen: Set<String> = []
    // One folder holds each name once: only several paths, or links, can
    // name a file twice.
    var mayRepeat = paths.count > 1
    func add(_ path: String, key: @autoclosure () -> String) {
      if !mayRepeat || seen.insert(key()).inserted { inputs.append(.file(path)) }
    }
    for path in paths {
      if path == "-" {
        inputs.append(.standardInput)
        continue
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw MinutesError("\(path): no such file or folder")
      }
      guard isFolder.boolValue else {
        add(path, key: canonical(path))
        continue
      }
      let topics = try topicFiles(in: path, pattern: pattern)
      guard !topics.isEmpty else { throw MinutesError("\(path): no *.txt topics in this folder") }
      // The folder is resolved once; only a linked topic needs its own lookup.
      let folderKey = canonical(path)
      if topics.contains(where: \.isLink) { mayRepeat = true }
      for topic in topics {
        add(topic.path, key: topic.isLink ? canonical(topic.path) : folderKey + "/" + topic.name)
      }
    }
    return inputs
  }

  /// The absolute path without `.`, `..` or links, by which a file named twice is known.
  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The newest topic of an archive folder by the date in its name: what
  /// `minutes lint` checks when no path is given (this week's minutes).
  public static func newestTopic(
    inArchive folder: String, pattern: TopicPattern
  ) throws(MinutesError) -> LintInput {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw MinutesError(
        "archive folder '\(folder)' does not exist (pass a topic file, a folder or -)")
    }
    guard isFolder.boolValue else {
      throw MinutesError("\(folder): is a file, not the archive folder")
    }
    guard let newest = try Archive.load(folder: folder, pattern: pattern).latest else {
      throw MinutesError(
        "no dated topics in archive '\(folder)' (pass a topic file, a folder or -)")
    }
    return .file(newest.path)
  }

  /// The `*.txt` topics directly inside `folder`, in meeting order (by name
  /// without a `pattern`): regular files and links to them. Folders, FIFOs (which would block the run) and
  /// devices are not topics. The folder listing gives each entry's type, so
  /// only links (and entries of unknown type) cost a `stat`.
  static func topicFiles(in folder: String, pattern: TopicPattern? = nil) throws(MinutesError) -> [(
    path: String, name: String, isLink: Bool
  )] {
    guard let directory = opendir(folder) else {
      throw MinutesError("\(folder): cannot list the folder")
    }
    defer { closedir(directory) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var names: [String] = []
    var links: Set<String> = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard name.hasSuffix(".txt"), !name.hasPrefix(".") else { continue }
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): names.append(name)
      case Int32(DT_LNK), Int32(DT_UNKNOWN):
        var status = stat()
        if stat(prefix + name, &status) == 0 && status.st_mode & S_IFMT == S_IFREG {
          names.append(name)
          links.insert(name)
        }
      default: continue
      }
    }
    let ordered = pattern.map { Archive.inMeetingOrder(names, pattern: $0) } ?? names.sorted()
    return ordered.map { (prefix + $0, $0, links.contains($0)) }
  }
}

/// Lints many topics on all cores while holding only a batch of them in
/// memory: each batch is read and checked in parallel, then its findings are
/// handed on in input order, so output is the same as one file after another.
public enum LintRunner {
  /// Topics per batch: enough to keep every core busy, few enough that
  /// memory stays flat however large the archive.
  public static let batchSize = max(8, ProcessInfo.processInfo.activeProcessorCount * 64)

  /// Checks `inputs` with `check`, calling `emit` with each file's findings
  /// in input order. The first error (in input order) stops the run after
  /// the files before it were emitted. With a `cache`, topics it holds
  /// unchanged are not checked again, and it learns the others.
  public static func run(
    _ inputs: [LintInput], cache: LintCacheSession? = nil,
    check: @Sendable (LintInput) throws(MinutesError) -> [Finding],
    emit: ([Finding]) -> Void
  ) throws(MinutesError) {
    try run(inputs, cache: cache, check: check, prepare: { $0 }, emit: emit)
  }

  /// Like `run(_:cache:check:emit:)`, with each file's findings turned into
  /// what `emit` takes by `prepare` on the workers (a report's text, say), so
  /// that only the writing is left to the one thread that emits.
  public static func run<Prepared: Sendable>(
    _ inputs: [LintInput], cache: LintCacheSession? = nil,
    check: @Sendable (LintInput) throws(MinutesError) -> [Finding],
    prepare: @Sendable ([Finding]) -> Prepared,
    prepareCached: @Sendable (CachedRecord) -> Prepared? = { _ in nil },
    emit: (Prepared) -> Void
  ) throws(MinutesError) {
    let folders = OpenFolders()
    var start = 0
    while start < inputs.count {
      let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
      // The cache is read in input order here; stamps are compared on the workers.
      let records = batch.map { cache?.lookup($0) }
      let located = batch.map { input -> (folder: Int32, name: String)? in
        guard cache != nil, case .file(let path) = input else { return nil }
        return folders.locate(path)
      }
      let outcomes = Slots<Outcome<Prepared>>(count: batch.count)
      let encoder = cache?.encoder
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        let before = located[index].flatMap { FileStamp.of($0.name, inFolder: $0.folder) }
        if let record = records[index], record.stamp == before,
          let ready = prepareCached(record) ?? record.findings().map(prepare)
        {
          outcomes.store(Outcome(result: .success(ready), cached: record), at: index)
          return
        }
        do throws(MinutesError) {
          let input = batch[index]
          let findings = try check(input)
          // Stamped again by path, as `check` read it: the folder opened
          // before may no longer be the one the path names (a link moved).
          let after = encoder == nil ? nil : FileStamp.of(input.displayPath)
          let record = encoder?.record(
            path: input.displayPath, findings: findings, before: before, after: after)
          outcomes.store(Outcome(result: .success(prepare(findings)), checked: record), at: index)
        } catch {
          outcomes.store(Outcome(result: .failure(error)), at: index)
        }
      }
      for (index, outcome) in outcomes.values.enumerated() {
        guard let outcome else { continue }
        switch outcome.result {
        case .success(let ready):
          cache?.record(batch[index], cached: outcome.cached, checked: outcome.checked)
          emit(ready)
        case .failure(let error): throw error
        }
      }
      start += batch.count
    }
    cache?.finish()
  }

  /// What became of one file: what `emit` takes, and what the cache learns.
  private struct Outcome<Prepared> {
    var result: Result<Prepared, MinutesError>
    /// The cache's record, when it answered.
    var cached: CachedRecord?
    /// A checked topic's new record, when it may be kept.
    var checked: [UInt8]?
  }

  /// One slot per file of a batch, each written by exactly one worker.
  private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value?, at index: Int) {
      lock.lock()
      slots[index] = value
      lock.unlock()
    }

    var values: [Value?] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }
}
