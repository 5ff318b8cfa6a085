/// Whether the name `new` gives a topic is the one the archive would give
/// it: the names already in the archive and the links of the parent topic
/// (`WeeklyProductionMeetings`, the index people click through) show how the
/// meeting spells its topics. A TWiki link to `July5,2011ProductionMeeting`
/// does not reach `Jul5,2011ProductionMeeting`, so a difference is worth a
/// warning; the roster's `months:` and `topic:` decide the name.
public enum TopicNameCheck {
  /// One sentence per disagreement, nothing when all agree.
  ///
  /// - Parameters:
  ///   - name: the new topic's name, for the meeting on `date`.
  ///   - parent: the parent topic's name and text, when the archive holds it.
  public static func notes(
    name: String, date: MeetingDate, pattern: TopicPattern, archive: Archive,
    parent: (name: String, text: String)?
  ) -> [String] {
    var notes: [String] = []
    // The latest topic of the same month: the archive's current spelling of it.
    if let sample = archive.entries.last(where: { $0.date.month == date.month && $0.date != date }),
      pattern.name(for: sample.date) != sample.name
    {
      notes.append(
        "the archive names the meeting of \(sample.date.twikiDate) '\(sample.name)', where the "
          + "roster's topic pattern gives '\(pattern.name(for: sample.date))'; the new topic is "
          + "'\(name)' (see 'months:' in docs/roster.md)")
    }
    guard let parent else { return notes }
    let links = linkedTopics(in: parent.text).compactMap { topic in
      pattern.date(in: topic).map { (topic: topic, date: $0) }
    }
    if let same = links.first(where: { $0.date == date }) {
      if same.topic != name {
        notes.append(
          "the parent topic \(parent.name) links the meeting of \(date.twikiDate) as "
            + "'\(same.topic)', but the new topic is '\(name)'")
      }
    } else if let sample = links.filter({ $0.date.month == date.month }).max(by: {
      $0.date < $1.date
    }), pattern.name(for: sample.date) != sample.topic {
      notes.append(
        "the parent topic \(parent.name) links the meeting of \(sample.date.twikiDate) as "
          + "'\(sample.topic)', where the roster's topic pattern gives "
          + "'\(pattern.name(for: sample.date))'; the new topic is '\(name)'")
    }
    return notes
  }

  /// The topic names a TWiki text links to with `[[...]]`: a free link
  /// (`[[July 5, 2011 Production Meeting]]`) names the topic its words make
  /// run together, each capitalised (`July5,2011ProductionMeeting`); a URL
  /// link names its last path part (`%2c` decoded).
  public static func linkedTopics(in text: String) -> [String] {
    var topics: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "[[") {
      rest = rest[open.upperBound...]
      guard let close = rest.firstIndex(where: { $0 == "]" || $0 == "\n" }) else { break }
      let target = rest[..<close]
      rest = rest[close...]
      if target.contains("/") {
        let last = target.split(separator: "/").last.map(String.init) ?? ""
        let decoded = last.replacingOccurrences(of: "%2c", with: ",")
          .replacingOccurrences(of: "%2C", with: ",")
        if !decoded.isEmpty { topics.append(decoded) }
      } else {
        let words = target.split(whereSeparator: \.isWhitespace)
        let topic = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if !topic.isEmpty { topics.append(topic) }
      }
    }
    return topics
  }
}
