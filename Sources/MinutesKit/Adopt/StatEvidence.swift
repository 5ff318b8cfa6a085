/// What the archive shows of one recurring figure line of a group: how often
/// and when it was seen, and which equations its figures satisfied.
struct StatEvidence: Sendable {
  var line: FigureLine
  var slots: [String]
  var count = 0
  var first: MeetingDate
  var last: MeetingDate
  /// The group's reports counted before the first sighting and up to the
  /// last one: how many reports the group gave while it wrote this line.
  var reportsBefore: Int
  var reportsThrough: Int
  /// The days of the latest sightings, oldest first (at most
  /// ``GroupEvidence/recentLimit``).
  var recentDates: [MeetingDate] = []
  /// The first sighting's figures, kept until a second sighting makes
  /// the line worth testing equations on.
  var firstFigures: [StatFigure]?
  var equations: [EquationTally] = []

  struct EquationTally: Sendable {
    var equation: StatEquation
    var holds = 0
    var judged = 0
  }

  init(line: FigureLine, date: MeetingDate, reports: Int) {
    self.line = line
    slots = line.slotNames()
    first = date
    last = date
    reportsBefore = reports - 1
    reportsThrough = reports
    firstFigures = line.figures
  }

  mutating func add(_ line: FigureLine, date: MeetingDate, reports: Int) {
    count += 1
    last = max(last, date)
    if recentDates.last.map({ $0 < date }) ?? true {
      recentDates.append(date)
      if recentDates.count > GroupEvidence.recentLimit { recentDates.removeFirst() }
    }
    reportsThrough = reports
    if count == 1 { return }
    if let saved = firstFigures {
      firstFigures = nil
      equations = StatEvidence.candidates(slots: slots)
      judge(saved)
    }
    self.line = line
    judge(line.figures)
  }

  private mutating func judge(_ figures: [StatFigure]) {
    var values: [String: StatFigure] = [:]
    for (name, figure) in zip(slots, figures) { values[name] = figure }
    for index in equations.indices {
      switch equations[index].equation.evaluate(values) {
      case .holds:
        equations[index].holds += 1
        equations[index].judged += 1
      case .fails: equations[index].judged += 1
      case .unknown: break
      }
    }
  }

  /// Sums and percentages over up to six slots: `a = b + c`, `a = 100 * b / c`.
  static func candidates(slots: [String]) -> [EquationTally] {
    guard slots.count >= 3, slots.count <= 6 else { return [] }
    var result: [EquationTally] = []
    for a in slots.indices {
      for b in slots.indices where b != a {
        for c in slots.indices where c != a && c != b {
          var sources: [String] = []
          if b < c { sources.append("\(slots[a]) = \(slots[b]) + \(slots[c])") }
          sources.append("\(slots[a]) = 100 * \(slots[b]) / \(slots[c])")
          for source in sources {
            if let equation = try? StatEquation(parsing: source, slots: slots) {
              result.append(EquationTally(equation: equation))
            }
          }
        }
      }
    }
    return result
  }

  /// Equations that held in at least 90% of at least five judged weeks,
  /// one per left-hand slot.
  var checks: [EquationTally] {
    var seen: Set<String> = []
    var result: [EquationTally] = []
    for tally in equations
    where tally.judged >= 5 && Double(tally.holds) >= 0.9 * Double(tally.judged) {
      let target = tally.equation.slotNames.first ?? ""
      guard seen.insert(target).inserted else { continue }
      result.append(tally)
    }
    return result
  }
}
