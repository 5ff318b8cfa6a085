import Testing

@testable import MinutesKit

@Suite struct GroupKeyTests {
  @Test(arguments: [
    ("Grid Operations Center", "grid operations center"),
    ("  grid\toperations   CENTER ", "grid operations center"),
    ("Virtual\nOrganizations", "virtual organizations"),
    ("Sécurité  Groupe", "sécurité groupe"),
    ("", ""),
  ])
  func ignoresCaseAndSpacing(name: String, key: String) {
    #expect(nameKey(name) == key)
  }

  @Test func rosterLookupFollowsChangesToItsGroups() {
    var roster = Roster.example
    #expect(roster.group(named: "  cms ")?.name == "CMS")
    roster.groups.append(Group(name: "Site Coordination", owners: [Owner(name: "Marco")]))
    #expect(roster.group(named: "site  coordination")?.owners == [Owner(name: "Marco")])
    roster.groups.removeAll()
    #expect(roster.group(named: "CMS") == nil)
  }
}
