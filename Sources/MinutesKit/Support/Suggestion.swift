/// "Did you mean" for misspelt names: the closest of a set of valid names.
public enum Suggestion {
  /// The valid name closest to `word`, if it is close enough to be what the
  /// person meant: the same letters ignoring case, `-` and `_`, or within an
  /// edit distance of about a third of the word (at least 1, at most 3), or
  /// contained in it or containing it. A word over ``maxLength`` characters
  /// only gets an exact match: the work grows with its length.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let normalized = normalize(word)
    if let exact = candidates.first(where: { normalize($0) == normalized }) { return exact }
    // Nobody misspells a name this long; guessing would only cost time.
    guard normalized.count <= maxLength else { return nil }
    // A clipped word ('warn' for 'warning') is as good a guess as a typo.
    if normalized.count >= 3,
      let prefixed = candidates.first(where: { normalize($0).hasPrefix(normalized) })
    {
      return prefixed
    }
    let limit = min(3, max(1, word.count / 3))
    let lowered = Array(word.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      // The distance is at least the difference in length.
      guard abs(other.count - lowered.count) <= limit else { continue }
      let distance = editDistance(lowered, other)
      if distance <= limit && distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if let best { return best.name }
    // A name written shorter or longer than the real one ('Grid Operations'
    // for 'Grid Operations Center').
    guard normalized.count >= 3 else { return nil }
    return candidates.first {
      let other = normalize($0)
      return other.count >= 3 && (other.contains(normalized) || normalized.contains(other))
    }
  }

  /// Names longer than this (in characters) get no edit-distance guess.
  static let maxLength = 200

  /// Edit distance over characters where inserting, deleting or replacing a
  /// character, or swapping two neighbours ('tilte'), each cost one.
  static func editDistance(_ a: String, _ b: String) -> Int {
    editDistance(Array(a), Array(b))
  }

  /// The same over arrays, keeping only the three rows a swap looks back on.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  private static func normalize(_ word: String) -> String {
    String(word.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
  }
}
