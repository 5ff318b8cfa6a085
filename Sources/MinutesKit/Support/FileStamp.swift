import Foundation

/// What the file system says about a file's identity and last change, the
/// way git's index and make tell an unchanged file from a changed one without
/// reading it: device, inode, size, and modification and change times.
public struct FileStamp: Sendable, Hashable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  /// Nanoseconds since 1970.
  public var modified: Int64
  /// Nanoseconds since 1970; any write or `touch -d` moves it.
  public var changed: Int64

  public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  /// The stamp of the file `path` names (links followed), or nil when it
  /// cannot be read or is not a regular file.
  public static func of(_ path: String) -> FileStamp? {
    of(path, inFolder: AT_FDCWD)
  }

  /// The stamp of `name` in the open folder `folder`: a folder's topics are
  /// stamped without the kernel walking the folder's path for each one.
  public static func of(_ name: String, inFolder folder: Int32) -> FileStamp? {
    var status = stat()
    guard fstatat(folder, name, &status, 0) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return nil
    }
    #if canImport(Darwin)
      let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
    #else
      let (modified, changed) = (status.st_mtim, status.st_ctim)
    #endif
    return FileStamp(
      device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
      modified: nanoseconds(modified), changed: nanoseconds(changed))
  }

  private static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  /// Now, in the stamps' nanoseconds.
  public static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return nanoseconds(time)
  }
}

/// Open folders by path, for `FileStamp.of(_:inFolder:)`; closed with it.
public final class OpenFolders: @unchecked Sendable {
  private var descriptors: [Substring: Int32] = [:]
  /// Folders kept open at most: topics named in many folders must not use up
  /// the process's descriptors, or reading them fails. The folders past it
  /// are stamped by whole path.
  static let limit = 64
  private var openCount = 0

  public init() {}

  deinit {
    for descriptor in descriptors.values where descriptor >= 0 { close(descriptor) }
  }

  /// The open folder holding `path` and the name in it; the current folder
  /// (AT_FDCWD) and the whole path when the folder cannot be opened.
  public func locate(_ path: String) -> (folder: Int32, name: String) {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (AT_FDCWD, path) }
    let folder = path[..<slash]
    let name = String(path[path.index(after: slash)...])
    if let descriptor = descriptors[folder] {
      return descriptor >= 0 ? (descriptor, name) : (AT_FDCWD, path)
    }
    guard openCount < Self.limit else { return (AT_FDCWD, path) }
    let descriptor = open(folder.isEmpty ? "/" : String(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    descriptors[folder] = descriptor
    if descriptor >= 0 { openCount += 1 }
    return descriptor >= 0 ? (descriptor, name) : (AT_FDCWD, path)
  }
}
