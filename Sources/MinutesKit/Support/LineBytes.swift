/// A line of text as its UTF-8 bytes, for code that looks for many words in
/// it: the statistics of a group are looked for on every line of its
/// section. Lent to a closure by ``reading(_:_:)`` or
/// ``reading(_:lowercasingInto:_:)``, and read only there: it points into
/// the line's own storage and into a lowercased copy that one buffer holds
/// for line after line, so nothing is allocated for a line.
struct LineBytes {
  /// The line's bytes.
  private let bytes: UnsafeBufferPointer<UInt8>
  /// The same bytes with ASCII letters lowercased: words are found in them
  /// with `memchr` (``BytePattern``) rather than compared byte by byte in
  /// either case.
  private let lowercased: UnsafeBufferPointer<UInt8>

  private init(bytes: UnsafeBufferPointer<UInt8>, lowercased: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    self.lowercased = lowercased
  }

  /// Runs `body` over the bytes of `text`, read in place.
  static func reading<Result>(_ text: String, _ body: (LineBytes) throws -> Result) rethrows
    -> Result
  {
    var buffer: [UInt8] = []
    return try reading(text, lowercasingInto: &buffer, body)
  }

  /// Runs `body` over the bytes of `text`, read in place, with a lowercased
  /// copy made in `buffer`: one pass to lowercase a line serves every word
  /// looked for in it. `buffer` is kept from line to line so that its
  /// storage is allocated once; only its first bytes are the copy.
  @inline(__always)
  static func reading<Result>(
    _ text: String, lowercasingInto buffer: inout [UInt8], _ body: (LineBytes) throws -> Result
  ) rethrows -> Result {
    try ByteSearch.withBytes(of: text) { bytes in
      if buffer.count < bytes.count {
        buffer = [UInt8](repeating: 0, count: Swift.max(bytes.count, buffer.count * 2))
      }
      return try buffer.withUnsafeMutableBufferPointer { storage in
        for index in bytes.indices { storage[index] = ASCII.lowercased(bytes[index]) }
        let lowercased = UnsafeBufferPointer(rebasing: storage[..<bytes.count])
        return try body(LineBytes(bytes: bytes, lowercased: lowercased))
      }
    }
  }

  /// The line's bytes, copied into an array.
  var array: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: bytes.count) { storage, count in
      if let source = bytes.baseAddress, let target = storage.baseAddress {
        target.initialize(from: source, count: bytes.count)
      }
      count = bytes.count
    }
  }

  /// Whether every one of `patterns`, lowercase ASCII (any other bytes
  /// compare exactly), occurs in the line with ASCII case ignored.
  func containsAll(lowercased patterns: [BytePattern]) -> Bool {
    patterns.allSatisfy { $0.firstOffset(in: lowercased) != nil }
  }

  /// Where `pattern`, lowercase ASCII (any other bytes compare exactly),
  /// first occurs in the line at or after byte `start`, ASCII case ignored.
  func firstOffset(ofLowercased pattern: [UInt8], from start: Int) -> Int? {
    ByteSearch.firstOffset(of: pattern, in: lowercased, from: start)
  }
}
