/// Puts one group's submitted section into a topic, leaving every other byte
/// of the topic as it was.
public enum SectionReplacement {
  /// A topic with one group's section replaced, and where the submitted lines
  /// landed in it.
  public struct Result: Sendable {
    public var topic: Topic
    /// Indices into `topic.lines` of the lines taken from the submission.
    public var submittedLines: Range<Int>
    /// The submission's 1-based line number of the first of those lines.
    public var firstSubmissionLine: Int
  }

  /// The topic with `group`'s section replaced by `submission`.
  ///
  /// `submission` is read as ``SubmittedSection`` reads it: the section's own
  /// heading (naming the group) or only the body, in which case the topic's
  /// heading stays. Blank lines that end the old section stay: they separate
  /// it from the next heading. With a `roster`, a group without a section
  /// gets one, where the roster's order of groups puts it.
  public static func replace(
    group: String, in topic: Topic, with submission: String, submissionPath: String,
    roster: Roster? = nil
  ) throws(MinutesError) -> Topic {
    try replacing(
      group: group, in: topic, with: Topic(text: submission, path: submissionPath),
      roster: roster
    ).topic
  }

  /// `replace`, telling also where the submitted lines went.
  public static func replacing(
    group: String, in topic: Topic, with file: Topic, roster: Roster? = nil
  ) throws(MinutesError) -> Result {
    guard let section = topic.section(forGroup: group) else {
      guard let roster, let declared = roster.group(named: group) else {
        throw MinutesError("\(topic.path): no section for group '\(group)' to replace")
      }
      return try inserting(declared, into: topic, from: file, roster: roster)
    }
    let submitted = try SubmittedSection(file, group: group, level: section.heading.level)
    let replaced = topic.withoutTrailingBlankAndMeta(
      submitted.hasHeading ? section.lineRange : section.bodyRange)
    return Result(
      topic: topic.replacingLines(in: replaced, with: submitted.lines),
      submittedLines: replaced.lowerBound..<(replaced.lowerBound + submitted.lines.count),
      firstSubmissionLine: submitted.firstLine)
  }

  /// A new section for `group` holding the submission, put before the
  /// section of the next group of the roster that the topic has, else after
  /// the previous one's, else before the closing "full report" line.
  static func inserting(
    _ group: Group, into topic: Topic, from file: Topic, roster: Roster
  ) throws(MinutesError) -> Result {
    let present = roster.groups.map { topic.section(forGroup: $0.name) }
    let level = present.compactMap { $0?.heading.level }.first ?? 2
    let submitted = try SubmittedSection(file, group: group.name, level: level)
    let heading = submitted.hasHeading ? [] : [SubmittedSection.heading(for: group, level: level)]
    let section = heading + submitted.lines
    let position = roster.groups.firstIndex { nameKey($0.name) == nameKey(group.name) } ?? 0
    let at: Int
    let newLines: [String]
    // Blank lines put before the new section, to part it from the one above.
    var leading = 0
    if let next = present[(position + 1)...].lazy.compactMap({ $0 }).first {
      at = next.headingIndex
      newLines = section + [""]
    } else if let previous = present[..<position].last(where: { $0 != nil }) ?? nil {
      at = topic.withoutTrailingBlankAndMeta(previous.lineRange).upperBound
      newLines = [""] + section
      leading = 1
    } else if let closing = topic.allSections.first(where: {
      nameKey($0.name).hasPrefix("the full report")
    }) {
      at = closing.headingIndex
      newLines = section + [""]
    } else {
      at = topic.withoutTrailingBlankAndMeta(0..<topic.lines.count).upperBound
      leading = at > 0 ? 1 : 0
      newLines = Array(repeating: "", count: leading) + section
    }
    let first = at + leading + heading.count
    return Result(
      topic: topic.replacingLines(in: at..<at, with: newLines),
      submittedLines: first..<(first + submitted.lines.count),
      firstSubmissionLine: submitted.firstLine)
  }

}

extension Topic {
  /// `range` without the blank and META lines that end it: blank lines part
  /// a section from the next heading, and META lines at the bottom of the
  /// page belong to the topic, not to the last section.
  func withoutTrailingBlankAndMeta(_ range: Range<Int>) -> Range<Int> {
    var end = range.upperBound
    while end > range.lowerBound, lines[end - 1].kind == .blank || lines[end - 1].isMeta {
      end -= 1
    }
    return range.lowerBound..<end
  }

  /// The section of a roster group: the shallowest heading whose name is the
  /// group's, compared as ``nameKey(_:)`` does.
  public func section(forGroup name: String) -> Section? {
    let key = nameKey(name)
    return allSections.filter { nameKey($0.name) == key }.min {
      $0.heading.level < $1.heading.level
    }
  }
}

extension Line {
  var isMeta: Bool {
    if case .meta = kind { true } else { false }
  }
}
