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
      let hookPath = try PreCommitHook.install(
        binary: currentExecutablePath(), roster: rosterPath, in: ".")
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
      let (topics, leftovers) = try PreCommitHook.stagedFiles(of: roster, top: top)
      for file in leftovers { try Console.error(PreCommitHook.leftoverError(file) + "\n") }
      var (errors, warnings) = (leftovers.count, 0)
      if !topics.isEmpty {
        let (found, warned) = try ReportPrinter.lint(
          topics.map { LintInput.file($0.path) }, roster: roster, group: nil, isFinal: false,
          format: .text, today: try SourceDateEpoch.checkingDay(),
          read: PreCommitHook.stagedContent(of: topics, top: top))
        errors += found
        warnings = warned
      }
      if errors > 0 || (strict && warnings > 0) {
        try Console.error(
          "minutes: commit stopped; fix the findings above or commit with --no-verify\n")
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
