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
    let (archive, selected) = try self.entries(roster: roster, folder: folder, last: last)
    entries(selected)
    for entry in selected {
      body(try read(entry))
    }
    return archive
  }

  /// The archive of the roster (or `folder`) and its dated entries to read,
  /// earliest first; `last` keeps only the latest that many.
  static func entries(roster: Roster, folder: String? = nil, last: Int? = nil)
    throws(MinutesError) -> (archive: Archive, entries: [Archive.Entry])
  {
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
    return (archive, selected)
  }

  /// Topics per batch of ``map(_:batchSize:_:_:)``: the lint run's, enough to
  /// keep every core busy and few enough that memory stays flat.
  static let batchSize = LintRunner.batchSize

  /// Reads the topics of `entries` on all cores, a batch at a time, and
  /// turns each into its part with `part` on the worker that read it; `body`
  /// gets the parts in the order of `entries`, on the calling thread. Only
  /// a batch of topics is in memory at once, however large the archive. The
  /// first topic that cannot be read (in that order) stops the run, after
  /// the parts before it were given to `body`, as a reading one topic after
  /// another would.
  static func map<Part: Sendable>(
    _ entries: [Archive.Entry], batchSize: Int = ArchiveTopic.batchSize,
    _ part: @Sendable (ArchiveTopic) -> Part, _ body: (Part) -> Void
  ) throws(MinutesError) {
    let size = max(1, batchSize)
    for start in stride(from: 0, to: entries.count, by: size) {
      let batch = Array(entries[start..<min(start + size, entries.count)])
      let parts = Slots<Result<Part, MinutesError>>(count: batch.count)
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        do throws(MinutesError) {
          parts.store(.success(part(try read(batch[index]))), at: index)
        } catch {
          parts.store(.failure(error), at: index)
        }
      }
      for index in batch.indices {
        switch parts.take(at: index) {
        case .success(let value): body(value)
        case .failure(let error): throw error
        case nil: continue
        }
      }
    }
  }

  /// Reads and parses one dated topic of an archive, bad bytes replaced.
  public static func read(_ entry: Archive.Entry) throws(MinutesError) -> ArchiveTopic {
    let bytes = try FileIO.read(entry.path, limit: LintInput.sizeLimit)
    return ArchiveTopic(entry: entry, topic: Topic(decoding: bytes, path: entry.path))
  }
}
