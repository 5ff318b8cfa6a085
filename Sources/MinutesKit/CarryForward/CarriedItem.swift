/// One thing `new` carries from the previous topic into the new one: an open
/// item with its open sub-items, an open ActionTracker action, or a roll-over
/// block. `minutes items` lists exactly these.
public struct CarriedItem: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    /// A bullet of a carrying section, with its open sub-bullets.
    case item
    /// An ActionTrackerPlugin action that is not closed, from any section.
    case action
    /// A roster-declared block that moves to another label (LIGO's
    /// "Current week's total usage" becoming "Previous week's total usage").
    case rollover
  }

  public var kind: Kind
  /// The name of the section it is in, in the previous topic (nil before
  /// the first heading).
  public var section: String?
  /// Names of the enclosing sections, outermost first, to tell apart
  /// sections that share a name.
  public var sectionPath: [String]
  /// 1-based line number of its first line in the previous topic.
  public var line: Int
  /// The lines as they are written into the new topic: origin note added,
  /// done sub-items left out, an action's uid taken out, a roll-over relabelled.
  public var lines: [String]
  /// Since when the item is open: the date of its origin note, else the
  /// previous topic's date. Nil for roll-overs, and when neither is known.
  public var since: MeetingDate?
  /// For actions: the action as it was (attributes, including the old uid).
  public var action: TrackedAction?
  /// For roll-overs: the group and its declaration.
  public var group: String?
  public var rollover: Rollover?
  /// For items under a carried label ("Issues"): the label, under which the
  /// item goes in the new topic's section of the same name.
  public var label: String?
  /// For an open sub-item of an item marked done: the 1-based line of that
  /// item. The sub-item is carried on its own, one level up.
  public var doneParent: Int?

  /// What makes two items the same item: kind, section and first-line text
  /// without notes, spacing normalised.
  var identity: String {
    let head = lines.first.map { CarriedItem.key($0) } ?? ""
    return "\(kind.rawValue)|\(nameKey(section ?? ""))|\(head)"
  }

  /// A line's text for comparisons: without its list marker, origin note and
  /// relocation note, with spacing and case normalised.
  static func key(_ line: String) -> String {
    var text = OriginNote.removing(from: line)
    if let note = RelocationNote.find(in: text) { text.removeSubrange(note) }
    let kind = LineClassifier.kind(of: text)
    switch kind {
    case .bullet(let item), .numbered(let item), .definition(_, let item): text = item.text
    default: break
    }
    return nameKey(text)
  }
}

/// The note an item gets when the section it was in is not in the new topic
/// and it goes into the first carrying section instead: `(from section CMS)`.
enum RelocationNote {
  static func text(section: String) -> String { "(from section \(section))" }

  static func find(in text: String) -> Range<String.Index>? {
    guard let start = text.range(of: "(from section ") else { return nil }
    guard let close = text[start.upperBound...].firstIndex(of: ")") else { return nil }
    return start.lowerBound..<text.index(after: close)
  }
}
