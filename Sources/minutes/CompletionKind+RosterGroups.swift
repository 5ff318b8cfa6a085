import ArgumentParser
import MinutesKit

extension CompletionKind {
  /// The roster's group names, for `--group`: the shell asks `minutes`,
  /// which reads the roster the command line names (or finds).
  static var rosterGroups: CompletionKind {
    .custom { words, _, prefix in RosterCompletion.groupNames(words: words, prefix: prefix) }
  }
}
