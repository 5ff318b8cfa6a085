import Foundation

/// Reads a cache file a record at a time, a chunk of it (or one record, when
/// larger) in memory at once; earlier chunks live on only in the records
/// handed out.
final class CacheReader {
  private var descriptor: Int32
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

  /// The longest record header line read: a path and seven numbers. A
  /// longer line is damage, not a reason to read the rest of the file.
  static let headLimit = 1 << 16

  /// Opens the cache at `path` when it is a regular file whose first line is
  /// `header`. Not blocking on open, so a FIFO in its place cannot hang the run.
  init?(path: String, header: [UInt8]) {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    self.descriptor = descriptor
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      let first = line(limit: header.count), first.bytes.elementsEqual(header.dropLast())
    else {
      close()
      return nil
    }
  }

  deinit { close() }

  /// Closes the file; the reader reads nothing more.
  func close() {
    guard descriptor >= 0 else { return }
    Foundation.close(descriptor)
    descriptor = -1
    atEnd = true
    position = buffer.count
  }

  /// How far into the file the reader has read.
  var bytesRead: Int64 { bufferOffset + Int64(buffer.count) }

  /// The next record, without moving past it; nil at the end or when the
  /// file does not read back (then `isCorrupt`).
  func peek() -> CachedRecord? {
    if next == nil && !isCorrupt && !atEndOfRecords { next = readRecord() }
    return next
  }

  func consume() { next = nil }

  private var atEndOfRecords: Bool { atEnd && position == buffer.count }

  private func readRecord() -> CachedRecord? {
    guard let head = line(limit: Self.headLimit) else { return nil }
    recordStart = head.offset
    defer { recordStart = nil }
    // A length past any real record is damage, not a reason to read on.
    guard let framing = LintCache.recordFraming(head.bytes), framing.length <= 1 << 26 else {
      isCorrupt = true
      return nil
    }
    while buffer.count - position < framing.length && !atEnd {
      refill(atLeast: framing.length - (buffer.count - position))
    }
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
  /// the end (a last line without a newline was cut short, so it is corrupt)
  /// and, corrupt, when no newline comes within `limit` bytes.
  private func line(limit: Int) -> (bytes: ArraySlice<UInt8>, offset: Int64)? {
    while true {
      let newline = buffer.withUnsafeBufferPointer { bytes in
        ByteSearch.firstOffset(of: LintCache.newline, in: bytes, from: position, to: bytes.count)
      }
      if let end = newline, end - position <= limit {
        let line = buffer[position..<end]
        let offset = bufferOffset + Int64(position)
        position = end + 1
        return (line, offset)
      }
      if atEnd || buffer.count - position > limit {
        if position < buffer.count { isCorrupt = true }
        return nil
      }
      refill()
    }
  }

  /// Reads the next chunk, or `wanted` bytes if more, into a new buffer that
  /// starts with what is left of the old one (from the record being read):
  /// records handed out are slices of the old buffer and keep it alive, so it
  /// is never written again. A large record is read at once, not copied over
  /// and over a chunk at a time.
  private func refill(atLeast wanted: Int = 0) {
    let dropped = min(position, recordStart.map { Int($0 - bufferOffset) } ?? position)
    let kept = buffer[dropped...]
    let size = max(Self.chunk, wanted)
    var count = 0
    buffer = [UInt8](unsafeUninitializedCapacity: kept.count + size) { raw, initialized in
      _ = raw.initialize(fromContentsOf: kept)
      initialized = kept.count
      guard let base = raw.baseAddress else { return }
      count = Self.readFully(
        descriptor, into: UnsafeMutableRawPointer(base + kept.count), count: size)
      initialized = kept.count + max(count, 0)
    }
    bufferOffset += Int64(dropped)
    position -= dropped
    if count < size { atEnd = true }
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
