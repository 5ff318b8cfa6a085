import Foundation

/// `minutes items` output: a topic's open items as people read them, or as
/// JSON for scripts.
public enum ItemsListing {
  /// One block per item: a `path:line:` header saying what it is, then its
  /// lines as they would be written into the new topic; a count at the end.
  public static func text(_ items: [CarriedItem], path: String) -> String {
    var out = ""
    for item in items {
      var header =
        "\(path):\(item.line): \(item.kind == .rollover ? "roll-over" : item.kind.rawValue)"
      if let section = item.section { header += " in '\(section)'" }
      if let label = item.label { header += " under '\(label)'" }
      if let parent = item.doneParent { header += " (its item on line \(parent) is done)" }
      if let action = item.action {
        let details = [action.who.map { "who \($0)" }, action.due.map { "due \($0)" }]
          .compactMap { $0 }
        if !details.isEmpty { header += " (\(details.joined(separator: ", ")))" }
      }
      if let rollover = item.rollover {
        header += ": '\(rollover.from)' becomes '\(rollover.to)'"
      } else if let since = item.since {
        header += ", open since \(since.twikiDate)"
      }
      out += header + "\n"
      for line in item.lines { out += line + "\n" }
    }
    out += summary(items) + "\n"
    return out
  }

  /// `3 open items: 1 item, 1 action, 1 roll-over`.
  public static func summary(_ items: [CarriedItem]) -> String {
    guard !items.isEmpty else { return "no open items" }
    let parts: [(CarriedItem.Kind, String)] = [
      (.item, "item"), (.action, "action"), (.rollover, "roll-over"),
    ]
    let counts = parts.compactMap { kind, name -> String? in
      let count = items.filter { $0.kind == kind }.count
      return count == 0 ? nil : "\(count) \(name)\(count == 1 ? "" : "s")"
    }
    return
      "\(items.count) open item\(items.count == 1 ? "" : "s"): \(counts.joined(separator: ", "))"
  }

  struct Entry: Encodable {
    var kind: String
    var section: String?
    var line: Int
    var since: String?
    var lines: [String]
    var action: [String: String]?
    var group: String?
    var from: String?
    var to: String?
    var label: String?
    var doneParent: Int?
  }

  struct Document: Encodable {
    var path: String
    var items: [Entry]
  }

  /// `{"path": ..., "items": [{"kind", "section", "line", "since", "lines", ...}]}`,
  /// keys sorted, so that output is stable for scripts and golden files.
  public static func json(_ items: [CarriedItem], path: String) -> String {
    let entries = items.map { item in
      Entry(
        kind: item.kind.rawValue, section: item.section, line: item.line, since: item.since?.iso,
        lines: item.lines,
        action: item.action.map { action in
          Dictionary(
            action.attributes.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        },
        group: item.group, from: item.rollover?.from, to: item.rollover?.to, label: item.label,
        doneParent: item.doneParent)
    }
    return JSONText.encodeText(Document(path: path, items: entries))
  }
}
