extension Roster {
  /// The roster the rules' examples are checked with: a small meeting shaped
  /// like the OSG one, with statistics and their checks.
  public static let example = Roster(
    meeting: Meeting(
      title: "OSG Production Meeting", web: "Production", parent: "WeeklyProductionMeetings",
      author: "DanFraser", weekday: .tuesday, topicPattern: "$mon$d,$yearProductionMeeting",
      archive: "minutes", templates: "templates", attendees: ["Brian", "Dan"]),
    groups: [
      Group(
        name: "CMS", owners: [Owner(name: "Burt")],
        stats: [StatDeclaration(name: "computing", shape: "{khours} khour/day, {success}% success")]
      ),
      Group(
        name: "LIGO", owners: [Owner(name: "Britta"), Owner(name: "Robert E.")],
        stats: [
          StatDeclaration(name: "usage", shape: "{users} users utilized {sites} sites"),
          StatDeclaration(
            name: "jobs", shape: "{jobs} jobs total ({ok} / {failed} = {rate}% success)",
            checks: ["jobs = ok + failed", "rate = 100 * ok / jobs"]),
        ]),
      Group(name: "Engage", owners: [Owner(name: "Mats"), Owner(name: "John")]),
    ])

  /// ``example`` with absences around the examples' meeting of 2011-03-22:
  /// LIGO's owners are away 2011-03-15..2011-03-29 and Engage reports every
  /// second week from 2011-03-15, so neither is due that day.
  public static let exampleWithAbsences: Roster = {
    var roster = Roster.example
    let start = MeetingDate(year: 2011, month: 3, day: 15)!
    roster.groups[1].away = [start...MeetingDate(year: 2011, month: 3, day: 29)!]
    roster.groups[2].reports = .every(weeks: 2, anchor: start)
    return roster
  }()

  /// ``example`` with a stand-in: Tom may write CMS's heading beside Burt.
  public static let exampleWithDeputies: Roster = {
    var roster = Roster.example
    roster.groups[0].deputies = [Owner(name: "Tom")]
    return roster
  }()

  /// ``example`` with LIGO reporting only when it has news.
  public static let exampleWithNewsGroup: Roster = {
    var roster = Roster.example
    roster.groups[1].reports = .whenNews
    return roster
  }()

  /// ``example`` over time, around the examples' meeting of 2011-03-22:
  /// LIGO ended on 2011-03-15, Engage reports only when it has news, and
  /// Campus starts on 2011-04-05.
  public static let exampleOverTime: Roster = {
    var roster = Roster.example
    roster.groups[1].life = DatePeriod(until: MeetingDate(year: 2011, month: 3, day: 15)!)
    roster.groups[2].reports = .whenNews
    var campus = Group(name: "Campus", owners: [Owner(name: "Dan")])
    campus.life = DatePeriod(since: MeetingDate(year: 2011, month: 4, day: 5)!)
    roster.groups.append(campus)
    return roster
  }()
}
