import ArgumentParser
import Foundation
import MinutesKit

extension ReportFormat: ExpressibleByArgument {}

/// `minutes lint [PATH...]`: check minutes before they are submitted or published.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check topics for missing reports, blank figures, placeholders and markup mistakes.",
    discussion: """
      Without a path, checks the newest topic in the roster's archive. Folders mean
      every *.txt topic inside, in meeting order; - reads a topic from standard input.

      Exit codes: 0 no errors (warnings alone pass unless --strict), 1 findings at
      error level, 2 usage, configuration or I/O error. 'minutes rules' lists the rules.

      Examples:
        minutes lint                                  this week's topic
        minutes lint --group CMS cms.txt              an owner's check of a section
        minutes lint --final minutes/Mar22,2011ProductionMeeting.txt
        minutes lint --format github minutes/         annotations for a CI job
        minutes lint --date 2011-03-22 - < draft.txt  a draft from standard input
      """)

  @OptionGroup var rosterOptions: RosterOptions

  @Argument(help: "Topic files, folders or - for standard input.")
  var paths: [String] = []

  @Option(
    help: "Check only this group's section (an owner's check before submitting).",
    completion: .rosterGroups)
  var group: String?

  @Flag(help: "The coordinator's check after the meeting: attendees listed, every group reported.")
  var final = false

  @Flag(help: "Fail (exit code 1) on warnings too.")
  var strict = false

  @Option(
    help: ArgumentHelp(
      "The meeting date, YYYY-MM-DD, of topics whose name carries none, such as standard "
        + "input (default: today).", valueName: "date"))
  var date: String?

  @Option(help: "Output format: text, json, github or sarif.")
  var format: ReportFormat = .text

  @Flag(
    help: ArgumentHelp(
      "Check every topic again instead of reusing the findings of unchanged ones.",
      discussion:
        "Findings are cached in $MINUTES_CACHE_DIR, else $XDG_CACHE_HOME/minutes, else "
        + "~/.cache/minutes. A topic whose size, times and inode have not changed since is not "
        + "read again; another roster, binary, --group or --final uses another cache."))
  var noCache = false

  func run() throws {
    let (roster, rosterBytes) = try rosterOptions.loadWithBytes()
    try Linter.validate(group: group, roster: roster)
    let inputs: [LintInput]
    if paths.isEmpty {
      inputs = [
        try LintInput.newestTopic(
          inArchive: roster.meeting.archive, pattern: roster.meeting.topicPattern)
      ]
    } else {
      inputs = try LintInput.expand(paths, pattern: roster.meeting.topicPattern)
    }
    let today = try date.map { try MeetingDate.parse(option: $0) } ?? checkingDay()
    // The meetings before the topics, read once here: a group that has not
    // been writing in its section lately is not reported for an empty one
    // (its owner's own check, --group, still is).
    let recentReports =
      group == nil
      ? RecentReports.load(
        forTopicsAt: inputs.compactMap { if case .file(let path) = $0 { path } else { nil } },
        roster: roster) : [:]
    let (errors, warnings) = try lintAndReport(
      inputs, roster: roster, group: group, isFinal: final, format: format, today: today,
      // A check of last week's figures depends on another file: no cache.
      cache: noCache || roster.usesPreviousFigures
        ? nil : cacheSession(for: inputs, roster: roster, rosterBytes: rosterBytes),
      recentReports: recentReports
    ) { input throws(MinutesError) in
      switch input {
      case .file(let path): try FileIO.read(path, limit: LintInput.sizeLimit)
      case .standardInput: try FileIO.readStandardInput(limit: LintInput.sizeLimit)
      }
    }
    if errors > 0 || (strict && warnings > 0) {
      throw ExitCode(1)
    }
  }

  /// The cache of this way of running lint, or nil when there is nowhere to
  /// keep one.
  private func cacheSession(
    for inputs: [LintInput], roster: Roster, rosterBytes: [UInt8]
  ) -> LintCacheSession? {
    let environment = ProcessInfo.processInfo.environment
    guard let folder = LintCache.defaultFolder(environment: environment) else { return nil }
    let binary = "/proc/self/exe"
    let stamp = FileStamp.of(binary) ?? Bundle.main.executablePath.flatMap(FileStamp.of)
    let key = LintCache.key(
      binary: stamp.map { "\($0.size) \($0.modified)" } ?? "unknown", roster: rosterBytes,
      group: group, isFinal: final, directory: FileManager.default.currentDirectoryPath,
      arguments: paths.isEmpty ? inputs.map(\.displayPath) : paths)
    return LintCacheSession(
      path: "\(folder)/\(LintCache.fileName(forKey: key))", key: key, inputs: inputs
    ) { path in LintContext.meetingDate(ofTopicAt: path, roster: roster) != nil }
  }
}
