/// Everything `minutes init --from-archive` learns from an archive, gathered
/// one topic at a time (oldest first) so that no topic is kept once read.
public struct ArchiveScan: Sendable {
  public private(set) var topics = 0
  var first: MeetingDate?
  var last: MeetingDate?
  var weekdays: [Weekday: Int] = [:]
  var parents: [String: Int] = [:]
  var infoAuthors: [String: Int] = [:]
  var signatures: [String: Int] = [:]
  /// Topics whose signature line comes before their first heading.
  var signatureOnTop = 0
  /// `<site>/<web>/<parent>` links: web and site, counted.
  var webs: [String: Int] = [:]
  var sites: [String: Int] = [:]
  var groups: [String: GroupEvidence] = [:]
  /// Topics in which both heading names appear (keys in order).
  var together: [Pair: Int] = [:]
  var fixed: [String: FixedSectionEvidence] = [:]
  /// Attendee names of the latest topics, newest last.
  var recentAttendees: [[String]] = []

  struct Pair: Hashable, Sendable {
    var a: String
    var b: String
  }

  public init() {}

  /// Folds one topic of the meeting of `date` into what is known.
  public mutating func add(_ topic: Topic, date: MeetingDate) {
    let index = topics
    topics += 1
    if first == nil { first = date }
    last = date
    weekdays[date.weekday, default: 0] += 1
    var firstHeading: Int?
    for line in topic.lines {
      switch line.kind {
      case .meta(let meta) where meta.name == "TOPICPARENT":
        if let name = meta["name"] { parents[name, default: 0] += 1 }
      case .meta(let meta) where meta.name == "TOPICINFO":
        if let author = meta["author"] { infoAuthors[author, default: 0] += 1 }
      case .heading:
        if firstHeading == nil { firstHeading = line.number }
      default:
        if let signer = ArchiveScan.signer(line.text) {
          signatures[signer, default: 0] += 1
          if firstHeading == nil { signatureOnTop += 1 }
        }
      }
      if line.text.contains("/bin/view/") { noteLink(line.text) }
    }
    var names: [String] = []
    var position = 0
    var groupsSeen = false
    for (place, section) in topic.allSections.filter({ $0.heading.level == 2 }).enumerated() {
      let title = SectionTitle(section.heading.title)
      if let owners = title.owners, !owners.isEmpty {
        let key = GroupEvidence.key(title.name)
        guard !names.contains(key) else { continue }
        names.append(key)
        var evidence =
          groups[key] ?? GroupEvidence(name: title.name, date: date, index: index)
        evidence.add(section: section, of: topic, date: date, index: index, position: position)
        groups[key] = evidence
        position += 1
        groupsSeen = true
      } else {
        let key = GroupEvidence.key(title.name)
        var evidence = fixed[key] ?? FixedSectionEvidence(title: section.heading.title)
        evidence.add(section: section, of: topic, afterGroups: groupsSeen, place: place)
        fixed[key] = evidence
        if key.contains("attendee") { noteAttendees(topic.lines[section.bodyRange]) }
      }
    }
    let sorted = names.sorted()
    for (offset, a) in sorted.enumerated() {
      for b in sorted[(offset + 1)...] { together[Pair(a: a, b: b), default: 0] += 1 }
    }
  }

  /// `-- Main.DanFraser - 19 Dec 2011` gives `DanFraser`.
  static func signer(_ line: String) -> String? {
    let trimmed = line.trimmedSpaces()
    guard trimmed.hasPrefix("-- "), let range = trimmed.range(of: "Main.") else { return nil }
    let name = trimmed[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
    return name.isEmpty ? nil : String(name)
  }

  private mutating func noteLink(_ text: String) {
    guard let range = text.range(of: "/bin/view/") else { return }
    let before = text[..<range.lowerBound]
    let start = before.lastIndex { $0 == " " || $0 == "[" || $0 == "\"" || $0 == "(" }
    let site = String(before[(start.map { before.index(after: $0) } ?? before.startIndex)...])
    let path = text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "/" }
    let parts = path.split(separator: "/")
    guard parts.count >= 2, site.hasPrefix("http") else { return }
    webs["\(parts[0])/\(parts[1])", default: 0] += 1
    sites[site + "/bin/view", default: 0] += 1
  }

  private mutating func noteAttendees(_ body: ArraySlice<Line>) {
    var names: [String] = []
    for line in body {
      guard case .bullet(let item) = line.kind else { continue }
      var text = Substring(item.text)
      if text.hasPrefix("("), let close = text.firstIndex(of: ")") {
        text = text[text.index(after: close)...]
      }
      for part in text.split(separator: ",") {
        let name = part.trimmedSpaces()
        if !name.isEmpty && name.count <= 30 { names.append(name) }
      }
    }
    recentAttendees.append(names)
    if recentAttendees.count > GroupEvidence.recentLimit { recentAttendees.removeFirst() }
  }
}
