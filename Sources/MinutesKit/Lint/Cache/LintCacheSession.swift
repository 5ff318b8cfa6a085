import Foundation

/// One lint run's use of its cache file: topics are looked up in the order
/// the run checks them, and the file is read as a stream alongside. The
/// old file stays as it is when every topic was found unchanged; otherwise a
/// new file is written next to it and renamed over it when the run ends.
///
/// Nothing here ever fails a run: a cache that cannot be read is empty, and
/// one that cannot be written is left alone.
public final class LintCacheSession {
  private let path: String
  private let header: [UInt8]
  /// Turns a checked topic into its record; the workers use it.
  public let encoder: LintCacheEncoder
  /// The display paths of this run's files, to tell a topic that is new in
  /// this run from one the old cache lists but this run no longer checks;
  /// gathered the first time a record and a topic disagree.
  private lazy var paths = Set(
    inputs.compactMap { input in
      if case .file(let path) = input { path } else { nil }
    })
  private let inputs: [LintInput]
  private var reader: CacheReader?
  private var writer: CacheWriter?
  /// Where in the old file the records that the new one would copy unchanged
  /// end, while no writer is open: the run so far matched the old file.
  private var unchangedEnd: Int64
  private var changed = false
  /// The topics whose old record `lookup` handed out and `record` has not
  /// yet been told about: one not used must be left out of the new file.
  private var lookedUp: Set<String> = []

  /// A session on the cache file `path` for a run keyed `key` over `inputs`;
  /// `isDated` says whether a topic's name carries its meeting date.
  public init(
    path: String, key: String, inputs: [LintInput], racyWindow: Int64 = LintCache.racyWindow,
    isDated: @escaping @Sendable (String) -> Bool
  ) {
    self.encoder = LintCacheEncoder(
      startedAt: FileStamp.now(), racyWindow: racyWindow, isDated: isDated)
    self.path = path
    var header = Array(LintCache.magic.utf8)
    header.append(LintCache.tab)
    LintCache.append(escaped: key, to: &header)
    header.append(LintCache.newline)
    self.header = header
    self.inputs = inputs
    self.reader = CacheReader(path: path, header: header)
    self.unchangedEnd = Int64(header.count)
  }

  /// The record of `input` in the old cache, if any; call it for the run's
  /// inputs in order. Whether the record still holds is for its stamp to say.
  public func lookup(_ input: LintInput) -> CachedRecord? {
    guard case .file(let file) = input else { return nil }
    while let reader, var record = reader.peek() {
      if record.isAbout(file) {
        reader.consume()
        record.path = file
        lookedUp.insert(file)
        return record
      }
      // The cached topic comes later in this run: this one is new.
      if let other = record.storedPath, paths.contains(other) { return nil }
      // The cached topic is no longer checked: the new file drops it.
      changed = true
      reader.consume()
    }
    if reader?.isCorrupt == true { changed = true }
    return nil
  }

  /// Records what the run found for `input`, in input order: the `cached`
  /// record as it was, or the `checked` topic's new record from `encoder`
  /// (nil when it may not be kept). A topic never kept (its name has no
  /// date) changes nothing, so a run over one does not rewrite the file.
  public func record(_ input: LintInput, cached: CachedRecord?, checked: [UInt8]?) {
    guard case .file(let file) = input else { return }
    let hadRecord = lookedUp.remove(file) != nil
    if let cached {
      if writer == nil && cached.start == unchangedEnd {
        unchangedEnd = cached.end
      } else {
        openWriter()?.append(cached.bytes)
      }
      return
    }
    if let checked {
      changed = true
      openWriter()?.append(checked)
    } else if hadRecord {
      changed = true
    }
  }

  /// Ends the run: writes the new cache when anything changed, else marks the
  /// old one used. Call it only when the run completed.
  public func finish() {
    if reader?.peek() != nil || reader?.isCorrupt == true { changed = true }
    if changed {
      if let writer = openWriter(), writer.commit() {
        CacheWriter.removeUnused(besides: path)
      }
    } else {
      // Used today: pruning measures age from the last use.
      _ = utimes(path, nil)
    }
    reader?.close()
  }

  /// The writer of the new cache file, opened on first need with the records
  /// so far copied from the old file; nil when it cannot be written.
  private func openWriter() -> CacheWriter? {
    if let writer { return writer.failed ? nil : writer }
    let writer = CacheWriter(path: path)
    self.writer = writer
    writer.append(header)
    if let reader, unchangedEnd > Int64(header.count) {
      writer.copy(from: reader, range: Int64(header.count)..<unchangedEnd)
    }
    return writer.failed ? nil : writer
  }
}

/// What may be kept of a checked topic, worked out on the worker that
/// checked it.
public struct LintCacheEncoder: Sendable {
  let startedAt: Int64
  let racyWindow: Int64
  /// Whether a topic's findings are the same whatever day lint runs, so that
  /// they may be kept: its name carries its meeting date.
  let isDated: @Sendable (String) -> Bool

  /// The record of the topic at `path`, or nil when it may not be kept: its
  /// name has no date, its stamp moved while it was read (`before` and
  /// `after` the check), or it changed within the racy window.
  public func record(path: String, findings: [Finding], before: FileStamp?, after: FileStamp?)
    -> [UInt8]?
  {
    guard let before, before == after, before.modified < startedAt - racyWindow, isDated(path)
    else { return nil }
    return LintCache.record(path: path, stamp: before, findings: findings)
  }
}
