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

  /// Files as given, folders as every `*.txt` directly inside (sorted), `-`
  /// as standard input. A missing path or a folder without topics is an error.
  /// A file named twice (or inside a folder also named) is checked once.
  public static func expand(_ paths: [String]) throws(MinutesError) -> [LintInput] {
    var inputs: [LintInput] = []
    var seen: Set<String> = []
    func add(_ path: String, key: String? = nil) {
      if seen.insert(key ?? resolvedKey(path)).inserted { inputs.append(.file(path)) }
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
        add(path)
        continue
      }
      let topics = try topicFileEntries(in: path)
      guard !topics.isEmpty else { throw MinutesError("\(path): no *.txt topics in this folder") }
      var keys = FolderKeys(folder: path)
      for topic in topics { add(topic.path, key: keys.key(of: topic.path, isLink: topic.isLink)) }
    }
    return inputs
  }

  /// What a file is known by: its path with `.`, `..` and symbolic links
  /// resolved, so that a file named twice is checked once.
  static func resolvedKey(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// The keys of the files of one folder, without resolving every folder
  /// above each file again: the folder is resolved once and a file's name
  /// appended, for a file that is no symbolic link itself and has a plain
  /// name. The first such file is also resolved in full; if that gives a
  /// different key, every file is resolved in full.
  struct FolderKeys {
    /// `folder` as given, ending in `/` (how ``topicFiles(in:)`` names files).
    let prefix: String
    /// The resolved folder ending in `/`; nil to resolve every file in full.
    private var resolvedPrefix: String?
    private var isChecked = false

    init(folder: String) {
      prefix = folder.hasSuffix("/") ? folder : folder + "/"
      let resolved = LintInput.resolvedKey(folder)
      resolvedPrefix = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    /// `isLink`: whether the file is, or may be, a symbolic link.
    mutating func key(of file: String, isLink: Bool) -> String {
      guard let resolvedPrefix, !isLink, let name = plainName(of: file) else {
        return LintInput.resolvedKey(file)
      }
      guard isChecked else {
        let key = LintInput.resolvedKey(file)
        isChecked = true
        if key != resolvedPrefix + name { self.resolvedPrefix = nil }
        return key
      }
      return resolvedPrefix + name
    }

    /// The name of a file of this folder, when it is printable ASCII other
    /// than `%`; nil otherwise.
    private func plainName(of file: String) -> String? {
      guard file.utf8.starts(with: prefix.utf8) else { return nil }
      let name = file.utf8.dropFirst(prefix.utf8.count)
      guard !name.isEmpty,
        name.allSatisfy({
          $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: "/")
        })
      else { return nil }
      return String(decoding: name, as: UTF8.self)
    }
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

  /// Whether `path` is a regular file or a link to one: folders, FIFOs
  /// (which would block the run) and devices inside a folder are not topics.
  static func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  static func topicFiles(in folder: String) throws(MinutesError) -> [String] {
    try topicFileEntries(in: folder).map(\.path)
  }

  /// ``topicFiles(in:)`` with whether each is a symbolic link (or might
  /// be): one `lstat` tells a plain file from a link, and only a link is
  /// followed with `stat`.
  static func topicFileEntries(in folder: String) throws(MinutesError) -> [(
    path: String, isLink: Bool
  )] {
    let names: [String]
    var kinds: [String: FileKind] = [:]
    if let listing = asciiListing(of: folder) {
      names = listing.map(\.name)
      for entry in listing { kinds[entry.name] = entry.kind }
    } else {
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
      } catch {
        throw MinutesError("\(folder): cannot list the folder")
      }
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var entries: [(path: String, isLink: Bool)] = []
    for name in names.filter({ $0.hasSuffix(".txt") && !$0.hasPrefix(".") }).sorted() {
      let path = prefix + name
      // The folder's listing says what most entries are, without a call
      // for each file.
      switch kinds[name] {
      case .regular?:
        entries.append((path, false))
        continue
      case .other?:
        continue
      case .link?, .unknown?, nil:
        break
      }
      var status = stat()
      if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFLNK {
        if status.st_mode & S_IFMT == S_IFREG { entries.append((path, false)) }
      } else if isRegularFile(path) {
        entries.append((path, true))
      }
    }
    return entries
  }

  /// What a folder's listing says an entry is.
  enum FileKind {
    case regular, link, other, unknown
  }

  /// The entries of `folder` with what the listing says they are, read
  /// with `readdir`; nil when the folder cannot be read this way or a name
  /// is not ASCII (then `FileManager` lists it, and decides how to name it).
  static func asciiListing(of folder: String) -> [(name: String, kind: FileKind)]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    var result: [(name: String, kind: FileKind)] = []
    while true {
      errno = 0
      guard let entry = readdir(directory) else { break }
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> String? in
        let bytes = raw.bindMemory(to: UInt8.self)
        let length = bytes.firstIndex(of: 0) ?? bytes.count
        guard bytes[..<length].allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: bytes[..<length], as: UTF8.self)
      }
      guard let name else { return nil }
      if name == "." || name == ".." { continue }
      let kind: FileKind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): kind = .regular
      case Int32(DT_LNK): kind = .link
      case Int32(DT_UNKNOWN): kind = .unknown
      default: kind = .other
      }
      result.append((name, kind))
    }
    // A listing cut short by an error is no listing.
    return errno == 0 ? result : nil
  }
}

/// Lints many topics on all cores while holding only a batch of them in
/// memory: each batch is read and checked in parallel, then its findings are
/// handed on in input order, so output is the same as one file after another.
public enum LintRunner {
  /// Topics per batch: enough to keep every core busy, few enough that
  /// memory stays flat however large the archive.
  public static var batchSize: Int { max(8, ProcessInfo.processInfo.activeProcessorCount * 16) }

  /// Checks `inputs` with `check`, calling `emit` with each file's findings
  /// in input order. The first error (in input order) stops the run after
  /// the files before it were emitted.
  public static func run(
    _ inputs: [LintInput], check: @Sendable (LintInput) throws(MinutesError) -> [Finding],
    emit: ([Finding]) -> Void
  ) throws(MinutesError) {
    var start = 0
    while start < inputs.count {
      let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
      let results = ResultSlots(count: batch.count)
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        let result = Result { () throws(MinutesError) in try check(batch[index]) }
        results.store(result, at: index)
      }
      for result in results.values {
        switch result {
        case .success(let findings): emit(findings)
        case .failure(let error): throw error
        case nil: break
        }
      }
      start += batch.count
    }
  }

  /// One slot per file of a batch, each written by exactly one worker.
  private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<[Finding], MinutesError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: Result<[Finding], MinutesError>, at index: Int) {
      lock.lock()
      slots[index] = result
      lock.unlock()
    }

    var values: [Result<[Finding], MinutesError>?] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }
}
