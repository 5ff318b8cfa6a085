import Foundation

/// One ActionTrackerPlugin action as written in a topic:
/// `%ACTION{ who="Main.X" due="2011-03-29" state="open" uid="000123" }% text %ENDACTION%`
/// (the text may span lines) or the older one-line form
/// `%ACTION{ ... }% text`, whose text ends at the end of the line.
public struct TrackedAction: Sendable, Equatable {
  /// The attributes in the order written (values without their quotes).
  public var attributes: [(key: String, value: String)]
  /// Index into `Topic.lines` of the line with `%ACTION{`.
  public var startLine: Int
  /// Index of the line with `%ENDACTION%`, or `startLine` for the one-line forms.
  public var endLine: Int

  public subscript(key: String) -> String? {
    attributes.first { $0.key.lowercased() == key.lowercased() }?.value
  }

  public var who: String? { self["who"] }
  public var due: String? { self["due"] }
  public var state: String? { self["state"] }
  public var uid: String? { self["uid"] }

  /// Closed when `state` says so or a `closed` date is set, as ActionTracker
  /// itself decides.
  public var isClosed: Bool {
    state?.lowercased() == "closed" || attributes.contains { $0.key.lowercased() == "closed" }
  }

  public static func == (lhs: TrackedAction, rhs: TrackedAction) -> Bool {
    lhs.startLine == rhs.startLine && lhs.endLine == rhs.endLine
      && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
  }
}

/// Finding ActionTrackerPlugin actions in a topic and rewriting their tags.
public enum ActionTracker {
  static let open = "%ACTION{"
  static let end = "%ENDACTION%"

  /// Every action of the topic, in page order. Tags inside verbatim blocks
  /// and comments are not actions (TWiki does not expand them there).
  public static func actions(in topic: Topic) -> [TrackedAction] {
    var result: [TrackedAction] = []
    let lines = topic.lines
    var index = 0
    while index < lines.count {
      defer { index += 1 }
      let line = lines[index]
      if line.kind == .verbatim || line.kind == .comment { continue }
      guard let tag = firstTag(in: line.text) else { continue }
      let rest = line.text[tag.tagEnd...]
      var endLine = index
      if !rest.contains(end) {
        // The newer form may spread its text over lines up to %ENDACTION%;
        // without one before the next action or heading, it is the older
        // one-line form.
        var probe = index + 1
        while probe < lines.count {
          let text = lines[probe].text
          if case .heading = lines[probe].kind { break }
          if text.contains(open) { break }
          if text.contains(end) {
            endLine = probe
            break
          }
          probe += 1
        }
      }
      result.append(TrackedAction(attributes: tag.attributes, startLine: index, endLine: endLine))
      index = endLine
    }
    return result
  }

  /// The first `%ACTION{…}%` tag of `text`: its attributes and where the tag ends.
  static func firstTag(in text: String) -> (
    attributes: [(key: String, value: String)], range: Range<String.Index>,
    tagEnd: String.Index
  )? {
    guard let start = text.range(of: open),
      let close = text.range(of: "}%", range: start.upperBound..<text.endIndex)
    else { return nil }
    let attributes = parseAttributes(text[start.upperBound..<close.lowerBound])
    return (attributes, start.lowerBound..<close.upperBound, close.upperBound)
  }

  /// `who="Main.X" due="2011-03-29" state=open`: TWiki's attribute syntax,
  /// quoted or bare values.
  static func parseAttributes(_ text: Substring) -> [(key: String, value: String)] {
    var result: [(key: String, value: String)] = []
    var index = text.startIndex
    func skipSpaces() {
      while index < text.endIndex, text[index] == " " || text[index] == "\t" {
        index = text.index(after: index)
      }
    }
    while true {
      skipSpaces()
      guard index < text.endIndex else { break }
      let keyStart = index
      while index < text.endIndex, text[index] != "=", text[index] != " ", text[index] != "\t" {
        index = text.index(after: index)
      }
      let key = String(text[keyStart..<index])
      skipSpaces()
      guard index < text.endIndex, text[index] == "=" else {
        if !key.isEmpty { result.append((key, "")) }
        continue
      }
      index = text.index(after: index)
      skipSpaces()
      var value = ""
      if index < text.endIndex, text[index] == "\"" {
        let valueStart = text.index(after: index)
        let valueEnd = text[valueStart...].firstIndex(of: "\"") ?? text.endIndex
        value = String(text[valueStart..<valueEnd])
        index = valueEnd < text.endIndex ? text.index(after: valueEnd) : valueEnd
      } else {
        let valueStart = index
        while index < text.endIndex, text[index] != " ", text[index] != "\t" {
          index = text.index(after: index)
        }
        value = String(text[valueStart..<index])
      }
      if !key.isEmpty { result.append((key, value)) }
    }
    return result
  }

  /// `line` with the `uid` attribute taken out of its action tag, every other
  /// byte kept: ActionTracker gives the carried copy a uid of its own when
  /// the new topic is saved.
  static func removingUID(from line: String) -> String {
    guard let tag = firstTag(in: line) else { return line }
    let inside = line[tag.range]
    guard
      let uidRange = inside.range(
        of: #"[ \t]*\buid[ \t]*=[ \t]*("[^"]*"|[^ \t}]*)"#, options: .regularExpression)
    else { return line }
    var result = line
    result.removeSubrange(uidRange)
    return result
  }
}
