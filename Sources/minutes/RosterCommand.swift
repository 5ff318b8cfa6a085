import ArgumentParser
import Foundation
import MinutesKit

/// `minutes roster`: checks roster.yaml and shows what the tool understood.
struct RosterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "roster",
    abstract: "Check roster.yaml and show its meeting, groups, owners, statistics and templates.",
    discussion: """
      Exits 0 when the roster is valid, 2 with 'FILE:LINE:COL: error: ...' when it is not. \
      A section template that does not exist yet is reported as a warning.

      Examples:
        minutes roster
        minutes roster --roster meetings/osg/roster.yaml --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var options: RosterOptions

  @Option(help: "Output format.")
  var format: Format = .text

  func run() throws {
    let roster = try options.load()
    var missing: Set<String> = []
    for group in roster.groups {
      guard let path = roster.sectionTemplatePath(for: group),
        !FileManager.default.fileExists(atPath: path)
      else { continue }
      missing.insert(path)
      let location = group.templateLocation.map { "\($0): " } ?? "minutes: "
      try Console.error("\(location)warning: section template not found: \(path)\n")
    }
    let summary = RosterSummary(roster: roster, missingTemplates: missing)
    switch format {
    case .text: try Console.output(summary.text)
    case .json: try Console.output(try summary.json())
    }
  }
}
