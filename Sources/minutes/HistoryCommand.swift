import ArgumentParser
import Foundation
import MinutesKit

/// `minutes history`: which group reported at each of the latest meetings.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show which groups reported at the latest meetings of the archive.",
    discussion: """
      One row per roster group, one column per meeting: yes (reported), empty (a \
      section without a report, as lint's empty-section sees it), none (no section), \
      away (the roster's 'away:' dates, or a section that says "Not reporting this week"), \
      - (not due: the roster's 'reports:' cadence), no news (a 'reports: when-news' group \
      without a report), later (a meeting after today, not held yet), blank (the group did \
      not exist then, by the roster's 'since:' and 'until:'). \
      A group that missed 2 or more reports in a row is flagged with '!'.

      Examples:
        minutes history
        minutes history --weeks 26 --format csv > history.csv
        minutes history --archive ../shared/corpus --format json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
  }

  @Option(help: ArgumentHelp("How many of the latest meetings to show.", valueName: "n"))
  var weeks: Int = 8

  @Option(help: "Output format.")
  var format: Format = .text

  @OptionGroup var archiveOptions: ArchiveOptions

  @OptionGroup var options: RosterOptions

  func validate() throws {
    guard weeks > 0 else {
      throw ValidationError("--weeks must be a positive whole number, found \(weeks)")
    }
  }

  func run() throws {
    let roster = try options.load()
    let folder = archiveOptions.folder(for: roster)
    let history = try MeetingHistory.load(
      roster: roster, folder: folder, last: weeks, today: try SourceDateEpoch.checkingDay())
    switch format {
    case .text: try Console.output(history.text(archive: folder))
    case .json: try Console.output(try history.json(archive: folder))
    case .csv: try Console.output(history.csv)
    }
  }
}
