import ArgumentParser
import Foundation
import MinutesKit

// Exit codes are part of the contract (0 clean, 1 findings, 2 anything that
// stopped the command), so parse and run here instead of in `Minutes.main()`,
// which would exit 64 for usage errors and 1 for everything else.
Console.holdClosedDescriptors()
do {
  var command = try Minutes.parseAsRoot()
  try command.run()
} catch let error as MinutesError {
  // With stderr closed or full the message is lost, but the exit code is not.
  try? Console.error(VisibleText.escaped(error.description) + "\n")
  exit(2)
} catch let error as ExitCode {
  exit(error.rawValue)
} catch {
  let code = Minutes.exitCode(for: error)
  if code == .success {
    do {
      try Console.output(Minutes.fullMessage(for: error) + "\n")
    } catch {
      try? Console.error(error.description + "\n")
      exit(2)
    }
    exit(0)
  }
  let message = Minutes.message(for: error)
  let text = usageErrorText(
    message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? message)
  let subcommand = CommandLine.arguments.dropFirst().first.flatMap { name in
    Minutes.configuration.subcommands.first { $0.configuration.commandName == name }
  }
  let help =
    subcommand.map { "minutes \($0.configuration.commandName ?? "") --help" } ?? "minutes --help"
  try? Console.error("minutes: error: \(text) (see '\(help)')\n")
  exit(2)
}

/// swift-argument-parser's sentence in the project's style: lowercase start,
/// no trailing period, the valid values in parentheses.
func usageErrorText(_ sentence: String) -> String {
  var text = sentence
  if let first = text.first { text = first.lowercased() + text.dropFirst() }
  if let range = text.range(of: ". Please provide one of ") {
    let choices = text[range.upperBound...]
    let head = String(text[..<range.lowerBound])
    text = head + " (use one of " + String(choices)
    while text.hasSuffix(".") { text.removeLast() }
    text += ")"
  }
  if let range = text.range(of: ". Did you mean ") {
    var suggestion = String(text[range.upperBound...])
    while suggestion.hasSuffix("?") || suggestion.hasSuffix(".") { suggestion.removeLast() }
    let head = String(text[..<range.lowerBound])
    text = head + " (did you mean " + suggestion + "?)"
  }
  while text.hasSuffix(".") { text.removeLast() }
  // A misspelt command: ArgumentParser only says the argument is unexpected.
  let names: [String] = Minutes.configuration.subcommands.compactMap {
    $0.configuration.commandName
  }
  if text.hasPrefix("unexpected argument '"), let word = CommandLine.arguments.dropFirst().first,
    !names.contains(word), let guess = Suggestion.closest(to: word, in: names)
  {
    text += " (did you mean '\(guess)'?)"
  }
  return text
}
