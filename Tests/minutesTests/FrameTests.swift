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
  @Test(arguments: [
    (
      ["lnt"],
      "minutes: error: unexpected argument 'lnt' (did you mean 'lint'?) (see 'minutes --help')"
    ),
    (
      ["new", "--dat", "2011"],
      "minutes: error: unknown option '--dat' (did you mean '--date'?) (see 'minutes new --help')"
    ),
    (
      ["lint", "--format", "xml", "x"],
      "minutes: error: the value 'xml' is invalid for '--format <format>' "
        + "(use one of 'text', 'json', 'github' or 'sarif') (see 'minutes lint --help')"
    ),
  ])
  func usageErrorsAreOneLineInTheProjectsStyle(arguments: [String], message: String) throws {
    let result = try runMinutes(arguments)
    #expect(result.exitCode == 2)
    #expect(result.stderr == message + "\n")
  }
}
