import Foundation

/// What `minutes lint` remembers between runs, as SwiftLint and ruff do: the
/// findings of every topic it checked, with the topic's `FileStamp`. A topic
/// whose stamp has not moved since is not read again.
///
/// A cache file belongs to one way of running lint: the same `minutes`
/// binary, roster bytes, `--group`, `--final`, working folder and path
/// arguments (`LintCache.key`). Anything else is another file, so a changed
/// roster or a new build never sees old findings. Only topics whose name
/// carries their meeting date are kept: the findings of any other depend on
/// the day lint runs.
///
/// The file lists topics in the order the run checked them and is read and
/// written as a stream next to the run, so memory stays flat however large
/// the archive:
///
///     minutes-lint-cache 1<TAB>key
///     @path<TAB>device<TAB>inode<TAB>size<TAB>modified<TAB>changed<TAB>checksum<TAB>length
///     line<TAB>column<TAB>e|w<TAB>rule<TAB>=group or nothing<TAB>message
///
/// Tabs, newlines and backslashes inside fields are escaped with a backslash.
/// `length` is the byte length of the finding lines, so the run's one reader
/// steps from record to record without reading them; the checksum covers
/// them, so a damaged record is checked again rather than believed.
public enum LintCache {
  static let magic = "minutes-lint-cache 1"

  /// Files changed this recently are not cached: the file system's clock is
  /// coarse, so a second change within the same tick could keep the stamp.
  public static let racyWindow: Int64 = 2_000_000_000

  /// Cache files not used for this long are removed when a cache is written
  /// (a new roster or build makes a new one).
  static let unusedLifetime: TimeInterval = 30 * 24 * 3600

  /// Everything the findings depend on besides the topics themselves.
  public static func key(
    binary: String, roster: [UInt8], group: String?, isFinal: Bool, directory: String,
    arguments: [String]
  ) -> String {
    [
      "minutes \(minutesVersion)", "binary \(binary)",
      "roster \(hexDigest(roster)) \(roster.count)", "group \(group ?? "-")",
      "final \(isFinal)", "folder \(directory)",
      "paths \(arguments.joined(separator: "\u{1F}"))",
    ].joined(separator: "; ")
  }

  /// The cache file's name for `key`.
  public static func fileName(forKey key: String) -> String {
    "lint-\(hexDigest(Array(key.utf8))).cache"
  }

  /// Where caches go: `MINUTES_CACHE_DIR`, else `$XDG_CACHE_HOME/minutes`,
  /// else `~/.cache/minutes`; nil when none is known.
  public static func defaultFolder(environment: [String: String]) -> String? {
    if let folder = environment["MINUTES_CACHE_DIR"], !folder.isEmpty { return folder }
    if let folder = environment["XDG_CACHE_HOME"], folder.hasPrefix("/") {
      return folder + "/minutes"
    }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/minutes" }
    return nil
  }

