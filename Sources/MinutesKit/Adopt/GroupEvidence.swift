/// What the archive shows of one section heading name that names owners
/// (`---++ Atlas (Armen & Xin)`): when it appeared, who was named, what its
/// sections held.
struct GroupEvidence: Sendable {
  /// The name as its latest heading spells it.
  var name: String
  var count = 0
  /// Sightings with something written in the section.
  var reports = 0
  var first: MeetingDate
  var last: MeetingDate
  var firstIndex: Int
  var lastIndex: Int
  /// Owners named in the first and the latest heading (normalised keys).
  var firstOwners: Set<String> = []
  var lastOwners: Set<String> = []
  /// Sum of the section's place among the page's group sections.
  var positionSum = 0
  var owners: [String: PersonEvidence] = [:]
  /// Names written `X for Y` in a heading: X stood in.
  var standIns: [String: PersonEvidence] = [:]
  /// Weeks between consecutive reports, counted.
  var gaps: [Int: Int] = [:]
  var lastReport: MeetingDate?
  var stats: [String: StatEvidence] = [:]
  /// The latest sections with something written, newest last (at most `recentLimit`).
  var recent: [[String]] = []
  /// The days of the latest reports, oldest first (at most `recentLimit`).
  var recentDates: [MeetingDate] = []
  /// Labelled figure bullets of the previous report, and label pairs whose
  /// value moved from one label to the other the next week.
  var previousLabels: [String: String] = [:]
  var labelMoves: [LabelMove: Int] = [:]
  var labelSeen: [String: Int] = [:]

  static let recentLimit = 8
  static let statLimit = 4000

  struct LabelMove: Hashable, Sendable {
    var from: String
    var to: String
  }

  struct PersonEvidence: Sendable {
    var name: String
    var count = 0
    var first: MeetingDate
    var last: MeetingDate
  }

  init(name: String, date: MeetingDate, index: Int) {
    self.name = name
    first = date
    last = date
    firstIndex = index
    lastIndex = index
  }

  /// Records one section of a topic of `date` (the `index`th topic read).
  mutating func add(
    section: Section, of topic: Topic, date: MeetingDate, index: Int, position: Int
  ) {
    let title = SectionTitle(section.heading.title)
    name = title.name
    count += 1
    positionSum += position
    if count == 1 { first = date; firstIndex = index }
    last = date
    lastIndex = index
    var named: Set<String> = []
    // `Burt / Tony` names two people, as `Armen & Xin` does.
    let written = (title.owners ?? []).flatMap { $0.components(separatedBy: " / ") }
    for written in written {
      let (owner, standIn) = GroupEvidence.split(written)
      if let standIn { GroupEvidence.note(standIn, date: date, in: &standIns) }
      named.insert(GroupEvidence.note(owner, date: date, in: &owners))
    }
    if count == 1 { firstOwners = named }
    lastOwners = named
    let body = topic.lines[section.bodyRange]
    let lines = body.map(\.text)
    guard lines.contains(where: GroupEvidence.hasContent) else { return }
    reports += 1
    if let lastReport {
      let weeks = Int((Double(lastReport.days(until: date)) / 7).rounded())
      gaps[weeks, default: 0] += 1
    }
    lastReport = date
    recent.append(lines)
    if recent.count > GroupEvidence.recentLimit { recent.removeFirst() }
    recentDates.append(date)
    if recentDates.count > GroupEvidence.recentLimit { recentDates.removeFirst() }
    noteFigures(body, date: date)
  }

  /// A line that says something: not blank, not an empty bullet.
  static func hasContent(_ line: String) -> Bool {
    let trimmed = line.trimmedSpaces()
    return !trimmed.isEmpty && trimmed != "*" && trimmed != "&nbsp;"
  }

  /// `Scott T. for Rob Q.` is Rob Q.'s section, with Scott T. standing in.
  static func split(_ written: String) -> (owner: String, standIn: String?) {
    guard let range = written.range(of: " for ") else { return (written, nil) }
    let standIn = written[..<range.lowerBound].trimmedSpaces()
    let owner = written[range.upperBound...].trimmedSpaces()
    return owner.isEmpty || standIn.isEmpty ? (written, nil) : (owner, standIn)
  }

  /// A name's key: case, dots and spacing do not tell people apart.
  static func key(_ name: String) -> String {
    name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
      .split(separator: " ").joined(separator: " ")
  }

  @discardableResult
  static func note(_ name: String, date: MeetingDate, in people: inout [String: PersonEvidence])
    -> String
  {
    let key = self.key(name)
    var person = people[key] ?? PersonEvidence(name: name, first: date, last: date)
    person.count += 1
    person.name = name
    person.last = date
    people[key] = person
    return key
  }

  private mutating func noteFigures(_ body: ArraySlice<Line>, date: MeetingDate) {
    var seen: Set<String> = []
    var labels: [String: String] = [:]
    var currentLabel: (label: String, level: Int)?
    for line in body {
      let text: String
      switch line.kind {
      case .bullet(let item), .numbered(let item):
        text = item.text
        if let label = currentLabel, item.level > label.level {
          labels[label.label, default: ""] += "\n" + text.trimmedSpaces()
        } else if let colon = text.firstIndex(of: ":"),
          text.distance(from: text.startIndex, to: colon) <= 60
        {
          let label = text[..<colon].trimmedSpaces()
          currentLabel = (label, item.level)
          labels[label] = text[text.index(after: colon)...].trimmedSpaces()
        } else {
          currentLabel = nil
        }
      case .text: text = line.text
      default: continue
      }
      let figures = FigureLine(text.trimmedSpaces())
      guard !figures.figures.isEmpty, figures.pieces.joined().contains(where: \.isLetter) else {
        continue
      }
      let skeleton = figures.key
      guard seen.insert(skeleton).inserted else { continue }
      if stats[skeleton] == nil {
        if stats.count >= GroupEvidence.statLimit { stats = stats.filter { $0.value.count > 1 } }
        stats[skeleton] = StatEvidence(line: figures, date: date, reports: reports)
      }
      stats[skeleton]?.add(figures, date: date, reports: reports)
    }
    let withFigures = labels.filter { !FigureLine($0.value).figures.isEmpty }
    for (label, value) in withFigures {
      labelSeen[label, default: 0] += 1
      for (previous, old) in previousLabels where previous != label && old == value {
        labelMoves[LabelMove(from: previous, to: label), default: 0] += 1
      }
    }
    previousLabels = withFigures
  }
}
