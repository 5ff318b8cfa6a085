import ArgumentParser
import Foundation
import MinutesKit

/// `minutes hook`: the git pre-commit hook that lints staged topics.
struct HookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hook",
    abstract: "Install or run the git pre-commit hook that lints staged topics.",
    subcommands: [Install.self, Run.self]
  )

  struct Install: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Install a pre-commit hook in the current git repository.",
      discussion: """
        The hook lints the staged topic files of the roster's archive and stops the
        commit on errors. An existing hook that minutes did not write is never
        replaced; the message says how to chain minutes into it. Installing again
        updates only the hook's own lines and keeps lines you added.
        """
    )

    @OptionGroup var rosterOptions: RosterOptions

    func run() throws {
      // Load it now, so a broken roster shows at install time, not at the first commit.
      let roster = try rosterOptions.load()
      // Git runs hooks from the top folder: record the roster found from here.
      let rosterPath = URL(fileURLWithPath: roster.path).standardizedFileURL.path
      let hookPath = try Git.preCommitHookPath(in: ".")
      let binary = currentExecutablePath()
      var script = PreCommitHook.script(binary: binary, roster: rosterPath)
      // A hook that exists is read, never taken for absent: one that is not
      // UTF-8 text is someone else's.
      if FileManager.default.fileExists(atPath: hookPath) {
        let bytes = try FileIO.read(hookPath, limit: 1 << 20)
        let existing = String(bytes: bytes, encoding: .utf8) ?? ""
        guard PreCommitHook.isOurs(existing) else {
          throw MinutesError(
            PreCommitHook.chainingAdvice(
              hookPath: hookPath, binary: binary, roster: rosterPath,
              repositoryTop: try Git.topLevel(in: ".")))
        }
        guard let updated = PreCommitHook.updated(existing, binary: binary, roster: rosterPath)
        else {
          throw MinutesError(
            "\(hookPath): was changed by hand and has no single 'minutes=' and "
              + "'exec \"$minutes\" hook run' line to update; nothing written (restore those "
              + "lines, or remove the hook and install again)")
        }
        script = updated
      }
      let folder = URL(fileURLWithPath: hookPath).deletingLastPathComponent().path
      try FileIO.createFolder(folder)
      try FileIO.writeAtomically(Array(script.utf8), to: hookPath, replace: true)
      guard chmod(hookPath, 0o755) == 0 else {
        throw MinutesError("\(hookPath): cannot make the hook executable")
      }
      try Console.output("installed the pre-commit hook at \(hookPath)\n")
    }
  }
}

extension HookCommand {
  /// What the installed hook runs: lint the staged topics of the archive.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Lint the staged topic files of the archive (what the pre-commit hook runs).",
      discussion: """
        Checks the staged content (what the commit will hold), not the working
        copy. Exit 1 stops the commit; 'git commit --no-verify' skips the hook.
        """)

    @OptionGroup var rosterOptions: RosterOptions

    @Flag(help: "Stop the commit on warnings too.")
    var strict = false

    func run() throws {
      let top = try Git.topLevel(in: ".")
      let roster = try PreCommitHook.stagedRoster(at: try rosterOptions.path(), top: top)
      let archive = URL(fileURLWithPath: roster.meeting.archive).standardizedFileURL
        .resolvingSymlinksInPath().path
      let inArchive = try Git.stagedFiles(in: top).filter { file in
        URL(fileURLWithPath: top).appendingPathComponent(file.path).standardizedFileURL
          .resolvingSymlinksInPath().deletingLastPathComponent().path == archive
      }
      // `git add -A` after a killed `new` or `submit` stages its temporary file.
      let leftovers = inArchive.filter(PreCommitHook.isLeftover)
      for file in leftovers {
        try Console.error(
          "minutes: error: \(file.path): the temporary file of a killed minutes run is staged "
            + "(unstage it: git rm --cached -- '\(file.path)')\n")
      }
      let staged = PreCommitHook.inMeetingOrder(
        inArchive.filter { URL(fileURLWithPath: $0.path).pathExtension == "txt" },
        pattern: roster.meeting.topicPattern)
      var (errors, warnings) = (leftovers.count, 0)
      if !staged.isEmpty { (errors, warnings) = try lint(staged, roster: roster, top: top) }
      if errors > 0 || (strict && warnings > 0) {
        try Console.error(
          "minutes: commit stopped; fix the findings above or commit with --no-verify\n")
        throw ExitCode(1)
      }
    }

    private func lint(_ staged: [StagedFile], roster: Roster, top: String) throws -> (
      errors: Int, warnings: Int
    ) {
      let blobs = Dictionary(staged.map { ($0.path, $0.blob) }) { first, _ in first }
      return try lintAndReport(
        staged.map { LintInput.file($0.path) }, roster: roster, group: nil, isFinal: false,
        format: .text
      ) { input throws(MinutesError) in
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
  }
}

/// The absolute path of the running `minutes`, for scripts that call it back.
func currentExecutablePath() -> String {
  if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    return resolved
  }
  return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
}
