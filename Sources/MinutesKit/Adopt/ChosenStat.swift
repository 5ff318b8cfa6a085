/// A stat the inference keeps: one shape, and the evidence of every figure
/// line that reads as it (wordings that differ only around the shape).
struct ChosenStat: Sendable {
  var name: String
  var shape: String
  /// Older wordings lint must still read, after `shape` (the latest).
  var alternatives: [String] = []
  var evidence: [StatEvidence]
  /// The keys of the figure lines it stands for.
  var keys: Set<String>

  /// Whether lint reads `line` as this stat: its shape (or an older one)
  /// stands on it as written or in new words (``RewordedStat``).
  func reads(_ line: FigureLine) -> Bool {
    let text = line.text
    return ([shape] + alternatives).contains { shape in
      guard let parsed = try? StatShape(parsing: shape), parsed.problem == nil else { return false }
      return StatMatcher(parsed).firstMatch(in: text).map { $0.isComplete } ?? false
    }
  }

  /// Whether `line` reads as this stat: one of its lines, or a line with
  /// the same core (a template line worded as none of the counted ones).
  func covers(_ line: FigureLine) -> Bool {
    keys.contains(line.key) || evidence.contains { $0.line.coreKey == line.coreKey }
  }

  var count: Int { evidence.map(\.count).reduce(0, +) }
  var first: MeetingDate { evidence.map(\.first).min()! }
  var last: MeetingDate { evidence.map(\.last).max()! }
  /// Reports the group gave while some wording of the stat was written.
  var reports: Int {
    (evidence.map(\.reportsThrough).max() ?? 0) - (evidence.map(\.reportsBefore).min() ?? 0)
  }
  var reportsBefore: Int { evidence.map(\.reportsBefore).min() ?? 0 }
  var reportsThrough: Int { evidence.map(\.reportsThrough).max() ?? 0 }
  /// Of the group's latest reports (`reports`, their days) made while the
  /// stat was written, how many hold it: `(held, of)`.
  func recentPresence(in reports: [MeetingDate]) -> (held: Int, of: Int) {
    let window = reports.filter { $0 >= first }
    let seen = Set(evidence.flatMap(\.recentDates))
    return (window.filter(seen.contains).count, window.count)
  }

  /// Whether the group's latest reports show it too seldom for lint to ask
  /// for it every week: written in fewer than three in four of at least
  /// four latest reports. A figure that comes and goes is not required.
  func isUnsteady(in reports: [MeetingDate]) -> Bool {
    guard let latest = reports.last, last >= latest else { return false }
    let (held, of) = recentPresence(in: reports)
    return of >= 4 && held * 4 < of * 3
  }

  /// The checks of its most frequent wording.
  var checks: [StatEvidence.EquationTally] {
    evidence.max { $0.count < $1.count }?.checks ?? []
  }
}
