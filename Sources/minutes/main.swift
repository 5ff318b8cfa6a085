import ArgumentParser
import Foundation
import MinutesKit

// Exit codes are part of the contract (0 clean, 1 findings, 2 anything that
// stopped the command), so parse and run here instead of in `Minutes.main()`,
// which would exit 64 for usage errors and 1 for everything else.
do {
  var command = try Minutes.parseAsRoot()
  try command.run()
} catch let error as MinutesError {
  FileHandle.standardError.write(Data((error.description + "\n").utf8))
  exit(2)
} catch let error as ExitCode {
  exit(error.rawValue)
} catch {
  let code = Minutes.exitCode(for: error)
  if code == .success {
    print(Minutes.fullMessage(for: error))
    exit(0)
  }
  var text = Minutes.message(for: error)
  text = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
  if let first = text.first { text = first.lowercased() + text.dropFirst() }
  FileHandle.standardError.write(Data("minutes: error: \(text) (see 'minutes --help')\n".utf8))
  exit(2)
}
