import ArgumentParser
import Foundation
import MinutesKit

/// `minutes init [DIR]`: a starter roster and templates for a new meeting, or
/// (`--from-archive`) the roster and templates of a meeting that already runs.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a starter roster.yaml and templates/ for a new meeting.",
    discussion: """
      Writes roster.yaml, templates/page.twiki and templates/sections/status.twiki
      into DIR. Nothing is written when any of them exists already.

      With --from-archive ARCHIVE, reads the meeting's existing topics and writes
      the roster and templates they show, every inference commented with its
      evidence (docs/adopt.md).

      Example:
        minutes init team-meeting && cd team-meeting && minutes new --stdout
        minutes init --from-archive minutes --dry-run
      """)

  @Argument(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
  var directory: String = "."

  @Option(
    name: .customLong("from-archive"),
    help: ArgumentHelp("Infer the roster from the topics in this folder.", valueName: "dir"))
  var archive: String?

  @Option(
    help: ArgumentHelp(
      "With --from-archive: read topics from this day on.", valueName: "yyyy-mm-dd"))
  var since: String?

  @Flag(help: "With --from-archive: print the files instead of writing them.")
  var dryRun = false

  @Flag(help: "With --from-archive: replace files that exist.")
  var force = false

  func run() throws {
    guard let archive else {
      if since != nil || dryRun || force {
        throw MinutesError("--since, --dry-run and --force need --from-archive")
      }
      let written = try StarterWriter.write(into: directory)
      for path in written { try Console.output("wrote \(path)\n") }
      return
    }
    let since = try self.since.map { text throws(MinutesError) in
      try MeetingDate.parse(option: text, name: "--since")
    }
    let started = Date()
    var shown = false
    let (scan, names) = try ArchiveAdoption.scan(folder: archive, since: since) { done, total in
      guard done == total || done % 50 == 0, Date().timeIntervalSince(started) > 1 else { return }
      try? Console.error("\rread \(done) of \(total) topics")
      shown = true
    }
    if shown { try Console.error("\n") }
    let inference = RosterInference(
      scan: scan, names: names,
      archive: ArchiveAdoption.relativePath(of: archive, from: directory))
    let files = inference.files()
    if dryRun {
      for file in files {
        let path = directory == "." ? file.path : "\(directory)/\(file.path)"
        try Console.output("==> \(path) <==\n\(file.text)\n")
      }
      return
    }
    for path in try ArchiveAdoption.write(files, into: directory, force: force) {
      try Console.output("wrote \(path)\n")
    }
  }
}
