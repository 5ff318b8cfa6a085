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

  /// Whether `shape` reads every wording of this stat (a shorter one that
  /// leaves out a figure some weeks give: `credits: {credits}` for
  /// `credits: {credits} (+{n})`).
  func isRead(by shape: String) -> Bool {
    guard let parsed = try? StatShape(parsing: shape), parsed.problem == nil else { return false }
    let matcher = StatMatcher(parsed)
    return evidence.allSatisfy { matcher.firstMatch(in: $0.line.text)?.isComplete == true }
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

  /// Why the archive shows it too seldom for lint to ask for it every
  /// week, nil when it does not: written in fewer than three in four of at
  /// least eight reports while it was written, or, still written, of at
  /// least four of the group's latest reports (`reports`, their days). A
  /// figure that comes and goes is not required.
  func unsteadiness(in reports: [MeetingDate]) -> String? {
    let span = "\(first.iso) .. \(last.iso)"
    let held = min(count, self.reports)
    if self.reports >= 8, held * 4 < self.reports * 3 {
      return
        "was written in only \(held) of the \(self.reports) reports while it was written (\(span))"
    }
    guard let latest = reports.last, last >= latest else { return nil }
    let (recent, of) = recentPresence(in: reports)
    guard of >= 4, recent * 4 < of * 3 else { return nil }
    return
      "was written in only \(recent) of the latest \(of) reports (\(held) of \(self.reports) in all, \(span))"
  }

  /// The checks of its most frequent wording.
  var checks: [StatEvidence.EquationTally] {
    evidence.max { $0.count < $1.count }?.checks ?? []
  }
}
