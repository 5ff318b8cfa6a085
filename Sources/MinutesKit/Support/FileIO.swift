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
    // notice growth); pipes and devices in chunks up to the limit.
    var bytes = [UInt8](repeating: 0, count: max(known + 1, 64 << 10))
    var count = 0
    while true {
      if count == bytes.count {
        if count > limit { break }
        bytes += [UInt8](repeating: 0, count: min(bytes.count, 8 << 20))
      }
      let result = bytes.withUnsafeMutableBytes { buffer in
        Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
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

  /// Reads all of standard input.
  /// Reads standard input, stopping with an error past `limit` bytes.
  public static func readStandardInput(limit: Int) throws(MinutesError) -> [UInt8] {
    var bytes: [UInt8] = []
    while true {
      let chunk: Data
      do {
        chunk = try FileHandle.standardInput.read(upToCount: 1 << 16) ?? Data()
      } catch {
        throw MinutesError("<stdin>: cannot read: \(error.localizedDescription)")
      }
      if chunk.isEmpty { return bytes }
      bytes += chunk
      if bytes.count > limit {
        throw MinutesError("<stdin>: input is larger than \(describeSize(limit))")
      }
    }
  }

  /// Writes all of `bytes` to an open descriptor, again where a signal cut a
  /// write short; false on an error (a closed pipe, a full disk).
  public static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { raw in
      var written = 0
      while written < raw.count {
        let result = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
        if result < 0 && errno == EINTR { continue }
        if result <= 0 { return false }
        written += result
      }
      return true
    }
  }

  /// Writes `bytes` to `path` through a temporary file in the same folder and
  /// a rename, so readers see the old file or the complete new one.
  ///
  /// Without `replace`, an existing file is an error and is left untouched;
  /// the check and the creation are one atomic step (a hard link), so two
  /// runs cannot both create the file.
  ///
  /// A run killed mid-write leaves its temporary file (`.NAME.PID.tmp`, a
  /// dot file that `lint` and the archive skip); the next write to the same
  /// target removes the ones whose process is gone.
  public static func writeAtomically(
    _ bytes: [UInt8], to givenPath: String, replace: Bool
  ) throws(MinutesError) {
    // A symlinked topic is written where the link points, so the link stays.
    let path = replace ? symlinkTarget(of: givenPath) ?? givenPath : givenPath
    let (folder, name) = split(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw MinutesError("\(folder): no such folder")
    }
    if !replace && FileManager.default.fileExists(atPath: path) {
      throw MinutesError("\(path): already exists (use --force to replace it)")
    }
    removeAbandonedTemporaries(of: name, in: folder)
    let temporary = "\(folder)/.\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw MinutesError("\(folder): cannot write here: \(reason(errno))")
    }
    // A replaced file keeps its permissions and, where allowed, its owner.
    var existing = stat()
    if replace && stat(path, &existing) == 0 {
      fchmod(descriptor, existing.st_mode & 0o7777)
      _ = fchown(descriptor, existing.st_uid, existing.st_gid)
    }
    let crashAfter = ProcessInfo.processInfo.environment[crashHookVariable].flatMap { Int($0) }
    var written = 0
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        var chunk = buffer.count - written
        if let crashAfter { chunk = min(chunk, max(crashAfter - written, 1)) }
        let result = Foundation.write(descriptor, buffer.baseAddress! + written, chunk)
        if result < 0 {
          if errno == EINTR { continue }
          failure = reason(errno)
          return
        }
        written += result
        if let crashAfter, written >= crashAfter { kill(getpid(), SIGKILL) }
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = reason(errno) }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw MinutesError("\(path): cannot write the file: \(failure)")
    }
    if replace {
      if rename(temporary, path) != 0 {
        let why = reason(errno)
        unlink(temporary)
        throw MinutesError("\(path): cannot write the file: \(why)")
      }
    } else {
      let linked = link(temporary, path)
      let why = linked == 0 ? "" : reason(errno)
      let alreadyExists = linked != 0 && errno == EEXIST
      unlink(temporary)
      if alreadyExists {
        throw MinutesError("\(path): already exists (use --force to replace it)")
      }
      if linked != 0 { throw MinutesError("\(path): cannot write the file: \(why)") }
    }
  }

  /// Where a symbolic link finally points, when `path` is one and its target exists.
  static func symlinkTarget(of path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return FileManager.default.fileExists(atPath: resolved) ? resolved : nil
  }

  /// Test hook, read only here: `writeAtomically` kills its own process with
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

  /// Removes `.NAME.PID.tmp` files in `folder` left by runs that were killed
  /// mid-write (their process no longer exists).
  static func removeAbandonedTemporaries(of name: String, in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let prefix = ".\(name)."
    for file in names where file.hasPrefix(prefix) && file.hasSuffix(".tmp") {
      let middle = file.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(middle), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { unlink("\(folder)/\(file)") }
    }
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
