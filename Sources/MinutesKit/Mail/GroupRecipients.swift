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
  /// meeting on `date`: its owners, each through ``address(of:on:)``.
  public func recipients(of group: Group, on date: MeetingDate) -> GroupRecipients {
    var result = GroupRecipients(to: [])
    var seen: Set<String> = []
    for owner in group.owners {
      guard let address = address(of: owner, on: date) else {
        result.unaddressed.append(owner)
        continue
      }
      if seen.insert(address.address.lowercased()).inserted { result.to.append(address) }
    }
    return result
  }
}
