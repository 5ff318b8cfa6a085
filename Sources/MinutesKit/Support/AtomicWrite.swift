import Foundation

/// A file written in two steps: `prepare` writes the whole content to a
/// temporary file beside the target and syncs it, `commit` puts it in place
/// with one rename (or hard link). Readers see the old file or the complete
/// new one.
///
/// Between the steps a command can report what it is about to do: when the
/// report cannot be written (stderr closed or full) it discards the write and
/// nothing has changed. `FileIO.writeAtomically` does both steps at once.
public final class AtomicWrite {
  /// The file that `commit` replaces or creates (a symbolic link's target
  /// when the link stays inside its folder).
  public let path: String
  private let replace: Bool
  private var temporary: TemporaryFile?

  private init(path: String, replace: Bool, temporary: TemporaryFile) {
    self.path = path
    self.replace = replace
    self.temporary = temporary
  }

  /// Writes `bytes` to a temporary file for `givenPath`.
  ///
  /// Without `replace`, an existing file (or link) is an error. With it, a
  /// symbolic link is written where it points only when that is inside the
  /// link's own folder: a link out of the archive is refused, never followed.
  /// Temporary files that killed runs left in the folder are removed first.
  public static func prepare(
    _ bytes: [UInt8], to givenPath: String, replace: Bool
  ) throws(MinutesError) -> AtomicWrite {
    let path = replace ? try target(ofLink: givenPath) : givenPath
    let (folder, name) = FileIO.split(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw MinutesError("\(folder): no such folder")
    }
    var existing = stat()
    let exists = lstat(path, &existing) == 0
    if !replace && exists {
      throw MinutesError("\(path): already exists (use --force to replace it)")
    }
    // Refused here, not by the rename: a command reports between the steps,
    // and a report must not be followed by a write that was bound to fail.
    if exists && existing.st_mode & S_IFMT == S_IFDIR {
      throw MinutesError("\(path): cannot write the file: \(FileIO.reason(EISDIR))")
    }
    TemporaryFile.removeAbandoned(in: folder)
    let temporary = try TemporaryFile.create(for: name, in: folder, mode: 0o644)
    let write = AtomicWrite(path: path, replace: replace, temporary: temporary)
    // A replaced file keeps its permissions and, where allowed, its owner.
    if exists && existing.st_mode & S_IFMT == S_IFREG {
      fchmod(temporary.descriptor, existing.st_mode & 0o7777)
      _ = fchown(temporary.descriptor, existing.st_uid, existing.st_gid)
    }
    if let failure = fill(temporary.descriptor, with: bytes) {
      write.discard()
      throw MinutesError("\(path): cannot write the file: \(failure)")
    }
    return write
  }

  /// Puts the new content in place.
  public func commit() throws(MinutesError) {
    guard let temporary else { return }
    self.temporary = nil
    defer { temporary.discard() }
    if replace {
      guard rename(temporary.path, path) == 0 else {
        throw MinutesError("\(path): cannot write the file: \(FileIO.reason(errno))")
      }
    } else if link(temporary.path, path) != 0 {
      if errno == EEXIST {
        throw MinutesError("\(path): already exists (use --force to replace it)")
      }
      throw MinutesError("\(path): cannot write the file: \(FileIO.reason(errno))")
    }
  }

  /// Drops the new content; the target stays as it was.
  public func discard() {
    temporary?.discard()
    temporary = nil
  }

  deinit { discard() }

  /// Where a symbolic link at `path` points, when it points inside the
  /// link's folder; `path` itself when it is no link or a dangling one (the
  /// rename then replaces the link, never following it).
  static func target(ofLink path: String) throws(MinutesError) -> String {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
      let resolved = realPath(path)
    else { return path }
    let folder = FileIO.split(path).folder
    guard let base = realPath(folder), resolved.hasPrefix(base == "/" ? "/" : base + "/") else {
      throw MinutesError(
        "\(path): is a symbolic link out of \(folder) (to \(resolved)); nothing written "
          + "(replace the link with the file to write it)")
    }
    return resolved
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Writes all of `bytes` and syncs them; the system's reason on failure.
  private static func fill(_ descriptor: Int32, with bytes: [UInt8]) -> String? {
    let crashAfter = ProcessInfo.processInfo.environment[FileIO.crashHookVariable].flatMap {
      Int($0)
    }
    var written = 0
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      while written < buffer.count {
        var chunk = buffer.count - written
        if let crashAfter { chunk = min(chunk, max(crashAfter - written, 1)) }
        let result = Foundation.write(descriptor, base + written, chunk)
        if result < 0 {
          if errno == EINTR { continue }
          failure = FileIO.reason(errno)
          return
        }
        written += result
        if let crashAfter, written >= crashAfter { kill(getpid(), SIGKILL) }
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = FileIO.reason(errno) }
    return failure
  }
}
