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

  /// How long one run may take before it is stopped. A local `sendmail`
  /// only queues the message and returns in well under a second; one that
  /// talks to a hung server can wait for ever, and `remind` or `announce`
  /// with it. A minute leaves room for a slow server without hanging a
  /// cron job (a constant: no roster setting, no one has needed another).
  public static let defaultTimeLimit: Duration = .seconds(60)

  /// Why a message was not handed over.
  public enum Failure: Error, Sendable, Equatable {
    /// The program could not be run, or it refused the message.
    case refused(MinutesError)
    /// The program did not finish within the time limit and was stopped
    /// (its whole process group killed).
    case timedOut(program: String, limit: Duration)

    public var message: String {
      switch self {
      case .refused(let error): error.message
      case .timedOut(let program, let limit):
        "\(program) did not finish within \(Sendmail.phrase(limit)) and was stopped"
      }
    }
  }

  /// `60 s`, or `0.2 s` for a limit under a second.
  static func phrase(_ limit: Duration) -> String {
    let (seconds, attoseconds) = limit.components
    if attoseconds == 0 { return "\(seconds) s" }
    return "\(Double(seconds) + Double(attoseconds) / 1e18) s"
  }

  /// Runs `command` with the message on standard input. Throws, with what
  /// the program said, when it cannot be run or exits with a failure, and
  /// when it runs longer than `timeLimit` (then it is killed, with anything
  /// it started).
  public static func send(
    _ message: MailMessage, command: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment,
    timeLimit: Duration = defaultTimeLimit
  ) throws(Failure) {
    guard let program = command.first else {
      throw .refused(MinutesError("no sendmail command"))
    }
    guard let executable = locate(program, path: environment["PATH"]) else {
      throw .refused(
        MinutesError(
          "'\(program)' not found (install a mail server, or set mail.sendmail in the roster; "
            + "--mbox, --out and --dry-run need none)"))
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
      throw .refused(
        MinutesError("cannot run \(executable): \(error.localizedDescription)"))
    }
    // Foundation starts the program in a process group of its own, so the
    // watchdog's kill reaches what it started too (which may hold the pipes).
    let watchdog = Watchdog(group: process.processIdentifier)
    let timer = DispatchWorkItem { watchdog.expire() }
    let (seconds, attoseconds) = timeLimit.components
    DispatchQueue.global().asyncAfter(
      deadline: .now()
        + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)),
      execute: timer)
    // A program that exits before reading all of the message must not kill
    // this one with SIGPIPE: the failed write is reported instead.
    signal(SIGPIPE, SIG_IGN)
    let written = FileIO.write(
      Array(message.rendered(lineEnding: "\n").utf8), to: input.fileHandleForWriting.fileDescriptor)
    try? input.fileHandleForWriting.close()
    let said = (try? output.fileHandleForReading.readToEnd()).flatMap { $0 } ?? Data()
    process.waitUntilExit()
    timer.cancel()
    if watchdog.finish() { throw .timedOut(program: program, limit: timeLimit) }
    let text =
      String(decoding: said, as: UTF8.self)
      .split(separator: "\n").first.map { ": " + VisibleText.escaped(String($0)) } ?? ""
    if process.terminationReason == .uncaughtSignal {
      throw .refused(
        MinutesError("\(program) was killed by signal \(process.terminationStatus)\(text)"))
    }
    if process.terminationStatus != 0 {
      throw .refused(
        MinutesError("\(program) exited with status \(process.terminationStatus)\(text)"))
    }
    if !written {
      throw .refused(MinutesError("\(program) did not read the whole message\(text)"))
    }
  }
}

/// Kills a process group once its time is up, unless the run finished
/// first; shared between the sending thread and the timer's.
final class Watchdog: @unchecked Sendable {
  private let lock = NSLock()
  private let group: pid_t
  private var finished = false
  private var expired = false

  init(group: pid_t) { self.group = group }

  /// The time is up: the group is killed if the run is still going.
  func expire() {
    lock.withLock {
      guard !finished else { return }
      expired = true
      kill(-group, SIGKILL)
    }
  }

  /// The run is over (no kill after this); whether the time ran out first.
  @discardableResult func finish() -> Bool {
    lock.withLock {
      finished = true
      return expired
    }
  }
}
