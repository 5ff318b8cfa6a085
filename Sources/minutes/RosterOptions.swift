import ArgumentParser
import MinutesKit

/// `--roster PATH`, shared by every command that reads the roster.
struct RosterOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The roster file (default: roster.yaml in this folder or the nearest parent folder).",
      valueName: "path"))
  var roster: String?

  /// The roster named by `--roster`, or found from the current folder upwards.
  func load() throws -> Roster {
    try RosterLoader.load(path: path())
  }

  /// The roster file `load()` reads.
  func path() throws -> String {
    try RosterLoader.locate(explicit: roster, from: ".")
  }
}
