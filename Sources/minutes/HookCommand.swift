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
        replaced; the message says how to chain minutes into it.
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
      if let existing = try? String(contentsOfFile: hookPath, encoding: .utf8) {
        guard PreCommitHook.isOurs(existing) else {
          throw MinutesError(
            PreCommitHook.chainingAdvice(
              hookPath: hookPath, binary: binary, roster: rosterPath,
              repositoryTop: try Git.topLevel(in: ".")))
        }
      }
      let folder = URL(fileURLWithPath: hookPath).deletingLastPathComponent().path
      try FileIO.createFolder(folder)
      try FileIO.writeAtomically(
        Array(PreCommitHook.script(binary: binary, roster: rosterPath).utf8), to: hookPath,
        replace: true)
      guard chmod(hookPath, 0o755) == 0 else {
        throw MinutesError("\(hookPath): cannot make the hook executable")
      }
      print("installed the pre-commit hook at \(hookPath)")
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
      let roster = try rosterOptions.load()
      let top = try Git.topLevel(in: ".")
      let archive = URL(fileURLWithPath: roster.meeting.archive).standardizedFileURL
        .resolvingSymlinksInPath().path
      let staged = try Git.stagedFiles(in: top).filter { path in
        let absolute = URL(fileURLWithPath: top).appendingPathComponent(path)
          .standardizedFileURL.resolvingSymlinksInPath()
        return absolute.pathExtension == "txt"
          && absolute.deletingLastPathComponent().path == archive
      }
      guard !staged.isEmpty else { return }
      let (errors, warnings) = try lintAndReport(
        staged.map(LintInput.file), roster: roster, group: nil, isFinal: false, format: .text
      ) { input throws(MinutesError) in
        let bytes = try Git.stagedContent(of: input.displayPath, in: top)
        guard bytes.count <= LintInput.sizeLimit else {
          throw MinutesError(
            "\(input.displayPath): file is larger than \(FileIO.describeSize(LintInput.sizeLimit))")
        }
        return bytes
      }
      if errors > 0 || (strict && warnings > 0) {
        FileHandle.standardError.write(
          Data("minutes: commit stopped; fix the findings above or commit with --no-verify\n".utf8))
        throw ExitCode(1)
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
