import ArgumentParser
import Foundation
import MinutesKit

/// `minutes hook`: the git pre-commit hook that lints staged topics.
struct HookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hook",
    abstract: "Install or run the git pre-commit hook that lints staged topics.",
    subcommands: [Install.self]
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

    func run() throws {
      let hookPath = try Git.preCommitHookPath(in: ".")
      let binary = currentExecutablePath()
      if let existing = try? String(contentsOfFile: hookPath, encoding: .utf8) {
        guard PreCommitHook.isOurs(existing) else {
          throw MinutesError(PreCommitHook.chainingAdvice(hookPath: hookPath, binary: binary))
        }
      }
      let folder = URL(fileURLWithPath: hookPath).deletingLastPathComponent().path
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try FileIO.writeAtomically(
        Array(PreCommitHook.script(binary: binary).utf8), to: hookPath, replace: true)
      guard chmod(hookPath, 0o755) == 0 else {
        throw MinutesError("\(hookPath): cannot make the hook executable")
      }
      print("installed the pre-commit hook at \(hookPath)")
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
