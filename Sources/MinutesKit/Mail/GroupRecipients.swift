/// Who a message about a group's section goes to: its owners at the meeting
/// (To), and the owners without an address, named so the coordinator can
/// add them.
public struct GroupRecipients: Sendable, Equatable {
  public var to: [MailAddress]
  public var cc: [MailAddress]
  /// Owners the roster gives no address for on that date.
  public var unaddressed: [Owner]

  public init(to: [MailAddress], cc: [MailAddress] = [], unaddressed: [Owner] = []) {
    self.to = to
    self.cc = cc
    self.unaddressed = unaddressed
  }
}

extension MailSettings {
  /// The one place that says who answers for `group`'s section at the
  /// meeting on `date`: its owners of that day (To) and its deputies (Cc),
  /// each through ``address(of:on:)``.
  public func recipients(of group: Group, on date: MeetingDate) -> GroupRecipients {
    let dated = group.asOf(date) ?? group
    var result = GroupRecipients(to: [])
    var seen: Set<String> = []
    for owner in dated.owners {
      guard let address = address(of: owner, on: date) else {
        result.unaddressed.append(owner)
        continue
      }
      if seen.insert(address.address.lowercased()).inserted { result.to.append(address) }
    }
    for deputy in dated.deputies {
      guard let address = address(of: deputy, on: date) else { continue }
      if seen.insert(address.address.lowercased()).inserted { result.cc.append(address) }
    }
    return result
  }
}
