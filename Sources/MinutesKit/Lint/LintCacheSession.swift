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
  private let startedAt: Int64
  private let racyWindow: Int64
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

  /// A session on the cache file `path` for a run keyed `key` over `inputs`.
  public init(
    path: String, key: String, inputs: [LintInput], racyWindow: Int64 = LintCache.racyWindow
  ) {
    self.path = path
    var header = Array(LintCache.magic.utf8)
    header.append(LintCache.tab)
    LintCache.append(escaped: key, to: &header)
    header.append(LintCache.newline)
    self.header = header
    self.startedAt = FileStamp.now()
    self.racyWindow = racyWindow
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
        return record
      }
      changed = true
      // The cached topic comes later in this run: this one is new.
      if let other = record.storedPath, paths.contains(other) { return nil }
      reader.consume()
    }
    if reader?.isCorrupt == true { changed = true }
    return nil
  }

  /// Records what the run found for `input`, in input order: the `cached`
  /// record as it was, or a checked topic whose stamp did not move while it
  /// was read (`before` from the lookup, `after` once the check was done).
  public func record(
    _ input: LintInput, cached: CachedRecord?, findings: [Finding], before: FileStamp?,
    after: FileStamp?
  ) {
    guard case .file(let file) = input else { return }
    if let cached {
      if writer == nil && cached.start == unchangedEnd {
        unchangedEnd = cached.end
      } else {
        openWriter()?.append(cached.bytes)
      }
      return
    }
    changed = true
    guard let before, before == after, before.modified < startedAt - racyWindow,
      let bytes = LintCache.record(path: file, stamp: before, findings: findings)
    else { return }
    openWriter()?.append(bytes)
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

/// One topic's record as read from the cache file, with where it stands.
/// Its path stays bytes until a lookup asks; the findings are for a worker.
public struct CachedRecord: Sendable {
  /// The whole record, header line included, to copy into a new cache: a
  /// slice of the reader's buffer, indices and all.
  public let bytes: ArraySlice<UInt8>
  /// The topic's path, as the run names it (set by the lookup).
  var path = ""
  /// The topic's stamp when the record was written.
  let stamp: FileStamp
  let start: Int64
  var end: Int64 { start + Int64(bytes.count) }
  private let checksum: UInt64
  /// Where the header's escaped path field ends, and the finding lines start.
  private let pathEnd: Int
  private let findingsStart: Int

  init(
    bytes: ArraySlice<UInt8>, start: Int64, pathEnd: Int, findingsStart: Int, stamp: FileStamp,
    checksum: UInt64
  ) {
    self.bytes = bytes
    self.start = start
    self.pathEnd = pathEnd
    self.findingsStart = findingsStart
    self.stamp = stamp
    self.checksum = checksum
  }

  private var pathField: ArraySlice<UInt8> { bytes[(bytes.startIndex + 1)..<pathEnd] }

  /// Whether this is the record of the topic at `path`.
  func isAbout(_ path: String) -> Bool {
    if !pathField.contains(UInt8(ascii: "\\")) { return pathField.elementsEqual(path.utf8) }
    return LintCache.unescape(pathField) == path
  }

  /// The path the record was written for.
  var storedPath: String? { LintCache.unescape(pathField) }

  /// Whether the finding lines are as they were written.
  var isIntact: Bool { LintCache.checksum(bytes[findingsStart...]) == checksum }

  /// Each finding's fields as they stand in the file, without building a
  /// `Finding` (see `TextReporter.render(_:)`); false when the record is
  /// damaged.
  public func forEachFinding(_ body: (CachedFinding) -> Void) -> Bool {
    guard isIntact else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      var start = findingsStart - bytes.startIndex
      while let end = buffer[start...].firstIndex(of: LintCache.newline) {
        guard let finding = CachedFinding(buffer[start..<end]) else { return false }
        body(finding)
        start = end + 1
      }
      return start == buffer.count
    }
  }

  /// The findings, or nil when the record is damaged.
  public func findings() -> [Finding]? {
    guard isIntact else { return nil }
    var result: [Finding] = []
    var start = findingsStart
    while let end = bytes[start...].firstIndex(of: LintCache.newline) {
      guard let finding = LintCache.finding(bytes[start..<end], path: path) else { return nil }
      result.append(finding)
      start = end + 1
    }
    return start == bytes.endIndex ? result : nil
  }
}

/// Reads a cache file a record at a time through a fixed-size buffer.
final class CacheReader {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var position = 0
  /// The file offset of `buffer[0]`.
  private var bufferOffset: Int64 = 0
  private var atEnd = false
  private var next: CachedRecord?
  private(set) var isCorrupt = false
  /// The file offset of the record being read.
  private var recordStart: Int64?
  private static let chunk = 1 << 20

