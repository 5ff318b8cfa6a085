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

  /// A heading finds a group by its name before another group's other
  /// name, and the first of two groups giving the same other name.
  @Test func lookupPrefersAGroupsOwnName() {
    var renamed = Group(name: "User Support", owners: [Owner(name: "Chander")])
    renamed.aliases = ["VO Group", "Campus"]
    var campus = Group(name: "Campus", owners: [Owner(name: "Rob")])
    campus.aliases = ["VO Group"]
    var later = Group(name: "Metrics", owners: [Owner(name: "Brian")])
    later.aliases = ["vo  group"]
    let lookup = GroupLookup([renamed, campus, later])
    #expect(lookup.index(ofKey: nameKey("campus")) == 1)
    #expect(lookup.index(ofKey: nameKey("VO Group")) == 0)
    #expect(lookup.index(ofKey: nameKey("METRICS")) == 2)
    #expect(lookup.index(ofKey: nameKey("Engage")) == nil)
    let roster = Roster(meeting: Roster.example.meeting, groups: [renamed, campus, later])
    #expect(roster.groupIndex(withKey: "campus") == 1)
    #expect(roster.group(named: " vo group ")?.name == "User Support")
  }

  /// Declarations are equal when what the roster says of them is: their
  /// parsed shapes and checks follow from the text.
  @Test func statDeclarationsCompareByWhatTheRosterSays() {
    let jobs = StatDeclaration(name: "jobs", shape: "{n} jobs", checks: ["n = n"])
    #expect(jobs == StatDeclaration(name: "jobs", shape: "{n} jobs", checks: ["n = n"]))
    #expect(jobs != StatDeclaration(name: "jobs", shape: "{n} jobs"))
    #expect(jobs != StatDeclaration(name: "jobs", shape: "{n} job", checks: ["n = n"]))
    #expect(
      jobs
        != StatDeclaration(
          name: "jobs", shape: "{n} jobs", alternatives: ["{n} runs"],
          checks: ["n = n"]))
    var dated = jobs
    dated.period = DatePeriod(since: MeetingDate(iso: "2011-03-22")!)
    #expect(jobs != dated)
  }
}
