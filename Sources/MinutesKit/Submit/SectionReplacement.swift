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
    /// The submission read as a topic of its own.
    public var submission: Topic
  }

  /// The topic with `group`'s section replaced by `submission`.
  ///
  /// `submission` may start with the section's own heading (it must name the
  /// group) or hold only the body, in which case the topic's heading stays.
  /// Blank lines that end the old section stay: they separate it from the
  /// next heading.
  public static func replace(
    group: String, in topic: Topic, with submission: String, submissionPath: String
  ) throws(MinutesError) -> Topic {
    try replacing(group: group, in: topic, with: submission, submissionPath: submissionPath).topic
  }

  /// `replace`, telling also where the submitted lines went.
  public static func replacing(
    group: String, in topic: Topic, with submission: String, submissionPath: String
  ) throws(MinutesError) -> Result {
    guard let section = topic.section(forGroup: group) else {
      throw MinutesError("\(topic.path): no section for group '\(group)' to replace")
    }
    let submitted = Topic(text: submission, path: submissionPath)
    var newLines = submitted.lines.map(\.text)
    var replaced = section.bodyRange
    var bodyStart = 0
    if let firstContent = submitted.lines.firstIndex(where: { $0.kind != .blank }),
      case .heading(let heading) = submitted.lines[firstContent].kind
    {
      let title = SectionTitle(heading.title)
      guard Group.key(title.name) == Group.key(group) else {
        throw MinutesError(
          "the submitted section is headed '\(title.name)', not '\(group)'",
          at: SourceLocation(
            file: submissionPath, line: firstContent + 1, column: heading.titleColumn))
      }
      guard heading.level == section.heading.level else {
        throw MinutesError(
          "the submitted heading has level \(heading.level), the topic's '\(group)' heading has "
            + "level \(section.heading.level)",
          at: SourceLocation(file: submissionPath, line: firstContent + 1, column: 1))
      }
      newLines.removeFirst(firstContent)
      bodyStart = firstContent + 1
      replaced = section.lineRange
    }
    for line in submitted.lines[bodyStart...] {
      if case .heading(let heading) = line.kind, heading.level <= section.heading.level {
        throw MinutesError(
          "the submitted section contains another section, '\(heading.title)' (one group at a time)",
          at: SourceLocation(file: submissionPath, line: line.number, column: 1))
      }
    }
    while let last = newLines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) {
      newLines.removeLast()
    }
    // META lines at the bottom of the page belong to the topic, not to the
    // last section.
    while replaced.upperBound > replaced.lowerBound,
      topic.lines[replaced.upperBound - 1].kind == .blank
        || topic.lines[replaced.upperBound - 1].isMeta
    {
      replaced = replaced.lowerBound..<(replaced.upperBound - 1)
    }
    return Result(
      topic: topic.replacingLines(in: replaced, with: newLines),
      submittedLines: replaced.lowerBound..<(replaced.lowerBound + newLines.count),
      firstSubmissionLine: bodyStart == 0 ? 1 : bodyStart, submission: submitted)
  }
}

extension Topic {
  /// The section of a roster group: the shallowest heading whose name is the
  /// group's, compared as `Group.key` does.
  public func section(forGroup name: String) -> Section? {
    let key = Group.key(name)
    return allSections.filter { Group.key($0.name) == key }.min {
      $0.heading.level < $1.heading.level
    }
  }
}

extension Line {
  var isMeta: Bool {
    if case .meta = kind { true } else { false }
  }
}
