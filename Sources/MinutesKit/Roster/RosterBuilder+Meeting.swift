import Yams

/// The roster's `meeting:` section: the title, the web, how topics are
/// named and where they are kept.
extension RosterBuilder {
  static let meetingKeys = [
    "title", "web", "parent", "author", "weekday", "topic", "archive", "templates", "attendees",
    "blank", "stale-after", "site", "months",
  ]

  func buildMeeting(_ node: Node, key: Node?) throws(MinutesError) -> Meeting {
    var fields = try entries(
      node, expected: "the meeting's settings (title, web, parent, ...)",
      allowed: RosterBuilder.meetingKeys, context: "'meeting'")
    fields.missingAt = key
    let title = try string(fields.required("title", "the meeting's title"), "the meeting's title")
    let webNode = try fields.required("web", "the TWiki web of the topics")
    let web = try oneWord(webNode, "a TWiki web name like 'Production'")
    let parentNode = try fields.required("parent", "the parent topic")
    let parent = try oneWord(parentNode, "a parent topic name like 'WeeklyProductionMeetings'")
    let author = try wikiName(fields.required("author", "the WikiName of the coordinator"))
    let weekday = try buildWeekday(fields.required("weekday", "the meeting day"))
    let topicNode = try fields.required("topic", "the topic name pattern")
    let topic = try string(topicNode, "a topic name pattern like '$mon$d,$yearProductionMeeting'")
    try checkTopicPattern(topic, at: topicNode)
    let archive = try fields.optional("archive").map { node throws(MinutesError) in
      try string(node, "a folder for the minutes")
    }
    let templates = try fields.optional("templates").map { node throws(MinutesError) in
      try string(node, "the templates folder")
    }
    let attendees = try fields.optional("attendees").map { node throws(MinutesError) in
      try stringList(node, "a list of attendees", item: "an attendee's name")
    }
    let blank = try fields.optional("blank").map { node throws(MinutesError) in
      try string(node, "how a blank statistic is shown, like '?'", trim: false)
    }
    let staleAfter = try fields.optional("stale-after").map { node throws(MinutesError) in
      try positiveInteger(node, "a positive whole number of weeks")
    }
    let site = try fields.optional("site").map { node throws(MinutesError) in
      try siteURL(node)
    }
    let months = try fields.optional("months").map { node throws(MinutesError) in
      try monthSpellings(node)
    }
    let folder = RosterBuilder.folder(of: yaml.file)
    return Meeting(
      title: title, web: web, parent: parent, author: author, weekday: weekday,
      topicPattern: topic,
      archive: RosterBuilder.resolve(archive ?? "minutes", against: folder),
      templates: RosterBuilder.resolve(templates ?? "templates", against: folder),
      attendees: attendees ?? [], blank: blank ?? "?", staleAfterWeeks: staleAfter ?? 4,
      site: site, months: months ?? MeetingDate.shortMonthNames)
  }

  /// The TWiki view URL: `http(s)://host/path`, without a trailing slash.
  func siteURL(_ node: Node) throws(MinutesError) -> String {
    var url = try string(node, "the TWiki view URL, like 'https://twiki.example.org/bin/view'")
    guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(" ") else {
      throw MinutesError(
        "expected the TWiki view URL starting with https:// (like "
          + "'https://twiki.example.org/bin/view'), found '\(url)'", at: yaml.location(node))
    }
    while url.hasSuffix("/") { url.removeLast() }
    return url
  }

  func buildWeekday(_ node: Node) throws(MinutesError) -> Weekday {
    let name = try string(node, "a weekday like 'Tuesday'")
    if let weekday = Weekday(name: name) { return weekday }
    let names = Weekday.allCases.map(\.name)
    let valid = "valid: \(names.joined(separator: ", "))"
    if let guess = Suggestion.closest(to: name, in: names) {
      throw MinutesError(
        "unknown weekday '\(name)' (did you mean '\(guess)'? \(valid))", at: yaml.location(node))
    }
    throw MinutesError("unknown weekday '\(name)' (\(valid))", at: yaml.location(node))
  }

  func checkTopicPattern(_ pattern: String, at node: Node) throws(MinutesError) {
    do {
      try TopicPattern(pattern).validate()
    } catch {
      throw MinutesError(error.message, at: yaml.location(node))
    }
  }

  /// `months: [Jan, Feb, Mar, Apr, May, June, July, Aug, Sep, Oct, Nov, Dec]`:
  /// twelve spellings, each a start of its month's name of three letters or
  /// more, so that a name written with them reads back as its day.
  func monthSpellings(_ node: Node) throws(MinutesError) -> [String] {
    guard case .sequence(let sequence) = node else {
      throw mismatch(node, "a list of the twelve months as topic names spell them")
    }
    guard sequence.count == 12 else {
      throw MinutesError(
        "expected 12 month spellings, January first, found \(sequence.count) "
          + "(like [Jan, Feb, Mar, Apr, May, June, July, Aug, Sep, Oct, Nov, Dec])",
        at: yaml.location(node))
    }
    var months: [String] = []
    for (index, item) in sequence.enumerated() {
      let text = try string(item, "a month spelling like 'Jan'")
      let month = MeetingDate.monthNames[index]
      guard text.allSatisfy({ $0.isASCII && $0.isLetter }),
        TopicPattern.month(spelled: text) == index + 1
      else {
        throw MinutesError(
          "'\(text)' does not spell \(month) (write the start of its name, 3 letters or "
            + "more, like '\(month.prefix(3))' or '\(month)')", at: yaml.location(item))
      }
      months.append(text)
    }
    return months
  }
}
