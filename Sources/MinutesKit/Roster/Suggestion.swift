/// "Did you mean" for misspelt names: the closest of a set of valid names.
enum Suggestion {
  /// The valid name closest to `word`, if it is close enough to be what the
  /// person meant: the same letters ignoring case, `-` and `_`, or within an
  /// edit distance of about a third of the word (at least 1, at most 3).
  static func closest(to word: String, in candidates: [String]) -> String? {
    let normalized = normalize(word)
    if let exact = candidates.first(where: { normalize($0) == normalized }) { return exact }
    // A clipped word ('warn' for 'warning') is as good a guess as a typo.
    if normalized.count >= 3,
      let prefixed = candidates.first(where: { normalize($0).hasPrefix(normalized) })
    {
      return prefixed
    }
    let limit = min(3, max(1, word.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word.lowercased(), candidate.lowercased())
      if distance <= limit && distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// Edit distance over characters where inserting, deleting or replacing a
  /// character, or swapping two neighbours ('tilte'), each cost one.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { rows[i][0] = i }
    for j in 0...b.count { rows[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, rows[i - 2][j - 2] + 1)
        }
        rows[i][j] = best
      }
    }
    return rows[a.count][b.count]
  }

  private static func normalize(_ word: String) -> String {
    String(word.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
  }
}
