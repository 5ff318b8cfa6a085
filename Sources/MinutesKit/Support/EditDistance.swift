/// Finds the name a person most likely meant, for "did you mean" hints.
public enum EditDistance {
  /// Levenshtein distance between two strings, compared without case.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate closest to `name`, when it is close enough to be a likely
  /// typo or variant: within a third of the longer name's length (at least 2),
  /// or when one contains the other.
  public static func closest(to name: String, in candidates: [String]) -> String? {
    let lowered = name.lowercased()
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = between(name, candidate)
      if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let limit = max(2, max(name.count, best.candidate.count) / 3)
    if best.distance <= limit { return best.candidate }
    let contained = candidates.first {
      let other = $0.lowercased()
      return !other.isEmpty && !lowered.isEmpty
        && (lowered.contains(other) || other.contains(lowered))
    }
    return contained
  }
}
