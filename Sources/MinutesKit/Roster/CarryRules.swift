/// The roster's `carry:` section: what `new` takes from last week's topic.
public struct CarryRules: Sendable, Equatable {
  public enum Mode: String, Sendable, Equatable {
    /// Every bullet with text and no done mark: for a true action list.
    case all
    /// Only actions: bullets with an action marker, ActionTracker actions,
    /// and bullets that give work to a person ("Britta to file a ticket").
    case actions
  }

  /// Titles of the sections whose bullets are carried.
  public var sections: [String]
  /// Labels of group-section bullets whose sub-bullets are carried (an
  /// "Issues:" bullet under a group): each open sub-bullet is an item.
  public var labels: [String]
  /// Text that marks a bullet as done.
  public var doneMarks: [String]
  /// The mode of every section and label without a mode of its own.
  public var mode: Mode
  /// A section's or label's own mode, by its name without case, emphasis or a trailing colon.
  public var modes: [String: Mode]
  /// Prefixes that mark a bullet as an action.
  public var actionMarkers: [String]

  public init(
    sections: [String] = ["Action/Significant Items"],
    labels: [String] = [],
    doneMarks: [String] = ["DONE", "CLOSED", "%Y%", "<del>"],
    mode: Mode = .all,
    modes: [String: Mode] = [:],
    actionMarkers: [String] = ["ACTION:", "AI:", "#action"]
  ) {
    self.sections = sections
    self.labels = labels
    self.doneMarks = doneMarks
    self.mode = mode
    self.modes = modes
    self.actionMarkers = actionMarkers
  }

  /// The mode of the section or label called `name`.
  public func mode(of name: String) -> Mode { modes[labelKey(name)] ?? mode }
}
