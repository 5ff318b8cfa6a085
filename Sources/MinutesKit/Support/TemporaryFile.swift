import Foundation

/// A temporary file beside the file it will become (`.NAME.minutes-RANDOM.tmp`,
/// a dot file that `lint` and the archive skip), created exclusively and held under
/// an `flock` for as long as it is open.
///
/// Exclusive creation (`O_EXCL|O_NOFOLLOW`) means a name planted in a shared
/// folder, a symbolic link above all, is never opened: another random name is
/// tried. The lock tells a file being written from one left by a killed run
/// without trusting process ids (a container's PID 1 is every run's PID): the
/// kernel drops the lock when its process dies, so any temporary file that can
/// be locked is abandoned and the next run removes it.
struct TemporaryFile {
  let path: String
  let descriptor: Int32

  /// Creates a new temporary file for `name` in `folder` (which exists), open
  /// for writing and locked. `random` makes the names' random part.
  static func create(
    for name: String, in folder: String, mode: mode_t,
    random: () -> UInt64 = { UInt64.random(in: 0...UInt64.max) }
  ) throws(MinutesError) -> TemporaryFile {
    for _ in 0..<100 {
      let random = String(random(), radix: 16)
      let path = "\(folder)/.\(name).\(marker)\(random).tmp"
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      guard descriptor >= 0 else {
        if errno == EEXIST { continue }
        throw MinutesError("\(folder): cannot write here: \(FileIO.reason(errno))")
      }
      // Another run's clean-up may have locked and removed the new file
      // between its creation and the lock: then start over with another name.
      let locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK
      if locked && isStill(descriptor, at: path) {
        return TemporaryFile(path: path, descriptor: descriptor)
      }
      close(descriptor)
    }
    throw MinutesError("\(folder): cannot write here: no free temporary file name")
  }

  /// Closes the file (dropping the lock) and removes it.
  func discard() {
    unlink(path)
    close(descriptor)
  }

  /// Removes every temporary file in `folder` that no live run holds, and
  /// any symbolic link named like one (never followed).
  static func removeAbandoned(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where isTemporaryName(name) {
      let path = "\(folder)/\(name)"
      let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else {
        if errno == ELOOP { unlink(path) }
        continue
      }
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 && isStill(descriptor, at: path) {
        unlink(path)
      }
      close(descriptor)
    }
  }

  /// What sets the random part of the names apart from other programs' files.
  static let marker = "minutes-"

  /// `.NAME.minutes-HEX.tmp`: the names `create` makes (and the
  /// `.NAME.PID.tmp` of earlier versions).
  static func isTemporaryName(_ name: String) -> Bool {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
    let stem = name.dropFirst().dropLast(4)
    guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return false }
    let suffix = stem[stem.index(after: dot)...]
    if suffix.hasPrefix(marker) {
      let random = suffix.dropFirst(marker.count)
      return !random.isEmpty && random.allSatisfy(\.isHexDigit)
    }
    return !suffix.isEmpty && suffix.allSatisfy(\.isNumber)
  }

  /// Whether `path` still names the file open as `descriptor`.
  private static func isStill(_ descriptor: Int32, at path: String) -> Bool {
    var open = stat()
    var named = stat()
    return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0
      && open.st_dev == named.st_dev && open.st_ino == named.st_ino
  }
}
