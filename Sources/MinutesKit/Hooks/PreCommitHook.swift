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
      errorData = errors.fileHandleForReading.readDataToEndOfFile()
      reader.leave()
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    reader.wait()
    let message = String(decoding: errorData, as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let firstLine = message.split(separator: "\n").first.map(String.init) ?? "failed"
      throw MinutesError("git \(arguments.first ?? ""): \(firstLine)")
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

  /// Paths (relative to the top folder) of files added, copied or modified in the index.
  public static func stagedFiles(in directory: String) throws(MinutesError) -> [String] {
    let data = try run(
      ["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"], in: directory)
    return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The staged content of a file, which is what the commit will hold.
  public static func stagedContent(of path: String, in directory: String) throws(MinutesError)
    -> [UInt8]
  {
    [UInt8](try run(["show", ":\(path)"], in: directory))
  }
}
