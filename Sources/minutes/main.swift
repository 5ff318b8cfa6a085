import ArgumentParser
import Foundation
import MinutesKit

// Exit codes are part of the contract (0 clean, 1 findings, 2 anything that
// stopped the command), so parse and run here instead of in `Minutes.main()`,
// which would exit 64 for usage errors and 1 for everything else.
Console.holdClosedDescriptors()
let arguments = Array(CommandLine.arguments.dropFirst())
do {
  if let unknown = Minutes.unknownCommand(in: arguments) {
    try? Console.error("minutes: error: \(unknown) (see 'minutes --help')\n")
    exit(2)
  }
  var command = try Minutes.parseAsRoot(arguments)
  try command.run()
} catch let error as MinutesError {
  // With stderr closed or full the message is lost, but the exit code is not.
  try? Console.error(VisibleText.escaped(error.description) + "\n")
  exit(2)
} catch let error as ExitCode {
  exit(error.rawValue)
} catch {
  if Minutes.exitCode(for: error) == .success {
    do {
      try Console.output(Minutes.fullMessage(for: error) + "\n")
    } catch {
      try? Console.error(error.description + "\n")
      exit(2)
    }
    exit(0)
  }
  // A usage error: the parser's message as it words it, on one line, with
  // where to read more.
  let message = Minutes.message(for: error)
  let line = message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? message
  try? Console.error(
    "minutes: error: \(VisibleText.escaped(line)) (see '\(Minutes.helpCommand(for: arguments))')\n")
  exit(2)
}
