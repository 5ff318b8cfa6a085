/// Words with which a page says why its figures are not there: "No metrics
/// report this week", "Gratia report: didn't receive the report", "OSG
/// gratia doesn't have BNL T1 data transfer rate", "Data transfer rate
/// wasn't reported", "Is still not getting weekly Gratia reports", "trouble
/// accessing the TWiki", "not available", "n/a", "(shift captain is on
/// vacation)". A group section that says so is not asked for its missing or
/// blank figures (`missing-stat`, `blank-stat`): the page has answered.
///
/// Learnt from the wording of the 2010 OSG pages and checked on the 2011
/// ones; a progress note ("no success to report", "no updates") is no such
/// word.
enum FigureAbsence {
  /// Nouns that name a week's figures, after `no`.
  static let reportNouns: Set<String> = [
    "report", "reports", "figures", "numbers", "statistics", "stats", "metrics", "summary",
  ]
  /// What a negated verb may say did not come: a report or its data.
  static let figureNouns = reportNouns.union(["data", "rate", "figure"])
  /// Words that deny what follows.
  static let negations: Set<String> = [
    "not", "never", "didn't", "wasn't", "weren't", "isn't", "hasn't", "haven't", "doesn't",
    "don't", "couldn't", "can't", "cannot",
  ]
  /// After a negation, words that say the figures did not come.
  static let arrivalVerbs: Set<String> = [
    "receive", "received", "get", "getting", "got", "have", "has", "find", "found",
  ]
  /// After a negation, words that say so by themselves.
  static let absenceWords: Set<String> = ["reported", "available", "ready", "published"]
  /// Words that say so alone.
  static let aloneWords: Set<String> = ["unavailable", "vacation"]
  /// Words before `access` that say the writer could not reach the figures.
  static let accessTrouble: Set<String> = ["trouble", "unable", "cannot", "couldn't", "can't"]

  /// Strings one of which every explaining word holds (`n't` in `didn't`,
  /// `cannot` for itself): a line with none of them is passed over without
  /// being split into words. `no`, `not`, `none` and `never` count only at
  /// the start of a word, so that "know", "node" or "announce" are passed
  /// over too.
  static let cues = CueSet(
    anywhere: ["n't", "n’t", "n/a", "vacation", "unavailable", "trouble", "unable", "cannot"],
    atWordStart: ["no", "never"])

  /// Whether `text` holds a cue: one pass over its bytes.
  static func hasCue(_ text: String) -> Bool { cues.occurs(in: text) }

  /// Whether `text` says that figures are missing and why.
  static func isExplained(in text: String) -> Bool {
    guard hasCue(text) else { return false }
    return isExplainedInWords(text)
  }

  /// ``isExplained(in:)`` without the look for cues first.
  static func isExplainedInWords(_ text: String) -> Bool {
    let lowered = text.lowercased()
    if lowered.contains("n/a"), hasNotApplicable(lowered) { return true }
    let words = self.words(lowered)
    for (position, word) in words.enumerated() {
      if aloneWords.contains(word) { return true }
      let next = words[(position + 1)...].prefix(4)
      // "no report", "No metrics report", "no weekly summary report", but
      // not "no success to report" (a verb) nor "no updates".
      if word == "no" {
        for (offset, noun) in next.enumerated() where reportNouns.contains(noun) {
          let before = offset == 0 ? word : next[next.startIndex + offset - 1]
          if before != "to" { return true }
        }
      }
      if negations.contains(word) {
        let rest = next.drop { $0 == "been" || $0 == "yet" || $0 == "still" || $0 == "be" }
        if let verb = rest.first, absenceWords.contains(verb) { return true }
        if let verb = rest.first, arrivalVerbs.contains(verb),
          rest.dropFirst().prefix(4).contains(where: figureNouns.contains)
        {
          return true
        }
      }
      if accessTrouble.contains(word),
        next.prefix(2).contains(where: { $0 == "access" || $0 == "accessing" })
      {
        return true
      }
    }
    return false
  }

  /// Lowercase words: letters, digits and apostrophes (’ read as ').
  static func words(_ lowered: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in lowered {
      if character.isLetter || character.isNumber || character == "'" || character == "’" {
        current.append(character == "’" ? "'" : character)
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// `n/a` standing alone ("Gratia: n/a"), not inside a word or a path.
  private static func hasNotApplicable(_ lowered: String) -> Bool {
    ByteSearch.containsStandingAlone("n/a", in: lowered, apartFrom: "/")
  }
}
