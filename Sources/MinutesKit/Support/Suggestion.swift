/// "Did you mean" for misspelt names: the closest of a set of valid names.
public enum Suggestion {
  /// The valid name closest to `word`, if it is close enough to be what the
  /// person meant: the same letters ignoring case, `-` and `_`, or within an
  /// edit distance of about a third of the word (at least 1, at most 3), or
  /// contained in it or containing it. A word over ``maxLength`` characters
  /// only gets an exact match: the work grows with its length.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    var budget = Int.max
    return Candidates(candidates).closest(to: word, budget: &budget)
  }

  /// Valid names prepared once for many guesses: lint guesses a name for
  /// each unknown heading of a page against every group of the roster.
  struct Candidates {
    let names: [String]
    private let normalized: [String]
    private let lowered: [[Character]]
    /// The first name of each normalized form.
    private let exact: [String: Int]

    init(_ names: [String]) {
      self.names = names
      normalized = names.map(Suggestion.normalize)
      lowered = names.map { Array($0.lowercased()) }
      var exact: [String: Int] = [:]
      for (index, name) in normalized.enumerated() where exact[name] == nil { exact[name] = index }
      self.exact = exact
    }

    /// ``Suggestion/closest(to:in:)``, spending at most `budget` units of
    /// work (about one per character compared) on guesses; an exact match
    /// costs nothing. Once the budget is spent only exact matches are
    /// found: thousands of unknown headings against thousands of groups
    /// would otherwise take minutes for guesses nobody reads.
    func closest(to word: String, budget: inout Int) -> String? {
      let normalized = Suggestion.normalize(word)
      if let index = exact[normalized] { return names[index] }
      // Nobody misspells a name this long; guessing would only cost time.
      guard normalized.count <= maxLength, budget > 0 else { return nil }
      let count = normalized.count
      // A clipped word ('warn' for 'warning') is as good a guess as a typo.
      if count >= 3 {
        budget -= names.count * count
        if let index = self.normalized.firstIndex(where: { $0.hasPrefix(normalized) }) {
          return names[index]
        }
      }
      let limit = min(3, max(1, word.count / 3))
      let lowered = Array(word.lowercased())
      var best: (index: Int, distance: Int)?
      for index in names.indices {
        let other = self.lowered[index]
        // The distance is at least the difference in length.
        guard abs(other.count - lowered.count) <= limit else { continue }
        budget -= other.count * lowered.count + 1
        guard budget > 0 else { return nil }
        let distance = editDistance(lowered, other)
        if distance <= limit && distance < (best?.distance ?? .max) {
          best = (index, distance)
        }
      }
      if let best { return names[best.index] }
      // A name written shorter or longer than the real one ('Grid Operations'
      // for 'Grid Operations Center').
      guard count >= 3 else { return nil }
      budget -= self.normalized.reduce(0) { $0 + $1.utf8.count } + names.count
      guard budget > 0 else { return nil }
      return self.normalized.firstIndex {
        $0.count >= 3 && ($0.contains(normalized) || normalized.contains($0))
      }.map { names[$0] }
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

  static func normalize(_ word: String) -> String {
    String(word.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
  }
}
