/// A lint run over many topics turned into its report as it goes: text and
/// GitHub lines are rendered on the workers and handed to `write` a topic at
/// a time, in input order; JSON and SARIF are one document, so they keep the
/// findings (never the topics) and are written at the end.
public struct StreamedLintReport: Sendable {
  public var roster: Roster { rosters.roster }
  /// The roster as of each topic's day, shared by the run's topics.
  private let rosters: DatedRosters
  /// `--group`: one group's section, or an owner's section file without its
  /// heading, as `submit` takes it.
  public var group: String?
  public var isFinal: Bool
  /// The date of topics whose name carries none.
  public var today: MeetingDate
  public var format: ReportFormat
  /// ANSI colour in the text format.
  public var color: Bool
  private let linter = Linter()

  public init(
    roster: Roster, group: String?, isFinal: Bool, today: MeetingDate, format: ReportFormat,
    color: Bool
  ) {
    self.rosters = DatedRosters(roster)
    self.group = group
    self.isFinal = isFinal
    self.today = today
    self.format = format
    self.color = color
  }

  /// Checks `inputs` (their bytes from `read`) on all cores and writes the
  /// report through `write`. Returns the counts; the first error (in input
  /// order) stops the run after the topics before it were written.
  public func run(
    _ inputs: [LintInput],
    read: @escaping @Sendable (LintInput) throws(MinutesError) -> [UInt8],
    write: ([UInt8]) -> Void
  ) throws(MinutesError) -> (errors: Int, warnings: Int) {
    let streams = format == .text || format == .github
    let reporter = format.reporter(color: format == .text && color)
    var kept: [Finding] = []
    var (errors, warnings) = (0, 0)
    // The meetings before each page: those the run checks are recorded as
    // it goes (a folder comes in meeting order), the rest read from the
    // page's folder, each once.
    var gathered = RecentReports.Gathered(roster: roster, rosters: rosters)
    try LintRunner.run(inputs) { input throws(MinutesError) in
      try check(read(input), path: input.displayPath)
    } between: { batch, next in
      var pages: [RecentReports.TopicPlace] = []
      // By index: a result copied is a whole lint context.
      for index in batch.indices {
        guard let meeting = batch[index].checked.meeting else { continue }
        gathered.record(meeting, of: batch[index].checked.place)
        pages.append(batch[index].checked.place)
      }
      // The meetings after the batch's last pages, checked already: not
      // read again from their folder.
      next.forEach { checked in
        guard let meeting = checked.meeting else { return }
        gathered.record(meeting, of: checked.place)
      }
      gathered.fill(for: pages)
      gathered.forget(before: pages)
      return gathered
    } finish: { checked, gathered in
      let findings: [Finding]
      switch checked.step {
      case .findings(let found): findings = found
      case .page(let context):
        findings = linter.lint(context.with(recentReports: gathered.reports(for: checked.place)))
      }
      let text =
        streams && !findings.isEmpty
        ? Array(reporter.render(LintReport(findings: findings, fileCount: 1)).utf8) : []
      return PreparedFile(
        findings: streams ? [] : findings, text: text,
        errors: findings.count { $0.severity == .error }, total: findings.count)
    } emit: { prepared in
      errors += prepared.errors
      warnings += prepared.total - prepared.errors
      if !prepared.text.isEmpty { write(prepared.text) }
      kept += prepared.findings
    }
    if !streams {
      write(Array(reporter.render(LintReport(findings: kept, fileCount: inputs.count)).utf8))
    }
    return (errors, warnings)
  }

  /// One topic checked on a worker: its findings (`--group`), or the lint
  /// context of a page, to be finished once the meetings before it are
  /// known; where it stands; and, for a dated page, its meeting.
  ///
  /// A class: the run hands a result from slot to step and looks at the
  /// meetings of two batches, and a copy of a lint context is some fifty
  /// references, a copy of this one.
  final class Checked: Sendable {
    enum Step: Sendable {
      case findings([Finding])
      case page(LintContext)
    }

    let step: Step
    let place: RecentReports.TopicPlace
    let meeting: RecentReports.Meeting?

    init(_ step: Step, place: RecentReports.TopicPlace, meeting: RecentReports.Meeting? = nil) {
      self.step = step
      self.place = place
      self.meeting = meeting
    }
  }

  /// The first step of checking one topic's bytes.
  func check(_ bytes: [UInt8], path: String) throws(MinutesError) -> Checked {
    if let group {
      return Checked(
        .findings(try lintSection(of: group, bytes: bytes, path: path)),
        place: RecentReports.TopicPlace(path: path, date: nil))
    }
    let context = Linter.context(
      bytes: bytes, path: path, rosters: rosters, isFinal: isFinal, today: today)
    let place = RecentReports.TopicPlace(path: path, date: context.nameDate)
    return Checked(
      .page(context), place: place,
      meeting: place.date != nil ? RecentReports.meeting(in: context, roster: roster) : nil)
  }

  /// `--group`'s findings: one group's section of a page, or an owner's
  /// section file without its heading, as `submit` takes it.
  private func lintSection(of group: String, bytes: [UInt8], path: String) throws(MinutesError)
    -> [Finding]
  {
    if let file = try? Topic(bytes: bytes, path: path) {
      if let findings = try Submission.lintBareSection(
        file, group: group, roster: roster, today: today)
      {
        return findings
      }
      return linter.lint(
        LintContext(topic: file, rosters: rosters, group: group, isFinal: isFinal, today: today))
    }
    return linter.lint(
      bytes: bytes, path: path, rosters: rosters, group: group, isFinal: isFinal, today: today)
  }

  /// One topic's part of a report, made ready on a worker.
  private struct PreparedFile: Sendable {
    /// Kept for the formats written at the end (JSON, SARIF).
    var findings: [Finding]
    /// The streamed formats' lines.
    var text: [UInt8]
    var errors: Int
    var total: Int
  }
}