  /// Opens the cache at `path` when its first line is `header`.
  init?(path: String, header: [UInt8]) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
    guard let first = line(), first.bytes.elementsEqual(header.dropLast()) else {
      Foundation.close(descriptor)
      return nil
    }
  }

  func close() { Foundation.close(descriptor) }

  /// The next record, without moving past it; nil at the end or when the
  /// file does not read back (then `isCorrupt`).
  func peek() -> CachedRecord? {
    if next == nil && !isCorrupt && !atEndOfRecords { next = readRecord() }
    return next
  }

  func consume() { next = nil }

  private var atEndOfRecords: Bool { atEnd && position == buffer.count }

  private func readRecord() -> CachedRecord? {
    guard let head = line() else { return nil }
    recordStart = head.offset
    defer { recordStart = nil }
    // A length past any real record is damage, not a reason to read on.
    guard let framing = LintCache.recordFraming(head.bytes), framing.length <= 1 << 26 else {
      isCorrupt = true
      return nil
    }
    while buffer.count - position < framing.length && !atEnd { refill() }
    guard buffer.count - position >= framing.length else {
      isCorrupt = true
      return nil
    }
    let first = Int(head.offset - bufferOffset)
    let findingsStart = position
    position += framing.length
    return CachedRecord(
      bytes: buffer[first..<position], start: head.offset,
      pathEnd: first + (framing.pathEnd - head.bytes.startIndex), findingsStart: findingsStart,
      stamp: framing.stamp, checksum: framing.checksum)
  }

  /// The next line without its newline, and its offset in the file; nil at
  /// the end (a last line without a newline was cut short, so it is corrupt).
  private func line() -> (bytes: ArraySlice<UInt8>, offset: Int64)? {
    while true {
      if let end = Self.newline(in: buffer, from: position) {
        let line = buffer[position..<end]
        let offset = bufferOffset + Int64(position)
        position = end + 1
        return (line, offset)
      }
      if atEnd {
        if position < buffer.count { isCorrupt = true }
        return nil
      }
      refill()
    }
  }

  /// The index of the next newline, found with `memchr`.
  private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { raw in
      guard start < raw.count, let base = raw.baseAddress,
        let found = memchr(base + start, Int32(LintCache.newline), raw.count - start)
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Reads the next chunk into a new buffer that starts with what is left of
  /// the old one (from the record being read): records handed out are slices
  /// of the old buffer and keep it alive, so it is never written again.
  private func refill() {
    let dropped = min(position, recordStart.map { Int($0 - bufferOffset) } ?? position)
    let kept = buffer[dropped...]
    var count = 0
    buffer = [UInt8](unsafeUninitializedCapacity: kept.count + Self.chunk) { raw, initialized in
      _ = raw.initialize(fromContentsOf: kept)
      count = Self.readFully(
        descriptor, into: UnsafeMutableRawPointer(raw.baseAddress! + kept.count),
        count: Self.chunk)
      initialized = kept.count + max(count, 0)
    }
    bufferOffset += Int64(dropped)
    position -= dropped
    if count < Self.chunk { atEnd = true }
    if count < 0 { isCorrupt = true }
  }

  /// Copies `range` of the file to `write`, in chunks.
  func copy(_ range: Range<Int64>, to write: ([UInt8]) -> Void) -> Bool {
    var offset = range.lowerBound
    var chunk = [UInt8](repeating: 0, count: Self.chunk)
    while offset < range.upperBound {
      let wanted = Int(min(Int64(Self.chunk), range.upperBound - offset))
      let count = chunk.withUnsafeMutableBytes { raw in
        pread(descriptor, raw.baseAddress!, wanted, off_t(offset))
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      write(Array(chunk[..<count]))
      offset += Int64(count)
    }
    return true
  }

  private static func readFully(_ descriptor: Int32, into base: UnsafeMutableRawPointer, count: Int)
    -> Int
  {
    var total = 0
    while total < count {
      let result = read(descriptor, base + total, count - total)
      if result < 0 && errno == EINTR { continue }
      if result < 0 { return -1 }
      if result == 0 { break }
      total += result
    }
    return total
  }
}

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

  /// Renames the finished file over the old one; false when it failed.
  func commit() -> Bool {
    flush()
    guard !failed else { return false }
    Foundation.close(descriptor)
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
    guard !failed else { return }
    failed = true
    Foundation.close(descriptor)
    unlink(temporary)
  }

  /// Removes the folder's other cache files not used for
  /// `LintCache.unusedLifetime` (a new day or roster makes a new one).
  static func removeUnused(besides path: String) {
    let (folder, name) = FileIO.split(path)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let oldest = Date().timeIntervalSince1970 - LintCache.unusedLifetime
    for file in names where file != name && file.hasPrefix("lint-") && file.hasSuffix(".cache") {
      let full = "\(folder)/\(file)"
      if let stamp = FileStamp.of(full), TimeInterval(stamp.modified / 1_000_000_000) < oldest {
        unlink(full)
      }
    }
  }
}

/// A finding line of the cache, its fields still bytes of the file; valid
/// only inside `CachedRecord.forEachFinding`.
public struct CachedFinding {
  public typealias Bytes = UnsafeBufferPointer<UInt8>
  /// Decimal digits.
  public let line: Bytes
  /// Decimal digits.
  public let column: Bytes
  public let severity: Severity
  private let rule: Bytes
  private let message: Bytes

  init?(_ bytes: Slice<Bytes>) {
    var fields = LintCache.FieldReader(bytes)
    guard let line = fields.next(), LintCache.integer(line) != nil, let column = fields.next(),
      LintCache.integer(column) != nil, let mark = fields.next(), mark.count == 1,
      let rule = fields.next(), fields.next() != nil, let message = fields.rest()
    else { return nil }
    switch mark.first {
    case UInt8(ascii: "e"): severity = .error
    case UInt8(ascii: "w"): severity = .warning
    default: return nil
    }
    self.line = Bytes(rebasing: line)
    self.column = Bytes(rebasing: column)
    self.rule = Bytes(rebasing: rule)
    self.message = Bytes(rebasing: message)
  }

  /// Appends the rule id as text; false when its escapes are broken.
  public func appendRule(to output: inout [UInt8]) -> Bool {
    LintCache.appendUnescaped(rule, to: &output)
  }

  /// Appends the message as text; false when its escapes are broken.
  public func appendMessage(to output: inout [UInt8]) -> Bool {
    LintCache.appendUnescaped(message, to: &output)
  }
}
