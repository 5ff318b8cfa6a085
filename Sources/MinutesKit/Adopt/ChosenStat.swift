/// A stat the inference keeps: one shape, and the evidence of every figure
/// line that reads as it (wordings that differ only around the shape).
struct ChosenStat: Sendable {
  var name: String
  var shape: String
  var evidence: [StatEvidence]
  /// The keys of the figure lines it stands for.
  var keys: Set<String>

  var count: Int { evidence.map(\.count).reduce(0, +) }
  var first: MeetingDate { evidence.map(\.first).min()! }
  var last: MeetingDate { evidence.map(\.last).max()! }
  /// Reports the group gave while some wording of the stat was written.
  var reports: Int {
    (evidence.map(\.reportsThrough).max() ?? 0) - (evidence.map(\.reportsBefore).min() ?? 0)
  }
  var reportsBefore: Int { evidence.map(\.reportsBefore).min() ?? 0 }
  var reportsThrough: Int { evidence.map(\.reportsThrough).max() ?? 0 }
  /// The checks of its most frequent wording.
  var checks: [StatEvidence.EquationTally] {
    evidence.max { $0.count < $1.count }?.checks ?? []
  }
}
