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
