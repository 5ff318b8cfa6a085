import Foundation
import Testing

@testable import MinutesKit

/// Carry-forward as coordinators practise it: actions, not news; labelled
/// lists of a group's section; done marks as people write them.
@Suite struct CarryPracticeTests {
  func roster(
    mode: CarryRules.Mode = .actions, labels: [String] = [], modes: [String: CarryRules.Mode] = [:]
  ) -> Roster {
    var roster = carryRoster(mode: mode)
    roster.carry.labels = labels
    roster.carry.modes = modes
    roster.meeting.attendees = ["Scott T.", "Dan", "Rob Q.", "Armen", "Xin"]
    return roster
  }

  func carried(_ previous: Topic, _ roster: Roster) -> [String] {
    OpenItems.find(in: previous, date: march15, roster: roster)
      .filter { $0.kind != .rollover }.flatMap(\.lines)
  }

  @Test func actionsModeCarriesWorkGivenToPeopleAndLeavesNews() {
    let previous = previousTopic(
      actions: """
           * SBGRID hit a new peak of 70K hours/day. (Abhishek)
           * Neither Burt or Britta received the OSG Metrics report this week. (Britta to file a ticket)
           * Ticket 9809 was closed in error. Scott to reopen and try to understand what happened. (Rob, Scott)
           * Rob Q will send out a request for more resources to enable the LIGO VO.
           * Error rates of Atlas jobs were higher than normal. Armen/Xin to double check.
           * Open more job slots for OSG users at the Tier 1, please (Burt, Dan)
           * The ticket moved from Burt to Britta last week.
           * Production continued steadily over the break (Burt, Dan)
           * The filter excludes SE-only sites. It was agreed to update it at the next change cycle.
           * HTPC is coming: Dan has requested that ITB sites begin enabling it.
        """)
    #expect(
      carried(previous, roster()).map { $0.prefix(24) } == [
        "   * Neither Burt or Bri",
        "   * Ticket 9809 was clo",
        "   * Rob Q will send out",
        "   * Error rates of Atla",
        "   * Open more job slots",
        "   * The filter excludes",
        "   * HTPC is coming: Dan",
      ])
  }

  /// A carrying heading TWiki shows as text (two dashes) is still read as
  /// the section it was meant to be: its actions are carried, and the group
  /// section above does not swallow them.
  @Test func aMalformedCarryingHeadingStillHoldsItsItems() {
    let topic = Topic(
      text: """
        ---++ CMS (Burt)
           * 341 khour/day, 91% success
        --++ Action/Significant Items:
           * Dan to ask the sites for their downtime plans
        ---++ Attendees:
           * Burt, Dan
        """, path: "Mar15,2011ProductionMeeting.txt")
    #expect(
      carried(topic, roster()) == [
        "   * Dan to ask the sites for their downtime plans (open since 15 Mar 2011)"
      ])
  }

  @Test func peopleOfThePagesAttendeesCountToo() {
    let topic = Topic(
      text: """
        ---++ Action/Significant Items:
           * Marcia to collect the VO reports before Friday
        ---++ Attendees:
           * Burt, Marcia, Dan
        """, path: "Mar15,2011ProductionMeeting.txt")
    #expect(carried(topic, roster()).count == 1)
    #expect(carried(topic, roster(mode: .actions)).first?.hasPrefix("   * Marcia") == true)
  }

  @Test(arguments: [
    "   * <del>Item G</del> (Ana)",
    "   * <del>Britta to file a ticket</del> (Britta, Rob E.)",
    "   * Done: Britta filed the ticket",
    "   * Britta to file a ticket (done)",
    "   * Britta to file a ticket - Done.",
    "   * Britta to file a ticket [Done]",
    "   * Britta to file a ticket *done*",
  ])
  func doneMarksAsPeopleWriteThem(line: String) {
    #expect(carried(previousTopic(actions: line), roster(mode: .all)).isEmpty)
  }

  @Test(arguments: [
    "   * <del>Ask the GOC</del> scheduled for next week",
    "   * Britta is almost done with the ticket",
    "   * Done with the old filter, Rob to install the new one",
    "   * Closed-loop tests at the Tier 1 (Rob)",
  ])
  func proseAroundDoneWordsAndStruckWordsStaysOpen(line: String) {
    #expect(carried(previousTopic(actions: line), roster(mode: .all)).count == 1)
  }

  @Test func aDoneParentsOpenSubItemsAreCarriedOnTheirOwnAndSaySo() {
    let previous = previousTopic(
      actions: """
           * DONE: Scott to reopen ticket 9809
              * Rob to check the WLCG numbers
                 * waiting for CERN
              * DONE: Scott to close the duplicate
        """)
    let items = OpenItems.find(in: previous, date: march15, roster: roster())
    #expect(
      items.flatMap(\.lines) == [
        "   * Rob to check the WLCG numbers (open since 15 Mar 2011)",
        "      * waiting for CERN",
      ])
    #expect(items.first?.doneParent == 4)
    let (_, report) = CarryForward.apply(
      items, from: previous, to: Topic(text: blankTopic, path: "new.txt"), roster: roster())
    #expect(
      report.messages.contains(
        "item from line 4 is marked done but its sub-item from line 5 is open: "
          + "carried the sub-item on its own"))
  }

  @Test func labelledSubBulletsOfAGroupSectionGoUnderTheSameLabel() {
    let previous = previousTopic(
      actions: "   * ",
      cms: """
           * 341 khour/day, 91% success
           * *Issues:*
              * GGUS alarm tickets do not reach the Tier 1
              * DONE: BDII timeout
              * Opportunistic storage for D0
                 * needs input from D0 experts
        """)
    let new = """
      ---++ Action/Significant Items:
         * 

      ---++ CMS (Burt)
         * ___ khour/day, ___% success
         * Issues
            * 

      ---++ LIGO (Britta, Robert E.)
      """
    let rules = roster(labels: ["Issues"], modes: ["issues": .all])
    let items = OpenItems.find(in: previous, date: march15, roster: rules)
    #expect(items.map(\.label) == ["Issues", "Issues"])
    let (topic, report) = CarryForward.apply(
      items, from: previous, to: Topic(text: new, path: "new.txt"), roster: rules)
    #expect(
      topic.text == """
        ---++ Action/Significant Items:
           * 

        ---++ CMS (Burt)
           * ___ khour/day, ___% success
           * Issues
              * GGUS alarm tickets do not reach the Tier 1 (open since 15 Mar 2011)
              * Opportunistic storage for D0 (open since 15 Mar 2011)
                 * needs input from D0 experts

        ---++ LIGO (Britta, Robert E.)
        """)
    #expect(report.messages.first == "carried 2 items into 'CMS' under 'Issues'")
    // In actions mode only actions come along.
    #expect(carried(previous, roster(labels: ["Issues"])).isEmpty)
  }

  @Test func aSectionWithoutTheLabelGetsIt() {
    let previous = previousTopic(
      actions: "   * ", cms: "   * Issues:\n      * Rob to follow the GGUS ticket")
    let rules = roster(labels: ["Issues"])
    let (topic, _) = CarryForward.apply(
      from: previous, previousDate: march15,
      to: Topic(text: "---++ CMS (Burt)\n   * 341 khour/day\n", path: "new.txt"), roster: rules)
    #expect(
      topic.text
        == "---++ CMS (Burt)\n   * 341 khour/day\n   * Issues\n"
        + "      * Rob to follow the GGUS ticket (open since 15 Mar 2011)\n")
  }

  @Test func submittingALabelsReworkedStatusIsNoDroppedItem() {
    let topic = previousTopic(
      actions: "   * ",
      cms: """
           * Issues
              * Opportunistic storage for D0 : no update
           * %ACTION{ who="Main.BurtHolzman" state="open" uid="7" }% Burt to test IS4 %ENDACTION%
        """)
    let rules = roster(labels: ["Issues"], modes: ["issues": .all])
    #expect(OpenItems.find(in: topic, date: nil, roster: rules).count == 2)
    let dropped = Submission.droppedItems(
      group: "CMS", from: topic,
      keptIn: ["   * Issues", "      * Opportunistic storage for D0 : tests pass at UTA"],
      roster: rules)
    #expect(dropped.map(\.kind) == [.action])
  }

  @Test func aMissingWeekIsAWarningThatNamesTheTopicUsed() {
    let items = [
      CarriedItem(
        kind: .rollover, section: "LIGO", sectionPath: [], line: 3, lines: [], since: nil,
        action: nil, group: "LIGO", rollover: nil)
    ]
    let previous = PreviousTopic(
      topic: Topic(text: "", path: "minutes/Mar8,2011ProductionMeeting.txt"), date: march08,
      path: "minutes/Mar8,2011ProductionMeeting.txt")
    let march22 = MeetingDate(year: 2011, month: 3, day: 22)!
    #expect(
      CarryForward.missingWeekWarning(previous: previous, date: march22, items: items)
        == "no topic for 15 Mar 2011 in the archive: carried from "
        + "Mar8,2011ProductionMeeting.txt of 08 Mar 2011, 14 days before this meeting; "
        + "its figures were rolled over as last week's")
    #expect(
      CarryForward.missingWeekWarning(previous: previous, date: march15, items: items) == nil)
  }
}
