import Foundation

/// Standard output and standard error, with every failed write seen.
///
/// `print` drops stdio's write errors (a full disk exits 0 having written
/// nothing) and Foundation's `FileHandle.write` traps on them; these throw
/// instead, so the command stops with exit 2.
public enum Console {
  /// Writes `text` to standard output.
  public static func output(_ text: String) throws(MinutesError) {
    try output(bytes: Array(text.utf8))
  }

  public static func output(bytes: [UInt8]) throws(MinutesError) {
    guard FileIO.write(bytes, to: STDOUT_FILENO) else {
      throw MinutesError("cannot write to standard output: \(FileIO.reason(errno))")
    }
  }

  /// Writes `text` to standard error.
  public static func error(_ text: String) throws(MinutesError) {
    guard FileIO.write(Array(text.utf8), to: STDERR_FILENO) else {
      throw MinutesError("cannot write to standard error: \(FileIO.reason(errno))")
    }
  }

  /// Whether output to `descriptor` may be coloured: only on a terminal,
  /// and never when `NO_COLOR` is set (no-color.org) or the terminal is dumb.
  public static func wantsColor(
    _ descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    isatty(descriptor) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }

  /// Holds the places of closed standard descriptors (`2>&-`, `<&-`) with
  /// `/dev/null` opened the wrong way round, before anything else is opened.
  ///
  /// Otherwise the next file opened takes the free number: a topic opened
  /// as descriptor 2 would receive the error messages. Opened read-only for
  /// output (and write-only for input), every write (and read) still fails
  /// with "bad file descriptor", as on the closed descriptor.
  public static func holdClosedDescriptors() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      let placeholder = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
      if placeholder >= 0 && placeholder != descriptor {
        dup2(placeholder, descriptor)
        close(placeholder)
      }
    }
  }
}
