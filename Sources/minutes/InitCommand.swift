import ArgumentParser
import Foundation
import MinutesKit

/// `minutes init [DIR]`: a starter roster and templates for a new meeting.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a starter roster.yaml and templates/ for a new meeting.",
    discussion: """
      Writes roster.yaml, templates/page.twiki and templates/sections/status.twiki
      into DIR. Nothing is written when any of them exists already.

      Example:
        minutes init team-meeting && cd team-meeting && minutes new --stdout
      """)

  @Argument(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
  var directory: String = "."

  func run() throws {
    let written = try StarterWriter.write(into: directory)
    for path in written { try Console.output("wrote \(path)\n") }
  }
}
