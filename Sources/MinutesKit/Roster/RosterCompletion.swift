import Foundation

/// What shell completion offers that only the roster knows: the names of its
/// groups, for `--group`. The shell runs `minutes` to ask, with the words of
/// the command line typed so far.
public enum RosterCompletion {
  /// The group names of the roster that `words` name with `--roster` (else
  /// the one found from `folder` upwards) that start with `prefix` (without
  /// case). Nothing when there is no readable roster: completion never
  /// prints an error into the command line.
  public static func groupNames(words: [String], prefix: String, from folder: String = ".")
    -> [String]
  {
    var explicit: String?
    for (index, word) in words.enumerated() {
      if word == "--roster", index + 1 < words.count {
        explicit = unquoted(words[index + 1])
      } else if word.hasPrefix("--roster=") {
        explicit = unquoted(String(word.dropFirst("--roster=".count)))
      }
    }
    guard let path = try? RosterLoader.locate(explicit: explicit, from: folder),
      let roster = try? RosterLoader.load(path: path)
    else { return [] }
    let typed = unquoted(prefix).lowercased()
    return roster.groups.map(\.name).filter { $0.lowercased().hasPrefix(typed) }
  }

  /// A shell word without the quotes and backslashes the shell passes on.
  static func unquoted(_ word: String) -> String {
    var result = ""
    var escaped = false
    for character in word {
      if escaped {
        result.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character != "\"" && character != "'" {
        result.append(character)
      }
    }
    return result
  }
}