  /// 64-bit FNV-1a in hex: names and compares cache keys, not a security measure.
  static func hexDigest(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  // MARK: Records

  /// The record of one topic, or nil when a finding names another file (the
  /// cache keeps a topic's findings under the topic's path).
  static func record(path: String, stamp: FileStamp, findings: [Finding]) -> [UInt8]? {
    var lines: [UInt8] = []
    for finding in findings {
      guard finding.location.file == path else { return nil }
      append(decimal: Int64(finding.location.line), to: &lines)
      lines.append(tab)
      append(decimal: Int64(finding.location.column), to: &lines)
      lines.append(tab)
      lines.append(finding.severity == .error ? UInt8(ascii: "e") : UInt8(ascii: "w"))
      lines.append(tab)
      append(escaped: finding.rule, to: &lines)
      lines.append(tab)
      if let group = finding.group {
        lines.append(UInt8(ascii: "="))
        append(escaped: group, to: &lines)
      }
      lines.append(tab)
      append(escaped: finding.message, to: &lines)
      lines.append(newline)
    }
    var header: [UInt8] = [UInt8(ascii: "@")]
    append(escaped: path, to: &header)
    for number in [
      Int64(bitPattern: stamp.device), Int64(bitPattern: stamp.inode), stamp.size,
      stamp.modified, stamp.changed, Int64(bitPattern: checksum(lines)), Int64(lines.count),
    ] {
      header.append(tab)
      append(decimal: number, to: &header)
    }
    header.append(newline)
    return header + lines
  }

  /// A fast 64-bit checksum of `bytes`, eight at a time: it tells a damaged
  /// record from a sound one; it is no defence against someone forging one.
  static func checksum(_ bytes: some Collection<UInt8>) -> UInt64 {
    let compute = { (raw: UnsafeRawBufferPointer) -> UInt64 in
      var hash: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(raw.count)
      func mix(_ word: UInt64) {
        hash = (hash ^ word) &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 32
      }
      var offset = 0
      while offset + 8 <= raw.count {
        mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<raw.count { tail = tail << 8 | UInt64(raw[index]) }
      mix(tail)
      return hash
    }
    return bytes.withContiguousStorageIfAvailable { compute(UnsafeRawBufferPointer($0)) }
      ?? Array(bytes).withUnsafeBytes(compute)
  }

  /// The header line of a record: path, stamp, checksum and length of the
  /// finding lines.
  static func recordHeader(_ line: ArraySlice<UInt8>) -> (
    path: String, stamp: FileStamp, checksum: UInt64, length: Int
  )? {
    guard let framing = recordFraming(line),
      let path = unescape(line[(line.startIndex + 1)..<framing.pathEnd])
    else { return nil }
    return (path, framing.stamp, framing.checksum, framing.length)
  }

  /// A header line but its path, which stays escaped bytes ending at `pathEnd`.
  static func recordFraming(_ line: ArraySlice<UInt8>) -> (
    pathEnd: Int, stamp: FileStamp, checksum: UInt64, length: Int
  )? {
    guard line.first == UInt8(ascii: "@"), let pathEnd = line.firstIndex(of: tab) else {
      return nil
    }
    var fields = FieldReader(line[(pathEnd + 1)...])
    var numbers: [Int64] = []
    numbers.reserveCapacity(7)
    while let field = fields.next() {
      guard let number = integer(field) else { return nil }
      numbers.append(number)
    }
    guard numbers.count == 7, numbers[6] >= 0 else { return nil }
    let stamp = FileStamp(
      device: UInt64(bitPattern: numbers[0]), inode: UInt64(bitPattern: numbers[1]),
      size: numbers[2], modified: numbers[3], changed: numbers[4])
    return (pathEnd, stamp, UInt64(bitPattern: numbers[5]), Int(numbers[6]))
  }

  /// One finding line of a record about the topic at `path`.
  static func finding(_ line: ArraySlice<UInt8>, path: String) -> Finding? {
    line.withUnsafeBufferPointer { CachedFinding($0[...])?.finding(path: path) }
  }

  /// The tab-separated fields of a line, one at a time, without an array.
  struct FieldReader<Bytes: Collection<UInt8>>
  where Bytes.Index == Int, Bytes.SubSequence == Bytes {
    private let line: Bytes
    private var position: Int

    init(_ line: Bytes) {
      self.line = line
      self.position = line.startIndex
    }

    /// The next field; nil past the last one.
    mutating func next() -> Bytes? {
      guard position <= line.endIndex else { return nil }
      let end = line[position...].firstIndex(of: tab) ?? line.endIndex
      defer { position = end + 1 }
      return line[position..<end]
    }

    /// Everything after the fields read so far: the last field, tabs and all.
    mutating func rest() -> Bytes? {
      guard position <= line.endIndex else { return nil }
      defer { position = line.endIndex + 1 }
      return line[position...]
    }
  }

  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  private static let backslash = UInt8(ascii: "\\")

  static func append(escaped text: String, to bytes: inout [UInt8]) {
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 == backslash || $0 == tab || $0 == newline || $0 == 13 })
    else {
      bytes += utf8
      return
    }
    for byte in utf8 {
      switch byte {
      case backslash: bytes += [backslash, backslash]
      case tab: bytes += [backslash, UInt8(ascii: "t")]
      case newline: bytes += [backslash, UInt8(ascii: "n")]
      case UInt8(ascii: "\r"): bytes += [backslash, UInt8(ascii: "r")]
      default: bytes.append(byte)
      }
    }
  }

  /// Appends `number` in decimal, without a `String` in between.
  static func append(decimal number: Int64, to bytes: inout [UInt8]) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = number.magnitude
    var place: UInt64 = 1
    while magnitude / place >= 10 { place *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / place % 10))
      place /= 10
    } while place > 0
  }

  static func unescape(_ field: ArraySlice<UInt8>) -> String? {
    field.withUnsafeBufferPointer(unescape)
  }

  static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> String? {
    guard field.contains(backslash) else { return String(validating: field, as: UTF8.self) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(field.count)
    guard appendUnescaped(field, to: &bytes) else { return nil }
    return String(validating: bytes, as: UTF8.self)
  }

  /// Appends `field` with its escapes undone; false when one is broken.
  static func appendUnescaped(_ field: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) -> Bool
  {
    guard let base = field.baseAddress, memchr(base, Int32(backslash), field.count) != nil else {
      bytes.append(contentsOf: field)
      return true
    }
    var escaped = false
    for byte in field {
      guard escaped else {
        if byte == backslash { escaped = true } else { bytes.append(byte) }
        continue
      }
      switch byte {
      case backslash: bytes.append(backslash)
      case UInt8(ascii: "t"): bytes.append(tab)
      case UInt8(ascii: "n"): bytes.append(newline)
      case UInt8(ascii: "r"): bytes.append(UInt8(ascii: "\r"))
      default: return false
      }
      escaped = false
    }
    return !escaped
  }

  /// A decimal integer, optionally negative; nil for anything else.
  static func integer<Bytes: Collection<UInt8>>(_ field: Bytes) -> Int64?
  where Bytes.SubSequence == Bytes {
    var digits = field
    let negative = digits.first == UInt8(ascii: "-")
    if negative { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 19 else { return nil }
    var value: Int64 = 0
    for byte in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowAgain) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
      guard !overflow, !overflowAgain else { return nil }
      value = sum
    }
    return negative ? -value : value
  }
}
