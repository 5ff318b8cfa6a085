import Foundation

/// The git pre-commit hook that `minutes hook install` writes: it runs
/// `minutes hook run`, which lints the staged topics of the archive.
public enum PreCommitHook {
  /// The line that marks a hook as ours, so that installing again may replace
  /// it while someone else's hook is never touched.
  public static let marker = "# installed by `minutes hook install`"

  /// The hook script. `binary` is the `minutes` to run; the hook falls back
  /// to `minutes` on PATH when that file is gone (a cleaned build folder).
  public static func script(binary: String, roster: String) -> String {
    let rosterArgument = " --roster " + shellQuoted(roster)
    return """
      #!/bin/sh
      \(marker)
      # Lints the staged topic files of the meeting archive and stops the commit on errors.
      # Skip once with `git commit --no-verify`.
      minutes=\(shellQuoted(binary))
      [ -x "$minutes" ] || minutes=minutes
      exec "$minutes" hook run\(rosterArgument)

      """
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Our hook brought up to date with everything a person added to it kept:
  /// only the line naming the binary and the line running it are rewritten.
  /// Nil when either is gone or doubled (edited beyond what can be merged).
  public static func updated(_ existing: String, binary: String, roster: String) -> String? {
    let fresh = script(binary: binary, roster: roster).split(
      separator: "\n", omittingEmptySubsequences: false)
    let ours: [(prefix: String, line: Substring)] = ["minutes=", "exec \"$minutes\" hook run"]
      .compactMap { prefix in fresh.first { $0.hasPrefix(prefix) }.map { (prefix, $0) } }
    var lines = existing.split(separator: "\n", omittingEmptySubsequences: false)
    for (prefix, line) in ours {
      let found = lines.indices.filter { lines[$0].hasPrefix(prefix) }
      guard found.count == 1 else { return nil }
      lines[found[0]] = line
    }
    return lines.joined(separator: "\n")
  }

  /// The roster as the commit will hold it: its staged content when the
  /// roster at `path` is a file of the index of the repository at `top`,
  /// else the file itself.
  public static func stagedRoster(at path: String, top: String) throws(MinutesError) -> Roster {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    let root = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
    guard absolute.hasPrefix(root + "/"),
      let blob = try Git.stagedBlob(of: String(absolute.dropFirst(root.count + 1)), in: top)
    else {
      return try RosterLoader.load(path: path)
    }
    return try RosterLoader.load(bytes: try Git.blob(blob, in: top), path: path)
  }

  /// Staged topics in the order of their meetings, as lint lists a folder:
  /// the findings of Dec 9 come before those of Dec 16.
  public static func inMeetingOrder(_ files: [StagedFile], pattern: TopicPattern) -> [StagedFile] {
    let byName = Dictionary(files.map { (FileIO.split($0.path).name, $0) }) { first, _ in first }
    return Archive.inMeetingOrder(Array(byName.keys), pattern: pattern).compactMap { byName[$0] }
  }

  /// Whether a staged file is the temporary file of a killed run (which
  /// `git add -A` stages).
  public static func isLeftover(_ file: StagedFile) -> Bool {
    TemporaryFile.isTemporaryName(String(file.path.split(separator: "/").last ?? ""))
  }

  /// Writes the pre-commit hook of the repository around `directory` (git's
  /// hook path: `core.hooksPath` and worktrees respected) and returns its
  /// path. A hook of ours is updated, keeping lines a person added; any other
  /// (one that is not UTF-8 text included) is never replaced: the error says
  /// how to run both.
  public static func install(binary: String, roster: String, in directory: String)
    throws(MinutesError) -> String
  {
    let hookPath = try Git.preCommitHookPath(in: directory)
    var script = script(binary: binary, roster: roster)
    // A hook that exists is read, never taken for absent: one that is not
    // UTF-8 text is someone else's.
    if FileManager.default.fileExists(atPath: hookPath) {
      let bytes = try FileIO.read(hookPath, limit: 1 << 20)
      let existing = String(bytes: bytes, encoding: .utf8) ?? ""
      guard isOurs(existing) else {
        throw MinutesError(
          chainingAdvice(
            hookPath: hookPath, binary: binary, roster: roster,
            repositoryTop: try Git.topLevel(in: directory)))
      }
      guard let updated = updated(existing, binary: binary, roster: roster) else {
        throw MinutesError(
          "\(hookPath): was changed by hand and has no single 'minutes=' and "
            + "'exec \"$minutes\" hook run' line to update; nothing written (restore those "
            + "lines, or remove the hook and install again)")
      }
      script = updated
    }
    try FileIO.createFolder(FileIO.split(hookPath).folder)
    try FileIO.writeAtomically(Array(script.utf8), to: hookPath, replace: true)
    guard chmod(hookPath, 0o755) == 0 else {
      throw MinutesError("\(hookPath): cannot make the hook executable")
    }
    return hookPath
  }

  /// The staged files of the roster's archive in the repository at `top`:
  /// its `*.txt` topics in meeting order, and the temporary files of killed
  /// runs that `git add -A` staged.
  public static func stagedFiles(of roster: Roster, top: String) throws(MinutesError) -> (
    topics: [StagedFile], leftovers: [StagedFile]
  ) {
    let archive = URL(fileURLWithPath: roster.meeting.archive).standardizedFileURL
      .resolvingSymlinksInPath().path
    let inArchive = try Git.stagedFiles(in: top).filter { file in
      URL(fileURLWithPath: top).appendingPathComponent(file.path).standardizedFileURL
        .resolvingSymlinksInPath().deletingLastPathComponent().path == archive
    }
    let topics = inMeetingOrder(
      inArchive.filter { URL(fileURLWithPath: $0.path).pathExtension == "txt" },
      pattern: roster.meeting.topicPattern)
    return (topics, inArchive.filter(isLeftover))
  }

  /// The error line of a staged temporary file.
  public static func leftoverError(_ file: StagedFile) -> String {
    "minutes: error: \(file.path): the temporary file of a killed minutes run is staged "
      + "(unstage it: git rm --cached -- '\(file.path)')"
  }

  /// Reads the staged content of `files` (the index's blobs in the
  /// repository at `top`) for lint, refused past lint's size limit.
  public static func stagedContent(of files: [StagedFile], top: String)
    -> @Sendable (LintInput) throws(MinutesError) -> [UInt8]
  {
    let blobs = Dictionary(files.map { ($0.path, $0.blob) }) { first, _ in first }
    return { input throws(MinutesError) in
      guard let blob = blobs[input.displayPath] else {
        throw MinutesError("\(input.displayPath): not in the index")
      }
      let bytes = try Git.blob(blob, in: top)
      guard bytes.count <= LintInput.sizeLimit else {
        throw MinutesError(
          "\(input.displayPath): file is larger than \(FileIO.describeSize(LintInput.sizeLimit))")
      }
      return bytes
    }
  }

  /// Whether an existing hook file was written by us.
  public static func isOurs(_ existing: String) -> Bool {
    existing.split(separator: "\n", maxSplits: 3).contains { $0 == marker }
  }

  /// What to tell a person whose repository already has another pre-commit
  /// hook: a line to add to it that works where git runs hooks, the top of
  /// the repository. It names the roster (the one found where `hook install`
  /// ran, relative to the top when it is inside the repository), since
  /// `hook run` looks for `roster.yaml` from the folder it runs in.
  public static func chainingAdvice(
    hookPath: String, binary: String, roster: String, repositoryTop: String
  ) -> String {
    let resolved = URL(fileURLWithPath: roster).resolvingSymlinksInPath().path
    let topPath = URL(fileURLWithPath: repositoryTop).resolvingSymlinksInPath().path
    let top = topPath.hasSuffix("/") ? topPath : topPath + "/"
    let rosterFromTop = resolved.hasPrefix(top) ? String(resolved.dropFirst(top.count)) : roster
    return "\(hookPath) already exists and was not written by minutes; to run both, add this "
      + "line to it: \(shellQuoted(binary)) hook run --roster \(shellQuoted(rosterFromTop)) || exit 1"
  }
}
