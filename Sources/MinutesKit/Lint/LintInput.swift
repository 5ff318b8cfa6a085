import Foundation

/// What `minutes lint` is asked to check, expanded to topic files.
public enum LintInput: Sendable, Equatable {
  case file(String)
  case standardInput

  /// The name findings carry.
  public var displayPath: String {
    switch self {
    case .file(let path): path
    case .standardInput: "<stdin>"
    }
  }

  /// Topics larger than this are refused (an I/O error, not a finding).
  public static let sizeLimit = 8 << 20

  /// Files as given, folders as every `*.txt` directly inside, `-` as
  /// standard input. A folder's topics come in meeting order when a
  /// `pattern` reads dates from their names (`Dec9` before `Dec16`; see
  /// ``Archive/inMeetingOrder(_:pattern:)``), else by name. A missing path or
  /// a folder without topics is an error. A file named twice (or inside a
  /// folder also named) is checked once.
  public static func expand(
    _ paths: [String], pattern: TopicPattern? = nil
  ) throws(MinutesError) -> [LintInput] {
    var inputs: [LintInput] = []
    var seen: Set<String> = []
    // One folder holds each name once: only several paths, or links, can
    // name a file twice.
    var mayRepeat = paths.count > 1
    func add(_ path: String, key: @autoclosure () -> String) {
      if !mayRepeat || seen.insert(key()).inserted { inputs.append(.file(path)) }
    }
    for path in paths {
      if path == "-" {
        inputs.append(.standardInput)
        continue
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw MinutesError("\(path): no such file or folder")
      }
      guard isFolder.boolValue else {
        add(path, key: canonical(path))
        continue
      }
      let topics = try topicFiles(in: path, pattern: pattern)
      guard !topics.isEmpty else { throw MinutesError("\(path): no *.txt topics in this folder") }
      // The folder is resolved once; only a linked topic needs its own lookup.
      let folderKey = canonical(path)
      if topics.contains(where: \.isLink) { mayRepeat = true }
      for topic in topics {
        add(topic.path, key: topic.isLink ? canonical(topic.path) : folderKey + "/" + topic.name)
      }
    }
    return inputs
  }

  /// The absolute path without `.`, `..` or links, by which a file named twice is known.
  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// What `minutes lint` checks: `paths` expanded (``expand(_:pattern:)``),
  /// or without any the newest topic of the roster's archive.
  public static func resolve(_ paths: [String], roster: Roster) throws(MinutesError)
    -> [LintInput]
  {
    guard !paths.isEmpty else { return [try newestTopic(of: roster)] }
    return try expand(paths, pattern: roster.meeting.topicPattern)
  }

  /// The bytes of one input; a topic larger than `sizeLimit` is refused.
  public static func read(_ input: LintInput) throws(MinutesError) -> [UInt8] {
    switch input {
    case .file(let path): try FileIO.read(path, limit: sizeLimit)
    case .standardInput: try FileIO.readStandardInput(limit: sizeLimit)
    }
  }

  /// The newest topic of the roster's archive: what a command works on when
  /// no topic is named.
  public static func newestTopic(of roster: Roster) throws(MinutesError) -> LintInput {
    try newestTopic(inArchive: roster.meeting.archive, pattern: roster.meeting.topicPattern)
  }

  /// The newest topic of an archive folder by the date in its name: what
  /// `minutes lint` checks when no path is given (this week's minutes).
  public static func newestTopic(
    inArchive folder: String, pattern: TopicPattern
  ) throws(MinutesError) -> LintInput {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw MinutesError(
        "archive folder '\(folder)' does not exist (pass a topic file, a folder or -)")
    }
    guard isFolder.boolValue else {
      throw MinutesError("\(folder): is a file, not the archive folder")
    }
    guard let newest = try Archive.load(folder: folder, pattern: pattern).latest else {
      throw MinutesError(
        "no dated topics in archive '\(folder)' (pass a topic file, a folder or -)")
    }
    return .file(newest.path)
  }

  /// The `*.txt` topics directly inside `folder`, in meeting order (by name
  /// without a `pattern`): regular files and links to them
  /// (``FileIO/regularFiles(in:where:)``).
  static func topicFiles(in folder: String, pattern: TopicPattern? = nil) throws(MinutesError) -> [(
    path: String, name: String, isLink: Bool
  )] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var names: [String] = []
    var links: Set<String> = []
    for entry in try FileIO.regularFiles(
      in: folder, where: { $0.hasSuffix(".txt") && !$0.hasPrefix(".") })
    {
      names.append(entry.name)
      if entry.isLink { links.insert(entry.name) }
    }
    let ordered = pattern.map { Archive.inMeetingOrder(names, pattern: $0) } ?? names.sorted()
    return ordered.map { (prefix + $0, $0, links.contains($0)) }
  }
}
