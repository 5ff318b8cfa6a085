import Foundation

/// Reading and writing files with the guarantees the command line promises:
/// clear one-line errors, and no partly written file ever.
public enum FileIO {
  /// Reads a whole file, refusing folders and files larger than `limit` bytes.
  ///
  /// Plain POSIX calls, so that every failure names the system's reason
  /// (`/proc/self/mem` fails with "input/output error" even for root) and a
  /// regular file is sized before a byte is read.
  public static func read(_ path: String, limit: Int = .max) throws(MinutesError) -> [UInt8] {
    // Non-blocking open: a FIFO without a writer must not hang the run.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      switch errno {
      case ENOENT: throw MinutesError("\(path): no such file")
      case EACCES: throw MinutesError("\(path): cannot read the file (permission denied)")
      case EISDIR: throw MinutesError("\(path): is a folder, not a file")
      default: throw MinutesError("\(path): cannot read the file: \(reason(errno))")
      }
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw MinutesError("\(path): cannot read the file: \(reason(errno))")
    }
    let type = status.st_mode & S_IFMT
    if type == S_IFDIR { throw MinutesError("\(path): is a folder, not a file") }
    // Reads block again (a pipe from `<(command)` is read to its end); a FIFO
    // that nobody writes reads as empty.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    let known = type == S_IFREG ? Int(status.st_size) : 0
    if known > limit { throw MinutesError("\(path): file is larger than \(describeSize(limit))") }
    // Regular files are read in one buffer of their size (plus one byte to
    // notice growth; a page at least, for files whose size says nothing);
    // pipes and devices in chunks up to the limit. A buffer much larger
    // than the file was zeroed for nothing: a tenth of the work of reading
    // an archive of 8 KB topics.
    let initial = type == S_IFREG ? max(known + 1, 4 << 10) : 64 << 10
    var bytes = [UInt8](repeating: 0, count: initial)
    var count = 0
    while true {
      if count == bytes.count {
        if count > limit { break }
        bytes += [UInt8](repeating: 0, count: min(bytes.count, 8 << 20))
      }
      let result = bytes.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.read(descriptor, base + count, buffer.count - count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        if errno == EISDIR { throw MinutesError("\(path): is a folder, not a file") }
        throw MinutesError("\(path): cannot read the file: \(reason(errno))")
      }
      if result == 0 { break }
      count += result
    }
    if count > limit { throw MinutesError("\(path): file is larger than \(describeSize(limit))") }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// The system's description of `code`, lower-cased as our messages are.
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// Reads standard input, stopping with an error past `limit` bytes.
  public static func readStandardInput(limit: Int) throws(MinutesError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let result = chunk.withUnsafeMutableBytes { buffer in
        Foundation.read(STDIN_FILENO, buffer.baseAddress, buffer.count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        if errno == EBADF { throw MinutesError("<stdin>: standard input is closed") }
        throw MinutesError("<stdin>: cannot read: \(reason(errno))")
      }
      if result == 0 { return bytes }
      bytes += chunk[..<result]
      if bytes.count > limit {
        throw MinutesError("<stdin>: input is larger than \(describeSize(limit))")
      }
    }
  }

  /// Writes all of `bytes` to an open descriptor, again where a signal cut a
  /// write short; false on an error (a closed pipe, a full disk).
  public static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return true }
      var written = 0
      while written < raw.count {
        let result = Foundation.write(descriptor, base + written, raw.count - written)
        if result < 0 && errno == EINTR { continue }
        if result <= 0 { return false }
        written += result
      }
      return true
    }
  }

  /// Writes `bytes` to `path` through a temporary file in the same folder and
  /// a rename, so readers see the old file or the complete new one
  /// (`AtomicWrite`, in one step).
  ///
  /// Without `replace`, an existing file is an error and is left untouched;
  /// the check and the creation are one atomic step (a hard link), so two
  /// runs cannot both create the file. A symbolic link is followed only to a
  /// file inside its own folder.
  public static func writeAtomically(
    _ bytes: [UInt8], to path: String, replace: Bool
  ) throws(MinutesError) {
    try AtomicWrite.prepare(bytes, to: path, replace: replace).commit()
  }

  /// Test hook, read only here: `AtomicWrite.prepare` kills its own process with
  /// SIGKILL once this many bytes of the temporary file are written, to show
  /// that a crash mid-write never leaves a partial topic.
  public static let crashHookVariable = "MINUTES_TEST_KILL_AFTER_BYTES"

  /// The folder and file name of `path`, the folder as given (`.` for none),
  /// so that messages name it as the person did.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }

  /// The names of the regular files and links to regular files directly
  /// inside `folder` that `include` accepts, in the listing's order, and
  /// whether each is a link. Folders, FIFOs (which would block a reader) and
  /// devices are left out. The listing gives each entry's type, so only
  /// links (and entries of unknown type) cost a `stat`.
  static func regularFiles(in folder: String, where include: (String) -> Bool)
    throws(MinutesError) -> [(name: String, isLink: Bool)]
  {
    guard let directory = opendir(folder) else {
      throw MinutesError("\(folder): cannot list the folder")
    }
    defer { closedir(directory) }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var result: [(name: String, isLink: Bool)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      guard include(name) else { continue }
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): result.append((name, false))
      case Int32(DT_LNK), Int32(DT_UNKNOWN):
        var status = stat()
        if stat(prefix + name, &status) == 0 && status.st_mode & S_IFMT == S_IFREG {
          result.append((name, true))
        }
      default: continue
      }
    }
    return result
  }

  /// Creates `folder` and its missing parents, naming the system's reason on failure.
  public static func createFolder(_ folder: String) throws(MinutesError) {
    var prefix = folder.hasPrefix("/") ? "/" : ""
    for component in folder.split(separator: "/") {
      prefix += component
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw MinutesError("\(folder): cannot create the folder: \(reason(errno))")
      }
      var status = stat()
      if stat(prefix, &status) == 0 && status.st_mode & S_IFMT != S_IFDIR {
        throw MinutesError("\(folder): cannot create the folder: \(prefix) is a file")
      }
      prefix += "/"
    }
  }

  public static func describeSize(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
