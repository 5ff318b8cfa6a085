/// Finds a roster's groups by any name a heading may give them: its name,
/// else one of its other names (former names, `aliases:`), compared by
/// ``nameKey(_:)``. A group's own name wins over another group's other
/// name, and the first group wins a name two give.
///
/// Made once for a list of groups: lint looks up every section of every
/// topic, and a roster of thousands of groups looked up for each of
/// thousands of headings would be quadratic.
public struct GroupLookup: Sendable {
  private let positions: [String: Int]

  public init(_ groups: [Group]) {
    var positions: [String: Int] = [:]
    for (position, group) in groups.enumerated() {
      let key = nameKey(group.name)
      if positions[key] == nil { positions[key] = position }
    }
    for (position, group) in groups.enumerated() {
      for name in group.otherNames {
        let key = nameKey(name)
        if positions[key] == nil { positions[key] = position }
      }
    }
    self.positions = positions
  }

  /// The position in the groups of the group whose name, or other name,
  /// has the key `key`.
  public func index(ofKey key: String) -> Int? { positions[key] }
}
