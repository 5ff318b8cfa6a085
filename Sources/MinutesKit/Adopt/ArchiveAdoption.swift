import Foundation

/// `minutes init --from-archive`: reads an archive's topics once, oldest
/// first, and writes the roster and templates inferred from them.
public enum ArchiveAdoption {
  /// Reads the dated topics of `folder` (from `since` on) into a scan;
  /// `progress` hears after each topic how many are read of how many.
  public static func scan(
    folder: String, since: MeetingDate? = nil, progress: (Int, Int) -> Void = { _, _ in }
  ) throws(MinutesError) -> (ArchiveScan, TopicNameGuess) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw MinutesError("\(folder): no such folder (the archive given with --from-archive)")
    }
    guard isFolder.boolValue else {
      throw MinutesError("\(folder): is a file, not a folder of topics")
    }
    guard let listing = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw MinutesError("\(folder): cannot read the folder")
    }
    let names = listing.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.map {
      String($0.dropLast(4))
    }
    guard let guess = TopicNameGuess.guess(names) else {
      throw MinutesError(
        "\(folder): no topic name carries a date (like Mar8,2011ProductionMeeting.txt)")
    }
    do {
      try guess.pattern.validate()
    } catch {
      throw MinutesError(
        "\(folder): the topic names follow '\(guess.pattern.pattern)', which minutes cannot use: \(error.message)"
      )
    }
    var dated = names.compactMap { name in guess.pattern.date(in: name).map { (name, $0) } }
    if let since { dated = dated.filter { $0.1 >= since } }
    dated.sort { ($0.1, $0.0) < ($1.1, $1.0) }
    guard !dated.isEmpty else {
      throw MinutesError("\(folder): no topic from \(since?.iso ?? "any day") on")
    }
    var scan = ArchiveScan()
    for (index, (name, date)) in dated.enumerated() {
      let topic = try Topic.read(Archive.join(folder, name + ".txt"))
      scan.add(topic, date: date)
      progress(index + 1, dated.count)
    }
    return (scan, guess)
  }

  /// The archive folder as seen from the output folder.
  public static func relativePath(of folder: String, from output: String) -> String {
    let base = URL(fileURLWithPath: output).standardizedFileURL.pathComponents
    let target = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
    var common = 0
    while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
    // Sharing only the root, the absolute path reads better than a climb to it.
    if common <= 1 { return URL(fileURLWithPath: folder).standardizedFileURL.path }
    let parts = Array(repeating: "..", count: base.count - common) + target[common...]
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// Writes `files` under `folder`, all or nothing; an existing file is an
  /// error unless `force`. Returns the paths written.
  public static func write(
    _ files: [(path: String, text: String)], into folder: String, force: Bool
  ) throws(MinutesError) -> [String] {
    let paths = files.map { Archive.join(folder, $0.path) }
    if !force {
      let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
      guard existing.isEmpty else {
        throw MinutesError(
          "\(existing.joined(separator: ", ")): already \(existing.count == 1 ? "exists" : "exist") "
            + "(nothing written; pass --force to replace, or choose another folder)")
      }
    }
    for parent in Set(paths.map { ($0 as NSString).deletingLastPathComponent }).sorted()
    where !parent.isEmpty {
      try FileIO.createFolder(parent)
    }
    for (path, file) in zip(paths, files) {
      try FileIO.writeAtomically(Array(file.text.utf8), to: path, replace: force)
    }
    return paths
  }
}
