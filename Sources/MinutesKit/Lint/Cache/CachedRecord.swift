import Foundation

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
      while let end = ByteSearch.firstOffset(
        of: LintCache.newline, in: buffer, from: start, to: buffer.count)
      {
        guard let finding = CachedFinding(buffer[start..<end]) else { return false }
        body(finding)
        start = end + 1
      }
      return start == buffer.count
    }
  }

  /// The findings, or nil when the record is damaged.
  public func findings() -> [Finding]? {
    var result: [Finding] = []
    var readable = true
    let whole = forEachFinding { finding in
      guard readable, let decoded = finding.finding(path: path) else {
        readable = false
        return
      }
      result.append(decoded)
    }
    return whole && readable ? result : nil
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
  /// `=` and the group's key, or nothing.
  private let group: Bytes
  private let message: Bytes

  init?(_ bytes: Slice<Bytes>) {
    var fields = LintCache.FieldReader(bytes)
    guard let line = fields.next(), LintCache.integer(line) != nil, let column = fields.next(),
      LintCache.integer(column) != nil, let mark = fields.next(), mark.count == 1,
      let rule = fields.next(), let group = fields.next(), let message = fields.rest()
    else { return nil }
    switch mark.first {
    case UInt8(ascii: "e"): severity = .error
    case UInt8(ascii: "w"): severity = .warning
    default: return nil
    }
    self.line = Bytes(rebasing: line)
    self.column = Bytes(rebasing: column)
    self.rule = Bytes(rebasing: rule)
    self.group = Bytes(rebasing: group)
    self.message = Bytes(rebasing: message)
  }

  /// The finding about the topic at `path`, or nil when a field does not
  /// read back.
  func finding(path: String) -> Finding? {
    guard let lineNumber = LintCache.integer(line[...]),
      let columnNumber = LintCache.integer(column[...]),
      let rule = LintCache.unescape(rule), let message = LintCache.unescape(message)
    else { return nil }
    var key: String?
    if let mark = group.first {
      guard mark == UInt8(ascii: "="),
        let unescaped = LintCache.unescape(Bytes(rebasing: group.dropFirst()))
      else { return nil }
      key = unescaped
    }
    return Finding(
      rule: rule, severity: severity, message: message,
      location: SourceLocation(file: path, line: Int(lineNumber), column: Int(columnNumber)),
      group: key)
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
