/// A stat the inference keeps, with its name.
struct ChosenStat: Sendable {
  var name: String
  var evidence: StatEvidence
}
