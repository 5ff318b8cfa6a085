import Foundation

/// Writes a new cache file beside the old one: a temporary file renamed over
/// it at the end, so a reader sees the old cache or the whole new one.
final class CacheWriter {
  private let path: String
  private var temporary: TemporaryFile?
  private var pending: [UInt8] = []
  private(set) var failed = false

  /// The temporary file is created exclusively (`TemporaryFile`): in a
  /// shared cache folder, a link planted under its name is never followed.
  init(path: String) {
    self.path = path
    let (folder, name) = FileIO.split(path)
    try? FileIO.createFolder(folder)
    TemporaryFile.removeAbandoned(in: folder)
    temporary = try? TemporaryFile.create(for: name, in: folder, mode: 0o600)
    failed = temporary == nil
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
    guard !failed, let temporary else { return false }
    self.temporary = nil
    if rename(temporary.path, path) != 0 { failed = true }
    temporary.discard()
    return !failed
  }

  private func flush() {
    guard !failed, let temporary else { return }
    if !FileIO.write(pending, to: temporary.descriptor) { abandon() }
    pending.removeAll(keepingCapacity: true)
  }

  private func abandon() {
    failed = true
    temporary?.discard()
    temporary = nil
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
