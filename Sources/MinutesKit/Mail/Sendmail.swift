import Foundation

/// Hands a message to the system's mail interface: the `sendmail` program
/// (`sendmail -t -oi`: recipients from the headers, a lone `.` not the end),
/// which every Unix mail server installs. This is the edge where a message
/// leaves `minutes`; everything before it is values.
public enum Sendmail {
  /// Folders searched for a command without a `/` after `PATH`: sendmail
  /// lives in `/usr/sbin`, which a user's `PATH` often lacks.
  static let systemFolders = ["/usr/sbin", "/usr/lib", "/sbin"]

  /// The program `command[0]` names, looked up like a shell would, then in
  /// the system folders; nil when there is none.
  public static func locate(_ program: String, path: String?) -> String? {
    if program.contains("/") {
      return FileManager.default.isExecutableFile(atPath: program) ? program : nil
    }
    let folders = (path ?? "").split(separator: ":").map(String.init) + systemFolders
    return folders.lazy.map { "\($0)/\(program)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `command` with the message on standard input. Throws, with what
  /// the program said, when it cannot be run or exits with a failure.
  public static func send(
    _ message: MailMessage, command: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(MinutesError) {
    guard let program = command.first else { throw MinutesError("no sendmail command") }
    guard let executable = locate(program, path: environment["PATH"]) else {
      throw MinutesError(
        "'\(program)' not found (install a mail server, or set mail.sendmail in the roster; "
          + "--mbox, --out and --dry-run need none)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = Array(command.dropFirst())
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    do {
      try process.run()
    } catch {
      throw MinutesError("cannot run \(executable): \(error.localizedDescription)")
    }
    // A program that exits before reading all of the message must not kill
    // this one with SIGPIPE: the failed write is reported instead.
    signal(SIGPIPE, SIG_IGN)
    let written = FileIO.write(
      Array(message.rendered(lineEnding: "\n").utf8), to: input.fileHandleForWriting.fileDescriptor)
    try? input.fileHandleForWriting.close()
    let said = (try? output.fileHandleForReading.readToEnd()).flatMap { $0 } ?? Data()
    process.waitUntilExit()
    let text =
      String(decoding: said, as: UTF8.self)
      .split(separator: "\n").first.map { ": " + VisibleText.escaped(String($0)) } ?? ""
    if process.terminationReason == .uncaughtSignal {
      throw MinutesError("\(program) was killed by signal \(process.terminationStatus)\(text)")
    }
    if process.terminationStatus != 0 {
      throw MinutesError("\(program) exited with status \(process.terminationStatus)\(text)")
    }
    if !written {
      throw MinutesError("\(program) did not read the whole message\(text)")
    }
  }
}
