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

/// The few git questions the hook asks, through the `git` command.
public enum Git {
  /// Runs git in `directory` and returns its standard output.
  public static func run(_ arguments: [String], in directory: String) throws(MinutesError) -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw MinutesError("cannot run git: \(error.localizedDescription)")
    }
    // Read stderr while stdout is read, so that neither pipe fills and stalls git.
    nonisolated(unsafe) var errorData = Data()
    let reader = DispatchGroup()
    reader.enter()
    DispatchQueue.global().async {
      errorData = (try? errors.fileHandleForReading.readToEnd()) ?? Data()
      reader.leave()
    }
    // `readToEnd` throws where `readDataToEndOfFile` would trap.
    let read = Result { try output.fileHandleForReading.readToEnd() ?? Data() }
    reader.wait()
    let message = String(decoding: errorData, as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let firstLine = message.split(separator: "\n").first.map(String.init) ?? "failed"
      throw MinutesError("git \(arguments.first { !$0.hasPrefix("-") } ?? ""): \(firstLine)")
    }
    guard case .success(let data) = read else {
      throw MinutesError(
        "git \(arguments.first { !$0.hasPrefix("-") } ?? ""): cannot read its output")
    }
    return data
  }

  /// The path git reads the pre-commit hook from (respects `core.hooksPath`
  /// and worktrees), absolute.
  public static func preCommitHookPath(in directory: String) throws(MinutesError) -> String {
    let data = try run(
      ["rev-parse", "--path-format=absolute", "--git-path", "hooks/pre-commit"], in: directory)
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The repository's top folder.
  public static func topLevel(in directory: String) throws(MinutesError) -> String {
    let data = try run(["rev-parse", "--show-toplevel"], in: directory)
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Files added, copied or modified in the index, each with the id of its
  /// staged blob: the content the commit will hold, read by id so that no
  /// file name is ever taken for a revision (`0:Mar15,...` would be read by
  /// `git show :0:Mar15,...` as stage 0 of another file).
  public static func stagedFiles(in directory: String) throws(MinutesError) -> [StagedFile] {
    let data = try run(
      ["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACM"],
      in: directory)
    // `:OLDMODE NEWMODE OLDID NEWID STATUS` NUL `PATH` NUL, repeated.
    var files: [StagedFile] = []
    let fields = data.split(separator: 0, omittingEmptySubsequences: false)
    var index = fields.startIndex
    while index + 1 < fields.endIndex {
      let meta = String(decoding: fields[index], as: UTF8.self).split(separator: " ")
      let path = String(decoding: fields[index + 1], as: UTF8.self)
      index += 2
      // Regular files only: not links, not submodules.
      guard meta.count == 5, meta[1] == "100644" || meta[1] == "100755" else { continue }
      files.append(StagedFile(path: path, blob: String(meta[3])))
    }
    return files
  }

  /// The staged blob of `path` (relative to the top folder), or nil when the
  /// index has no such file.
  public static func stagedBlob(of path: String, in directory: String) throws(MinutesError)
    -> String?
  {
    let data = try run(
      ["--literal-pathspecs", "ls-files", "--stage", "-z", "--", path], in: directory)
    // `MODE ID STAGE` TAB `PATH` NUL.
    guard let entry = data.split(separator: 0).first,
      let tab = entry.firstIndex(of: UInt8(ascii: "\t"))
    else { return nil }
    let fields = String(decoding: entry[..<tab], as: UTF8.self).split(separator: " ")
    return fields.count == 3 ? String(fields[1]) : nil
  }

  /// The content of a blob.
  public static func blob(_ id: String, in directory: String) throws(MinutesError) -> [UInt8] {
    [UInt8](try run(["cat-file", "blob", id], in: directory))
  }
}
