import Foundation

/// The folder of `<Topic>.txt` files a meeting's minutes live in, as a list of
/// dated topics in meeting order.
///
/// Order comes from the date in each name, never from file times: copying or
/// checking out an archive changes file times, not meeting days.
public struct Archive: Sendable, Equatable {
  /// A dated topic of the archive.
  public struct Entry: Sendable, Equatable {
    /// The topic name: the file name without `.txt`.
    public var name: String
    public var date: MeetingDate
    /// The file's path: the archive folder joined with `<name>.txt`.
    public var path: String
  }

  public var folder: String
  /// Dated topics, earliest first (same day: by name).
  public var entries: [Entry]
  /// `.txt` files whose names carry no date (`WeeklyProductionMeetings`).
  public var undated: [String]

  /// Sorts the `.txt` names among `fileNames` by the date the pattern reads
  /// from them; other files are ignored.
  public init(folder: String, fileNames: [String], pattern: TopicPattern) {
    self.folder = folder
    var entries: [Entry] = []
    var undated: [String] = []
    for file in fileNames where file.hasSuffix(".txt") && !file.hasPrefix(".") {
      let name = String(file.dropLast(4))
      if let date = pattern.date(in: name) {
        entries.append(Entry(name: name, date: date, path: Archive.join(folder, file)))
      } else {
        undated.append(name)
      }
    }
    self.entries = entries.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    self.undated = undated.sorted()
  }

  /// Lists a folder. A folder that does not exist is an empty archive (the
  /// first `new` creates it); a file where the folder should be is an error.
  public static func load(folder: String, pattern: TopicPattern) throws(MinutesError) -> Archive {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      return Archive(folder: folder, fileNames: [], pattern: pattern)
    }
    guard isDirectory.boolValue else {
      throw MinutesError("\(folder): is a file, not the archive folder")
    }
    do {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      return Archive(folder: folder, fileNames: names, pattern: pattern)
    } catch {
      throw MinutesError("\(folder): cannot list the archive folder: \(error.localizedDescription)")
    }
  }

  /// Topic file names in the order of their meetings: those whose name
  /// carries a date by date (same day: by name), then the others by name.
  /// Every list of topics a person reads comes in this order.
  public static func inMeetingOrder(_ fileNames: [String], pattern: TopicPattern) -> [String] {
    let dated = fileNames.map { name in
      (name: name, date: pattern.date(in: name.hasSuffix(".txt") ? String(name.dropLast(4)) : name))
    }
    let withDates = dated.compactMap { entry in entry.date.map { (entry.name, $0) } }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    return withDates.map(\.0) + dated.filter { $0.date == nil }.map(\.name).sorted()
  }

  /// The latest dated topic.
  public var latest: Entry? { entries.last }

  /// The latest topic of a meeting strictly before `date`: the previous
  /// meeting when writing the topic for `date`.
  public func latest(before date: MeetingDate) -> Entry? {
    entries.last { $0.date < date }
  }

  /// The folder holding the topic at `path`: where the meetings before it
  /// are looked for (`.` for a bare file name).
  public static func folder(ofTopicAt path: String) -> String {
    let folder = plainFolder(ofTopicAt: path) ?? (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// `deletingLastPathComponent` of an ASCII path with no `//` and no
  /// trailing `/`, cut at its last `/` by hand: NSString has nothing to
  /// tidy in such a path, and a run asks for the folder of every topic.
  /// Nil for any other path, which NSString decides.
  static func plainFolder(ofTopicAt path: String) -> String? {
    let utf8 = path.utf8
    var lastSlash: String.Index?
    var previous: UInt8 = 0
    for index in utf8.indices {
      let byte = utf8[index]
      if !ASCII.isASCII(byte) || (byte == UInt8(ascii: "/") && previous == byte) { return nil }
      if byte == UInt8(ascii: "/") { lastSlash = index }
      previous = byte
    }
    if previous == UInt8(ascii: "/") { return nil }
    guard let lastSlash else { return "" }
    return lastSlash == path.startIndex ? "/" : String(path[..<lastSlash])
  }

  /// The archive of the folder holding the topic at `path`, as lint looks
  /// for the meetings before a topic (last week's figures, recent reports).
  public static func ofTopic(atPath path: String, pattern: TopicPattern) throws(MinutesError)
    -> Archive
  {
    try load(folder: folder(ofTopicAt: path), pattern: pattern)
  }

  /// `folder/file`, without a leading `./` for the current folder.
  static func join(_ folder: String, _ file: String) -> String {
    if folder.isEmpty || folder == "." { return file }
    return folder.hasSuffix("/") ? folder + file : folder + "/" + file
  }
}
