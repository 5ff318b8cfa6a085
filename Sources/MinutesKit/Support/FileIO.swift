import Foundation

/// Reading and writing files with the guarantees the command line promises:
/// clear one-line errors, and no partly written file ever.
public enum FileIO {
  /// Reads a whole file, refusing folders and files larger than `limit` bytes.
  public static func read(_ path: String, limit: Int = .max) throws(MinutesError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw MinutesError("\(path): no such file")
    }
    if isDirectory.boolValue { throw MinutesError("\(path): is a folder, not a file") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw MinutesError("\(path): cannot read the file (permission denied?)")
    }
    defer { try? handle.close() }
    do {
      guard let data = try handle.read(upToCount: limit == .max ? Int.max : limit + 1) else {
        return []
      }
      if data.count > limit {
        throw MinutesError("\(path): file is larger than \(describeSize(limit))")
      }
      return [UInt8](data)
    } catch let error as MinutesError {
      throw error
    } catch {
      throw MinutesError("\(path): cannot read the file: \(error.localizedDescription)")
    }
  }

  /// Reads all of standard input.
  public static func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }

  /// Writes `bytes` to `path` through a temporary file in the same folder and
  /// a rename, so readers see the old file or the complete new one.
  ///
  /// Without `replace`, an existing file is an error and is left untouched;
  /// the check and the creation are one atomic step (a hard link), so two
  /// runs cannot both create the file.
  public static func writeAtomically(
    _ bytes: [UInt8], to path: String, replace: Bool
  ) throws(MinutesError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw MinutesError("\(folder): no such folder")
    }
    if !replace && FileManager.default.fileExists(atPath: path) {
      throw MinutesError("\(path): already exists (use --force to replace it)")
    }
    let temporary =
      "\(folder)/.\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      throw MinutesError("\(folder): cannot write here: \(String(cString: strerror(errno)))")
    }
    var written = 0
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = Foundation.write(
          descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        written += result
      }
    }
    if failure == nil && fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw MinutesError("\(path): cannot write the file: \(failure)")
    }
    if replace {
      if rename(temporary, path) != 0 {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        throw MinutesError("\(path): cannot write the file: \(reason)")
      }
    } else {
      let linked = link(temporary, path)
      let reason = linked == 0 ? "" : String(cString: strerror(errno))
      let alreadyExists = linked != 0 && errno == EEXIST
      unlink(temporary)
      if alreadyExists {
        throw MinutesError("\(path): already exists (use --force to replace it)")
      }
      if linked != 0 { throw MinutesError("\(path): cannot write the file: \(reason)") }
    }
  }

  static func describeSize(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
