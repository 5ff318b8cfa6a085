/// One group of the inferred roster: the evidence of all its heading names,
/// with the names it was renamed from and the names it is also written under.
struct InferredGroup: Sendable {
  var evidence: GroupEvidence
  var formers: [(name: String, until: MeetingDate)] = []
  var aliases: [(name: String, count: Int)] = []

  /// Groups from the heading names seen: a name whose sections end the week
  /// before another's begin, with an owner in common, is that group's former
  /// name; a rarer name never on a page together with a group that shares
  /// an owner is one of its aliases; any other name seen once is left out.
  static func merge(_ scan: ArchiveScan) -> (groups: [InferredGroup], dropped: [GroupEvidence]) {
    var groups = scan.groups.mapValues { InferredGroup(evidence: $0) }
    func apart(_ a: String, _ b: String) -> Bool {
      scan.together[ArchiveScan.Pair(a: min(a, b), b: max(a, b))] == nil
    }
    // Renames, earliest first so that chains follow.
    for key in groups.keys.sorted(by: { groups[$0]!.evidence.first < groups[$1]!.evidence.first }) {
      guard let old = groups[key] else { continue }
      let next = groups.first { otherKey, other in
        otherKey != key && other.evidence.firstIndex == old.evidence.lastIndex + 1
          && !other.evidence.firstOwners.isDisjoint(with: old.evidence.lastOwners)
          && apart(key, otherKey)
      }
      guard let (newKey, found) = next else { continue }
      var renamed = found
      renamed.formers = old.formers + [(old.evidence.name, old.evidence.last)]
      renamed.aliases += old.aliases
      renamed.evidence.absorb(old.evidence)
      groups[newKey] = renamed
      groups[key] = nil
    }
    // Aliases, rarest first.
    var dropped: [GroupEvidence] = []
    for key in groups.keys.sorted(by: {
      (groups[$0]!.evidence.count, $0) < (groups[$1]!.evidence.count, $1)
    }) {
      guard let rare = groups[key] else { continue }
      let hosts = groups.filter { otherKey, other in
        otherKey != key && other.evidence.count > rare.evidence.count && apart(key, otherKey)
          && !Set(other.evidence.owners.keys).isDisjoint(with: rare.evidence.owners.keys)
      }
      if let (hostKey, found) = hosts.max(by: {
        ($0.value.evidence.count, $1.key) < ($1.value.evidence.count, $0.key)
      }) {
        var host = found
        host.aliases.append((rare.evidence.name, rare.evidence.count))
        host.aliases += rare.aliases
        host.evidence.absorb(rare.evidence)
        groups[hostKey] = host
        groups[key] = nil
      } else if rare.evidence.count < 2 {
        dropped.append(rare.evidence)
        groups[key] = nil
      }
    }
    let ordered = groups.values.sorted {
      let left = Double($0.evidence.positionSum) / Double($0.evidence.count)
      let right = Double($1.evidence.positionSum) / Double($1.evidence.count)
      return (left, $0.evidence.first, $0.evidence.name) < (
        right, $1.evidence.first, $1.evidence.name
      )
    }
    return (ordered, dropped.sorted { $0.first < $1.first })
  }
}
