import Foundation

/// Writes a new cache file beside the old one: a temporary file renamed over
/// it at the end, so a reader sees the old cache or the whole new one.
final class CacheWriter {
  private let path: String
  private let temporary: String
  private var descriptor: Int32
  private var pending: [UInt8] = []
  private(set) var failed = false

  init(path: String) {
    self.path = path
    let (folder, name) = FileIO.split(path)
    temporary = "\(folder)/.\(name).\(getpid()).tmp"
    try? FileIO.createFolder(folder)
    FileIO.removeAbandonedTemporaries(of: name, in: folder)
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    failed = descriptor < 0
  }

  func append(_ bytes: some Collection<UInt8>) {
    guard !failed else { return }
    pending += bytes
    if pending.count >= 1 << 20 { flush() }
  }

  func copy(from reader: CacheReader, range: Range<Int64>) {
    guard !failed else { return }
    if !reader.copy(range, to: { append($0) }) { abandon() }
  }

  /// A writer never committed (the run stopped with an error) leaves no
  /// temporary file behind.
  deinit { abandon() }

  /// Renames the finished file over the old one; false when it failed.
  func commit() -> Bool {
    flush()
    guard !failed else { return false }
    Foundation.close(descriptor)
    descriptor = -1
    if rename(temporary, path) != 0 {
      unlink(temporary)
      failed = true
    }
    return !failed
  }

  private func flush() {
    guard !failed else { return }
    if !FileIO.write(pending, to: descriptor) { abandon() }
    pending.removeAll(keepingCapacity: true)
  }

  private func abandon() {
    guard !failed, descriptor >= 0 else { return }
    failed = true
    Foundation.close(descriptor)
    descriptor = -1
    unlink(temporary)
  }

  /// Removes the folder's other cache files not used for
  /// `LintCache.unusedLifetime` (a new roster or build makes a new one), and
  /// as old temporary files of any cache (left by a killed run whose cache
  /// was never written again).
  static func removeUnused(besides path: String) {
    let (folder, name) = FileIO.split(path)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let oldest = Date().timeIntervalSince1970 - LintCache.unusedLifetime
    for file in names where file != name && isCacheFile(file) {
      let full = "\(folder)/\(file)"
      if let stamp = FileStamp.of(full), TimeInterval(stamp.modified / 1_000_000_000) < oldest {
        unlink(full)
      }
    }
  }

  /// A cache file, or the temporary file of one.
  private static func isCacheFile(_ name: String) -> Bool {
    (name.hasPrefix("lint-") && name.hasSuffix(".cache"))
      || (name.hasPrefix(".lint-") && name.hasSuffix(".tmp"))
  }
}
