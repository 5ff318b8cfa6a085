import Foundation

/// Last week's figures, for checks that name them (`previous.jobs`): for
/// each group and statistic, the slots of the match that holds that
/// meeting's own figures (as `stats` picks it, ``StatSeries``).
public struct PreviousFigures: Sendable, Equatable {
  /// Group id → stat name → slot name → figure.
  public var figures: [String: [String: [String: StatFigure]]] = [:]

  public init() {}

  /// The figures of the meeting whose lint context this is.
  public init(of context: LintContext) {
    for (_, group) in context.groupSections {
      for stat in group.stats {
        guard let match = StatSeries.meetingMatch(of: stat, group: group, in: context) else {
          continue
        }
        for slot in match.slots {
          if let figure = slot.figure {
            figures[group.id, default: [:]][stat.name, default: [:]][slot.name] = figure
          }
        }
      }
    }
  }

  /// The figures of `stat` of `group`, under `previous.` names.
  public func named(group: String, stat: String) -> [String: StatFigure] {
    var result: [String: StatFigure] = [:]
    for (slot, figure) in figures[group]?[stat] ?? [:] {
      result[StatEquation.previousPrefix + slot] = figure
    }
    return result
  }

  /// The figures of the topic before the one at `path`, found as `new`
  /// finds it: the latest topic of the same folder dated before it. Empty
  /// when the roster names no previous figure (nothing is read then), the
  /// topic has no date, or there is no earlier topic; a previous topic that
  /// cannot be read gives no figures, and its checks nothing to judge.
  public static func load(forTopicAt path: String, roster: Roster, today: MeetingDate)
    -> PreviousFigures
  {
    guard roster.usesPreviousFigures,
      let date = LintContext.meetingDate(ofTopicAt: path, roster: roster)
    else { return PreviousFigures() }
    guard
      let archive = try? Archive.ofTopic(atPath: path, pattern: roster.meeting.topicPattern),
      let entry = archive.latest(before: date),
      let bytes = try? FileIO.read(entry.path, limit: LintInput.sizeLimit),
      let topic = try? Topic(bytes: bytes, path: entry.path)
    else { return PreviousFigures() }
    return PreviousFigures(of: LintContext(topic: topic, roster: roster, today: today))
  }
}

extension Roster {
  /// Whether a check of some statistic names last week's figures
  /// (`previous.jobs`): only then does lint read the previous topic.
  public var usesPreviousFigures: Bool {
    groups.contains { group in
      group.stats.contains { stat in stat.equations.contains(where: \.usesPrevious) }
    }
  }
}
