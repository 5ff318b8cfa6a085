public enum Weekday: Int, Sendable, Equatable, CaseIterable, Codable {
  // Numbered as Foundation's Calendar numbers them (Sunday is 1).
  case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

  public var name: String {
    switch self {
    case .sunday: "Sunday"
    case .monday: "Monday"
    case .tuesday: "Tuesday"
    case .wednesday: "Wednesday"
    case .thursday: "Thursday"
    case .friday: "Friday"
    case .saturday: "Saturday"
    }
  }

  /// Accepts `Tuesday`, `tuesday` and `Tue`.
  public init?(name: String) {
    let lowered = name.lowercased()
    guard
      let match = Weekday.allCases.first(where: {
        $0.name.lowercased() == lowered || $0.name.lowercased().prefix(3) == lowered
      })
    else { return nil }
    self = match
  }
}
