import Foundation

/// The dated topics of an archive, read and parsed: what `history` and
/// `stats` look through.
public struct ArchiveTopic: Sendable {
  public var entry: Archive.Entry
  public var topic: Topic

  public init(entry: Archive.Entry, topic: Topic) {
    self.entry = entry
    self.topic = topic
  }

  /// The lint context of the topic at its meeting: the same view of sections
  /// and statistics that lint takes, so history and lint agree on what an
  /// empty section or a statistic is.
  public func context(roster: Roster) -> LintContext {
    LintContext(topic: topic, roster: roster, today: entry.date)
  }

  /// ``context(roster:)`` with the roster of the topic's day taken from
  /// `rosters`, which a run over many topics shares.
  func context(rosters: DatedRosters) -> LintContext {
    LintContext(topic: topic, rosters: rosters, today: entry.date)
  }

  /// Reads the dated topics of the roster's archive (or `folder`), earliest
  /// first; `last` keeps only the latest that many. A topic that is not valid
  /// UTF-8 is read with the bad bytes replaced, as lint reads it: history is
  /// about what the page says, `lint` reports the bytes.
  public static func load(roster: Roster, folder: String? = nil, last: Int? = nil)
    throws(MinutesError) -> (archive: Archive, topics: [ArchiveTopic])
  {
    var topics: [ArchiveTopic] = []
    let archive = try forEach(roster: roster, folder: folder, last: last) { topics.append($0) }
    return (archive, topics)
  }

  /// ``load(roster:folder:last:)`` a topic at a time: `body` gets each in
  /// meeting order and the topics are never all in memory, however large
  /// the archive. `entries` gets the entries to be read before the first.
  @discardableResult
  public static func forEach(
    roster: Roster, folder: String? = nil, last: Int? = nil,
    entries: ([Archive.Entry]) -> Void = { _ in }, _ body: (ArchiveTopic) -> Void
  ) throws(MinutesError) -> Archive {
    let pattern = roster.meeting.topicPattern
    try pattern.validate()
    let folder = folder ?? roster.meeting.archive
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw MinutesError(
        "\(folder): no such archive folder (set 'archive:' in the roster or pass --archive)")
    }
    let archive = try Archive.load(folder: folder, pattern: pattern)
    let selected = last.map { Array(archive.entries.suffix($0)) } ?? archive.entries
    entries(selected)
    for entry in selected {
      body(try read(entry))
    }
    return archive
  }

  /// Reads and parses one dated topic of an archive, bad bytes replaced.
  public static func read(_ entry: Archive.Entry) throws(MinutesError) -> ArchiveTopic {
    let bytes = try FileIO.read(entry.path, limit: LintInput.sizeLimit)
    return ArchiveTopic(entry: entry, topic: Topic(decoding: bytes, path: entry.path))
  }
}
