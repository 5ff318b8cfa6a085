import Testing

@Suite struct FrameTests {
  @Test func versionPrintsTheVersionAndExitsZero() throws {
    let result = try runMinutes(["--version"])
    #expect(result.exitCode == 0)
    #expect(result.stdout == "0.1.0\n")
  }

  @Test func unknownOptionIsAUsageErrorWithExitCodeTwo() throws {
    let result = try runMinutes(["--no-such-option"])
    #expect(result.exitCode == 2)
    #expect(result.stderr.hasPrefix("minutes: error: "))
    #expect(result.stderr.contains("--no-such-option"))
  }
}

@Suite struct UsageMessageTests {
  /// The parser's own wording on one line (our `validate()` messages too),
  /// framed as every error is; a misspelt command gets a guess.
  @Test(arguments: [
    (
      ["lnt"],
      "minutes: error: unknown command 'lnt' (did you mean 'lint'?) (see 'minutes --help')"
    ),
    (
      ["new", "--dat", "2011"],
      "minutes: error: Unknown option '--dat'. Did you mean '--date'? (see 'minutes new --help')"
    ),
    (
      ["lint", "--format", "xml", "x"],
      "minutes: error: The value 'xml' is invalid for '--format <format>'. Please provide one "
        + "of 'text', 'json', 'github' or 'sarif'. (see 'minutes lint --help')"
    ),
    (
      ["history", "--weeks", "0"],
      "minutes: error: --weeks must be a positive whole number, found 0 "
        + "(see 'minutes history --help')"
    ),
    (["l\u{1B}[2Jnt"], "minutes: error: unknown command 'l\\u{1B}[2Jnt' (see 'minutes --help')"),
  ])
  func usageErrorsAreOneLineInTheParsersWording(arguments: [String], message: String) throws {
    let result = try runMinutes(arguments)
    #expect(result.exitCode == 2)
    #expect(result.stderr == message + "\n")
  }

  /// `help` is the parser's command, not an unknown one.
  @Test func helpIsACommand() throws {
    let result = try runMinutes(["help", "lint"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: Check topics"))
  }
}
