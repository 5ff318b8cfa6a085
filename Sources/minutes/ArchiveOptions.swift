import ArgumentParser
import MinutesKit

/// `--archive FOLDER`: read the topics from another folder than the roster's
/// `archive:` (a copy of a real archive, another year's minutes).
struct ArchiveOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The folder of topics to read (default: the roster's 'archive:').", valueName: "folder"))
  var archive: String?

  func folder(for roster: Roster) -> String { archive ?? roster.meeting.archive }
}
