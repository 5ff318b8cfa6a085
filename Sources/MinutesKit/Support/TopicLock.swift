import Foundation

/// The lock every read-modify-write of a topic holds (`submit`, `new
/// --force`), so that two owners submitting to this week's topic at the same
/// moment both land: the second reads the topic only after the first has
/// written it.
///
/// It is `flock` on the folder that holds the topic. A topic is replaced by
/// renaming a new file over it, so a lock on the topic file itself would be
/// on a file no longer there; a lock file beside it would be left behind in
/// the archive. The kernel drops the lock when the process ends, however it
/// ends.
public enum TopicLock {
  /// Runs `body` holding the lock of the folder of the topic at `path`,
  /// waiting for whoever holds it.
  public static func holding<Result>(
    _ path: String, _ body: () throws -> Result
  ) throws -> Result {
    let folder = FileIO.split(path).folder
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
    guard descriptor >= 0 else {
      throw MinutesError("\(folder): cannot lock the folder: \(FileIO.reason(errno))")
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        throw MinutesError("\(folder): cannot lock the folder: \(FileIO.reason(errno))")
      }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }
}
