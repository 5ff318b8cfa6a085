import Foundation

/// The topic carry-forward takes items from, read from disk, with its
/// meeting date (for origin notes).
public struct PreviousTopic: Sendable {
  public var topic: Topic
  public var date: MeetingDate
  public var path: String
}

/// What carrying did to a `new` plan: the items found and the report.
public struct CarryOutcome: Sendable {
  public var previous: PreviousTopic
  /// Everything open in the previous topic (what `minutes items` lists).
  public var items: [CarriedItem]
  public var report: CarryReport
}

extension CarryForward {
  /// The previous topic for `new`: `explicit` (`--previous FILE`) when
  /// given, else the latest topic of the archive before the new date; nil
  /// when the archive has none.
  public static func loadPrevious(
    explicit: String?, plan: NewTopicPlan, roster: Roster
  ) throws(MinutesError) -> PreviousTopic? {
    let path: String
    let date: MeetingDate
    if let explicit {
      guard FileManager.default.fileExists(atPath: explicit) else {
        throw MinutesError("\(explicit): no such file (the topic given with --previous)")
      }
      guard let named = LintContext.meetingDate(ofTopicAt: explicit, roster: roster) else {
        throw MinutesError(
          "\(explicit): no meeting date in the file name (expected a name like "
            + "\(roster.meeting.topicPattern.name(for: plan.date)).txt)")
      }
      path = explicit
      date = named
    } else if let entry = plan.previous {
      path = entry.path
      date = entry.date
    } else {
      return nil
    }
    return PreviousTopic(topic: try Topic.read(path), date: date, path: path)
  }

  /// The plan with the previous topic's open items carried into its topic.
  /// Without a previous topic the plan stays as generated (LF line endings).
  public static func apply(to plan: NewTopicPlan, previous: PreviousTopic?, roster: Roster)
    -> (NewTopicPlan, CarryOutcome?)
  {
    guard let previous else { return (plan, nil) }
    let items = OpenItems.find(in: previous.topic, date: previous.date, roster: roster)
    var (topic, report) = apply(
      items, from: previous.topic, to: Topic(text: plan.topic.text, path: plan.path),
      roster: roster, date: plan.date)
    if let warning = missingWeekWarning(previous: previous, date: plan.date, items: items) {
      report.warnings.append(warning)
    }
    var carried = plan
    carried.topic.text = topic.text
    return (carried, CarryOutcome(previous: previous, items: items, report: report))
  }

  /// Meetings are weekly: a previous topic more than a week before the new
  /// meeting means last week's topic is missing, and what is carried (and
  /// rolled over) is older than the coordinator would think.
  static func missingWeekWarning(previous: PreviousTopic, date: MeetingDate, items: [CarriedItem])
    -> String?
  {
    let days = previous.date.days(until: date)
    guard days > 7 else { return nil }
    let lastWeek = date.adding(days: -7)
    let name = URL(fileURLWithPath: previous.path).lastPathComponent
    var message =
      "no topic for \(lastWeek.twikiDate) in the archive: carried from \(name) of "
      + "\(previous.date.twikiDate), \(days) days before this meeting"
    if items.contains(where: { $0.kind == .rollover }) {
      message += "; its figures were rolled over as last week's"
    }
    return message
  }
}

extension NewTopicPlan {
  /// What `new` warns about, in order: the notes on the topic's name, a day
  /// that is not the roster's meeting weekday, carry-forward's warnings, and
  /// a previous topic that is not before this meeting.
  public func warnings(carrying outcome: CarryOutcome?, roster: Roster) -> [String] {
    var warnings = nameNotes
    if date.weekday != roster.meeting.weekday {
      warnings.append(
        "\(date.iso) is a \(date.weekday.name); the roster's meeting day is "
          + roster.meeting.weekday.name)
    }
    warnings += outcome?.report.warnings ?? []
    if let outcome, outcome.previous.date >= date {
      warnings.append(
        "the previous topic \(outcome.previous.path) is not before \(date.twikiDate)")
    }
    return warnings
  }
}
