/// A topic snippet that shows what a rule finds.
///
/// Markers in the text — `1️⃣`, `2️⃣`, … as swift-format's tests write them —
/// stand where a finding is expected, at the byte column of the character
/// that follows the marker; they are stripped before the topic is checked. An
/// example without markers must not trigger the rule.
public struct RuleExample: Sendable {
  /// The snippet with its markers.
  public var markedText: String
  public var roster: Roster
  /// `--group NAME`, when the example is about that mode.
  public var group: String?
  public var isFinal: Bool
  /// The topic's file name (the meeting date is read from it).
  public var path: String
  /// The page of the previous meeting, a week before, when the example is
  /// about what the page did then (``RecentReports``).
  public var previous: String?
  /// The snippet as the rule sees it.
  public let text: String
  /// Where findings are expected, in marker order: 1-based line and byte column.
  public let expectedPositions: [(line: Int, column: Int)]

  public init(
    _ markedText: String, roster: Roster = .example, group: String? = nil, isFinal: Bool = false,
    path: String = "Mar22,2011ProductionMeeting.txt", previous: String? = nil
  ) {
    self.markedText = markedText
    self.roster = roster
    self.group = group
    self.isFinal = isFinal
    self.path = path
    self.previous = previous
    (text, expectedPositions) = RuleExample.stripMarkers(markedText)
  }

  public var triggers: Bool { !expectedPositions.isEmpty }

  /// The topic and context the example describes, dated the day of the
  /// meeting, with the previous page recorded as the meeting a week before.
  public var context: LintContext {
    let today = MeetingDate(year: 2011, month: 3, day: 22)!
    let topic = Topic(text: text, path: path)
    var recent = RecentReports()
    if let previous, let date = LintContext.meetingDate(ofTopicAt: path, roster: roster) {
      let before = date.adding(days: -7)
      let name = roster.meeting.topicPattern.name(for: before)
      let entry = Archive.Entry(name: name, date: before, path: "\(name).txt")
      recent.record(
        RecentReports.meeting(
          of: ArchiveTopic(entry: entry, topic: Topic(text: previous, path: entry.path)),
          roster: roster),
        on: before)
    }
    return LintContext(
      topic: topic, rosters: DatedRosters(roster), group: group, isFinal: isFinal, today: today,
      recentReports: recent)
  }

  /// Removes keycap markers (`1️⃣`: a digit, U+FE0F, U+20E3) and records
  /// where each stood.
  static func stripMarkers(_ marked: String) -> (String, [(line: Int, column: Int)]) {
    var text = ""
    var positions: [(line: Int, column: Int)] = []
    var line = 1
    var column = 1
    for character in marked {
      let scalars = character.unicodeScalars
      if scalars.count >= 2, scalars.last == "\u{20E3}" {
        positions.append((line, column))
        continue
      }
      text.append(character)
      if character == "\n" || character == "\r\n" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
    }
    return (text, positions)
  }
}
