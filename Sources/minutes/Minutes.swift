import ArgumentParser
import MinutesKit

/// The root command. Subcommands live in their own files, one per command.
struct Minutes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "minutes",
    abstract: "Write and check the weekly TWiki meeting minutes of a roster of groups.",
    discussion: """
      Examples:
        minutes new --date 2011-03-22   write that meeting's topic into the archive
        minutes lint minutes/           check every topic in a folder
        minutes lint --group CMS FILE   check one group's section before submitting
        minutes roster                  show the roster's groups, owners and stats
        minutes history                 who reported at the last 8 meetings
        minutes stats --group LIGO      a group's figures, meeting by meeting
        minutes remind --dry-run        the reminders to owners whose sections have gaps
        minutes announce                mail the minutes to the list

      Exit codes: 0 clean, 1 lint findings at error level, 2 usage,
      configuration, template or I/O error.
      """,
    version: minutesVersion,
    subcommands: [
      NewCommand.self, LintCommand.self, RulesCommand.self, ItemsCommand.self,
      SubmitCommand.self, RosterCommand.self, InitCommand.self, HookCommand.self,
      HistoryCommand.self, StatsCommand.self, RemindCommand.self, AnnounceCommand.self,
    ]
  )
}

extension Minutes {
  /// The command names `minutes` knows, and `help`, which the parser adds.
  static var commandNames: [String] {
    Minutes.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
  }

  /// `unknown command 'lnt' (did you mean 'lint'?)` when the first argument
  /// names no command; the parser itself only says the argument is
  /// unexpected.
  static func unknownCommand(in arguments: [String]) -> String? {
    guard let word = arguments.first, !word.hasPrefix("-"), !commandNames.contains(word) else {
      return nil
    }
    let guess = Suggestion.closest(to: word, in: commandNames).map { " (did you mean '\($0)'?)" }
    return "unknown command '\(VisibleText.escaped(word))'" + (guess ?? "")
  }

  /// `minutes lint --help` when the arguments start with a command, else
  /// `minutes --help`: where a usage error sends the reader.
  static func helpCommand(for arguments: [String]) -> String {
    guard let word = arguments.first, !word.hasPrefix("-"), commandNames.contains(word),
      word != "help"
    else { return "minutes --help" }
    return "minutes \(word) --help"
  }
}
