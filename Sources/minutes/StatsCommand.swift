import ArgumentParser
import Foundation
import MinutesKit

/// `minutes stats --group NAME`: a group's declared figures, meeting by meeting.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Pull a group's declared statistics out of every topic of the archive.",
    discussion: """
      One row per meeting, one column per slot of each statistic (jobs.ok, jobs.rate, \
      ...); a cell is empty where that meeting's topic has no figure. Figures are found \
      as lint finds them; of a statistic written twice, the meeting's own figures are \
      taken (not the ones under a roll-over's "Previous week's" label). --svg writes a \
      line chart per slot into one SVG file.

      Examples:
        minutes stats --group LIGO > ligo.csv
        minutes stats --group LIGO --stat jobs --format json
        minutes stats --group CMS --svg cms.svg --archive ../shared/corpus
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, json
  }

  @Option(
    help: ArgumentHelp("The roster group whose statistics to read.", valueName: "name"),
    completion: .rosterGroups)
  var group: String

  @Option(
    help: ArgumentHelp("Only this statistic (default: all of the group's).", valueName: "name"))
  var stat: String?

  @Option(help: "Output format.")
  var format: Format = .csv

  @Option(help: ArgumentHelp("Also write the charts to this SVG file.", valueName: "file"))
  var svg: String?

  @OptionGroup var archiveOptions: ArchiveOptions

  @OptionGroup var options: RosterOptions

  func run() throws {
    let roster = try options.load()
    try Linter.validate(group: group, roster: roster)
    guard let selected = roster.group(named: group) else {
      throw MinutesError("unknown group '\(group)'")
    }
    var stats = selected.stats
    if stats.isEmpty {
      throw MinutesError(
        "group '\(selected.name)' declares no stats (add 'stats:' to it in \(roster.path))")
    }
    if let stat {
      guard let found = stats.first(where: { $0.name.lowercased() == stat.lowercased() }) else {
        let names = stats.map(\.name)
        let hint =
          Suggestion.closest(to: stat, in: names).map { "did you mean '\($0)'? " } ?? ""
        throw MinutesError(
          "group '\(selected.name)' has no stat '\(stat)' "
            + "(\(hint)its stats are \(names.joined(separator: ", ")))")
      }
      stats = [found]
    }
    let folder = archiveOptions.folder(for: roster)
    let series = try StatSeries.load(group: selected, stats: stats, roster: roster, folder: folder)
    if let svg {
      let chart = StatChart.svg(series, source: folder)
      try FileIO.writeAtomically(Array(chart.utf8), to: svg, replace: true)
    }
    switch format {
    case .csv: try Console.output(series.csv)
    case .json: try Console.output(try series.json)
    }
  }
}
