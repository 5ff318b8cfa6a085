import Foundation

/// Finds and loads `roster.yaml`.
///
/// Loading happens in three bounded steps so that no file, however hostile,
/// costs more than milliseconds: the size is capped before parsing, Yams
/// composes the YAML into positioned nodes, and a budgeted walk over the nodes
/// (aliases expanded) rejects alias bombs before the model is built from them.
/// Every problem is a ``MinutesError`` at the file, line and column it is about.
public enum RosterLoader {
  /// The largest roster accepted: real ones are a few kilobytes.
  public static let maxBytes = 1 << 20

  /// The most YAML nodes (aliases expanded) a roster may hold.
  public static var nodeBudget: Int { RosterYAML.nodeBudget }

  /// The file name looked for by discovery.
  public static let fileName = "roster.yaml"

  /// Builds a roster from YAML text. `path` is the file the text came from, as
  /// the person gave it: messages name it, and relative `archive` and
  /// `templates` folders are resolved against its folder.
  public static func load(yaml: String, path: String) throws(MinutesError) -> Roster {
    let size = yaml.utf8.count
    if size > maxBytes {
      throw MinutesError(
        "the roster is \(size) bytes, more than the limit of \(FileIO.describeSize(maxBytes))",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    let document = RosterYAML(text: yaml, file: path)
    let root = try document.compose()
    if let root { try document.checkBudget(root) }
    return try RosterBuilder(yaml: document).build(root)
  }

  /// Reads and loads the roster file at `path`.
  public static func load(path: String) throws(MinutesError) -> Roster {
    try load(bytes: read(path: path), path: path)
  }

  /// The bytes of the roster file at `path`, refused past `maxBytes`.
  public static func read(path: String) throws(MinutesError) -> [UInt8] {
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = attributes[.size] as? Int, size > maxBytes
    {
      throw MinutesError(
        "the roster is \(size) bytes, more than the limit of \(FileIO.describeSize(maxBytes))",
        at: SourceLocation(file: path, line: 1, column: 1))
    }
    return try FileIO.read(path, limit: maxBytes)
  }

  /// Loads a roster from the bytes of the file at `path` (`read(path:)`).
  public static func load(bytes: [UInt8], path: String) throws(MinutesError) -> Roster {
    if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
      let (line, column) = UTF8Validation.lineAndColumn(of: offset, in: bytes)
      throw MinutesError(
        "the roster is not UTF-8 text (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) "
          + "at offset \(offset)); save it as UTF-8",
        at: SourceLocation(file: path, line: line, column: column))
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return try load(yaml: text, path: path)
  }

  /// The roster to use: `explicit` when given (it must exist), else
  /// `roster.yaml` in `directory` or the nearest folder above it.
  ///
  /// A roster found in `directory` itself is returned as `roster.yaml` when
  /// `directory` is `.`, and one found above it as `../roster.yaml` and so on,
  /// so that messages name the file as the person would.
  public static func locate(explicit: String?, from directory: String) throws(MinutesError)
    -> String
  {
    let fileManager = FileManager.default
    if let explicit {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: explicit, isDirectory: &isDirectory) else {
        throw MinutesError("\(explicit): no such file (the roster given with --roster)")
      }
      if isDirectory.boolValue {
        let inside = RosterBuilder.resolve(fileName, against: explicit)
        if fileManager.fileExists(atPath: inside) { return inside }
        throw MinutesError("\(explicit): is a folder without a \(fileName)")
      }
      return explicit
    }
    var folder = URL(fileURLWithPath: directory).standardizedFileURL
    var levels = 0
    while true {
      let candidate = folder.appendingPathComponent(fileName).path
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: candidate, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        if directory == "." {
          return String(repeating: "../", count: levels) + fileName
        }
        return levels == 0 ? RosterBuilder.resolve(fileName, against: directory) : candidate
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path || levels > 256 { break }
      folder = parent
      levels += 1
    }
    throw MinutesError(
      "no \(fileName) in \(URL(fileURLWithPath: directory).standardizedFileURL.path) "
        + "or any folder above it (pass --roster PATH, or run 'minutes init' to start one)")
  }
}
