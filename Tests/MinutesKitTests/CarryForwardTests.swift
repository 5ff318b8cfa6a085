import Foundation
import Testing

@testable import MinutesKit

/// A roster made in code: the shape of the OSG meeting, small.
func carryRoster(mode: CarryRules.Mode = .all) -> Roster {
  Roster(
    meeting: Meeting(
      title: "Production Meeting", web: "Production", parent: "WeeklyProductionMeetings",
      author: "DanFraser", weekday: .tuesday, topicPattern: "$mon$d,$yearProductionMeeting",
      archive: "minutes", templates: "templates"),
    groups: [
      Group(name: "CMS", owners: [Owner(name: "Burt")]),
      Group(
        name: "LIGO", owners: [Owner(name: "Britta"), Owner(name: "Robert E.")],
        rollovers: [
          Rollover(
            from: "Current week's total usage", to: "Previous week's total usage",
            fromAlternatives: ["This week's total usage"])
        ]),
    ],
    carry: CarryRules(mode: mode))
}

let march08 = MeetingDate(year: 2011, month: 3, day: 8)!
let march15 = MeetingDate(year: 2011, month: 3, day: 15)!

/// A new topic as the template writes it.
let blankTopic = """
  %META:TOPICINFO{author="DanFraser" date="1300752000" format="1.1" version="1.1"}%
  %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
  -- Main.DanFraser - 21 Mar 2011
  ---++ Action/Significant Items:
     * 

  ---++ CMS (Burt)

  ---++ LIGO (Britta, Robert E.)
  ---+++ Gratia Reports
     * Current week's total usage: ___ users utilized ___ sites
        * ___ jobs total (___ / ___ = ___% success)

     * Previous week's total usage: ___ users utilized ___ sites
        * ___ jobs total (___ / ___ = ___% success)

  ---++ Security (Mine)

  """

func previousTopic(actions body: String, cms: String = "", ligo: String = "") -> Topic {
  Topic(
    text: """
      %META:TOPICINFO{author="DanFraser" date="1300147200" format="1.1" version="1.1"}%
      -- Main.DanFraser - 14 Mar 2011
      ---++ Action/Significant Items:
      \(body)

      ---++ CMS (Burt)
      \(cms)

      ---++ LIGO (Britta, Robert E.)
      ---+++ Gratia Reports
      \(ligo)

      """, path: "Mar15,2011ProductionMeeting.txt")
}

func carried(_ previous: Topic, mode: CarryRules.Mode = .all) -> [String] {
  OpenItems.find(in: previous, date: march15, roster: carryRoster(mode: mode))
    .filter { $0.kind != .rollover }.flatMap(\.lines)
}

@Suite struct OpenItemsTests {
  @Test func carriesOpenBulletsWithTheirSubBullets() {
    let previous = previousTopic(
      actions: """
           * Upgrade the BDII filter
              * waiting for the change window
           * 
           * Ticket 9809 reopened
        """)
    #expect(
      carried(previous) == [
        "   * Upgrade the BDII filter (open since 15 Mar 2011)",
        "      * waiting for the change window",
        "   * Ticket 9809 reopened (open since 15 Mar 2011)",
      ])
  }

  @Test(arguments: [
    "   * DONE: Upgrade the BDII filter",
    "   * Upgrade the BDII filter (CLOSED)",
    "   * %Y% Upgrade the BDII filter",
    "   * <del>Upgrade the BDII filter</del>",
    "   * <DEL>Upgrade the BDII filter",
    "   * Upgrade the BDII filter - DONE.",
  ])
  func leavesItemsWithADoneMark(line: String) {
    #expect(carried(previousTopic(actions: line + "\n      * DONE: sub of a done item")).isEmpty)
  }

  @Test(arguments: [
    "   * Almost done with the BDII filter",
    "   * UNDONE changes to the BDII filter",
    "   * Upgrade the <del>BDII</del> GIP filter",
    "   * Follow DONE_LIST in the wiki",
  ])
  func keepsItemsWhoseMarksAreProse(line: String) {
    #expect(carried(previousTopic(actions: line)).count == 1)
  }

  @Test func aDoneMarkOnASubBulletClosesOnlyThatSubBullet() {
    let previous = previousTopic(
      actions: """
           * Gratia probe rollout
              * DONE: Fermilab
                 * notes on Fermilab
              * BNL next week
                 * %Y% ticket filed
                 * waiting for the window
              * 
        """)
    #expect(
      carried(previous) == [
        "   * Gratia probe rollout (open since 15 Mar 2011)",
        "      * BNL next week",
        "         * waiting for the window",
      ])
  }

  @Test func keepsTheFirstOriginNote() {
    let previous = previousTopic(actions: "   * Old item (open since 08 Mar 2011)")
    let items = OpenItems.find(in: previous, date: march15, roster: carryRoster())
    #expect(items.map(\.lines) == [["   * Old item (open since 08 Mar 2011)"]])
    #expect(items.first?.since == march08)
  }

  @Test func actionsModeCarriesOnlyMarkedBullets() {
    let previous = previousTopic(
      actions: """
           * LIGO hit a maximum usage day
           * ACTION: Scott to reopen ticket 9809
           * *AI:* Britta to file a ticket
           * #action Burt to add HTPC attributes
           * Ai: lowercase marker
        """)
    #expect(
      carried(previous, mode: .actions) == [
        "   * ACTION: Scott to reopen ticket 9809 (open since 15 Mar 2011)",
        "   * *AI:* Britta to file a ticket (open since 15 Mar 2011)",
        "   * #action Burt to add HTPC attributes (open since 15 Mar 2011)",
        "   * Ai: lowercase marker (open since 15 Mar 2011)",
      ])
    #expect(carried(previous, mode: .all).count == 5)
  }

  @Test func carriesOpenActionsFromAnySectionIntoTheirOwnSection() {
    let previous = previousTopic(
      actions: "   * ",
      cms: """
        Status is fine.
           * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" state="open" uid="000123" }% Add HTPC attributes %ENDACTION%
           * %ACTION{ who="Main.BurtHolzman" due="2011-03-01" state="closed" uid="000100" }% Old one %ENDACTION%
           * %ACTION{ who="Main.BurtHolzman" closed="2011-03-10" uid="000101" }% Closed by date %ENDACTION%
        %ACTION{ who="Main.RobQuick" uid="000124" }% One-line form without an end
        %ACTION{ who="Main.XinZhao" state="open" }%
        Text over
        two lines %ENDACTION%
        """)
    let items = OpenItems.find(in: previous, date: march15, roster: carryRoster())
    #expect(items.map(\.kind) == [.action, .action, .action])
    #expect(items.allSatisfy { $0.section == "CMS" })
    #expect(
      items.map(\.lines) == [
        [
          #"   * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" state="open" }% Add HTPC attributes %ENDACTION% (open since 15 Mar 2011, was uid 000123)"#
        ],
        [
          #"%ACTION{ who="Main.RobQuick" }% One-line form without an end (open since 15 Mar 2011, was uid 000124)"#
        ],
        [
          #"%ACTION{ who="Main.XinZhao" state="open" }% (open since 15 Mar 2011)"#, "Text over",
          "two lines %ENDACTION%",
        ],
      ])
    #expect(items[0].action?.uid == "000123")
    #expect(items[0].action?.who == "Main.BurtHolzman")
  }

  @Test func aClosedActionClosesItsBulletAndAnOpenOneKeepsIt() {
    let previous = previousTopic(
      actions: """
           * %ACTION{ state="closed" }% closed action
           * DONE item with an %ACTION{ state="open" }% open action
              * sub
        """)
    let items = OpenItems.find(in: previous, date: march15, roster: carryRoster())
    #expect(items.count == 1)
    #expect(items.first?.lines.count == 2)
  }

  @Test func aNestedOpenActionUnderAClosedItemComesAlongOnItsOwn() {
    let previous = previousTopic(
      actions: """
           * DONE: BDII v5 rebuild
              * %ACTION{ who="Main.RobQuick" uid="7" }% Ask CERN about restarts
                 * details
        """)
    let items = OpenItems.find(in: previous, date: march15, roster: carryRoster())
    #expect(
      items.map(\.lines) == [
        [
          #"   * %ACTION{ who="Main.RobQuick" }% Ask CERN about restarts (open since 15 Mar 2011, was uid 7)"#,
          "      * details",
        ]
      ])
  }

  @Test func ignoresActionsInVerbatimAndComments() {
    let previous = previousTopic(
      actions: "   * ",
      cms: """
        <verbatim>
        %ACTION{ who="Main.X" }% example
        </verbatim>
        <!-- %ACTION{ who="Main.Y" }% commented -->
        """)
    #expect(OpenItems.find(in: previous, date: march15, roster: carryRoster()).isEmpty)
  }

  @Test func originNoteParses() {
    #expect(OriginNote.date(in: "item (open since 15 Mar 2011)") == march15)
    #expect(OriginNote.date(in: "item (open since 8 March 2011, was uid 12)") == march08)
    #expect(OriginNote.date(in: "item (open since soon) (open since 08 Mar 2011)") == march08)
    #expect(OriginNote.date(in: "item (open since 31 Feb 2011)") == nil)
    #expect(OriginNote.date(in: "item") == nil)
    #expect(OriginNote.text(since: march08) == "(open since 08 Mar 2011)")
  }
}

@Suite struct CarryForwardApplyTests {
  static let ligo = """
       * Current week's total usage: 4 users utilized 21 sites
          * 74775 jobs total (60156 / 14619 = 80.4% success)

       * Previous week's total usage: 5 users utilized 20 sites
          * 57485 jobs total (49774 / 7711 = 86.6% success)
    """

  @Test func fillsTheNewTopicAndRollsLIGOsBlockOver() {
    let previous = previousTopic(
      actions: """
           * Upgrade the BDII filter
              * waiting for the change window
           * DONE: Old news
        """, ligo: Self.ligo)
    let (topic, report) = CarryForward.apply(
      from: previous, previousDate: march15, to: Topic(text: blankTopic, path: "new.txt"),
      roster: carryRoster())
    let expected = """
      %META:TOPICINFO{author="DanFraser" date="1300752000" format="1.1" version="1.1"}%
      %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
      -- Main.DanFraser - 21 Mar 2011
      ---++ Action/Significant Items:
         * Upgrade the BDII filter (open since 15 Mar 2011)
            * waiting for the change window

      ---++ CMS (Burt)

      ---++ LIGO (Britta, Robert E.)
      ---+++ Gratia Reports
         * Current week's total usage: ___ users utilized ___ sites
            * ___ jobs total (___ / ___ = ___% success)

         * Previous week's total usage: 4 users utilized 21 sites
            * 74775 jobs total (60156 / 14619 = 80.4% success)

      ---++ Security (Mine)

      """
    #expect(topic.text == expected)
    #expect(report.placed.map(\.section) == ["Action/Significant Items"])
    #expect(report.rollovers.map(\.result) == [.replaced])
  }

  @Test func rollsTheOlderThisWeekSpellingOver() {
    let previous = previousTopic(
      actions: "   * ",
      ligo: """
           * Last week's total usage: 3 users utilized 23 sites
           * This week's total usage: 4 users utilized 25 sites
              * 70234 jobs total (23582 / 46652 = 33.6% success)
        """)
    let (topic, _) = CarryForward.apply(
      from: previous, previousDate: march15, to: Topic(text: blankTopic, path: "new.txt"),
      roster: carryRoster())
    #expect(
      topic.text.contains(
        "   * Previous week's total usage: 4 users utilized 25 sites\n      * 70234"))
    #expect(topic.text.contains("   * Current week's total usage: ___ users utilized ___ sites\n"))
  }

  @Test func appendsAfterExistingContentAndSkipsDuplicates() {
    let new = Topic(
      text: blankTopic.replacingOccurrences(
        of: "   * \n",
        with:
          "   * Fixed item from the template\n   * Upgrade the BDII filter (open since 08 Mar 2011)\n"
      ),
      path: "new.txt")
    let previous = previousTopic(
      actions: """
           * Upgrade the BDII filter
           * Second item
        """)
    let (topic, report) = CarryForward.apply(
      from: previous, previousDate: march15, to: new, roster: carryRoster())
    let section = topic.allSections[0]
    #expect(
      topic.lines[section.ownBodyRange].map(\.text) == [
        "   * Fixed item from the template",
        "   * Upgrade the BDII filter (open since 08 Mar 2011)",
        "   * Second item (open since 15 Mar 2011)", "",
      ])
    #expect(report.duplicates.count == 1)
  }

  @Test func anActionWhoseSectionIsGoneGoesIntoTheCarryingSectionWithANote() {
    let previous = Topic(
      text: """
        ---++ Action/Significant Items
           * Open item
        ---++ Engage (Mats)
           * %ACTION{ who="Main.MatsRynge" uid="42" }% Glidein tests %ENDACTION%
        """, path: "p.txt")
    let (topic, report) = CarryForward.apply(
      from: previous, previousDate: march15, to: Topic(text: blankTopic, path: "n.txt"),
      roster: carryRoster())
    let section = topic.allSections[0]
    #expect(
      topic.lines[section.ownBodyRange].map(\.text) == [
        "   * Open item (open since 15 Mar 2011)",
        #"   * %ACTION{ who="Main.MatsRynge" }% Glidein tests %ENDACTION% (from section Engage) (open since 15 Mar 2011, was uid 42)"#,
        "",
      ])
    #expect(report.placed.map(\.relocatedFrom) == [nil, "Engage"])
    #expect(report.messages.contains { $0.contains("'Engage' is not in the new topic") })
  }

  @Test func addsACarryingSectionWhenTheNewTopicHasNone() {
    let previous = previousTopic(actions: "   * Open item")
    let new = Topic(text: "-- Main.DanFraser - 21 Mar 2011\n---++ CMS (Burt)\n", path: "n.txt")
    let (topic, report) = CarryForward.apply(
      from: previous, previousDate: march15, to: new, roster: carryRoster())
    #expect(
      topic.text
        == "-- Main.DanFraser - 21 Mar 2011\n---++ Action/Significant Items\n   * Open item (open since 15 Mar 2011)\n\n---++ CMS (Burt)\n"
    )
    #expect(report.createdSection == "Action/Significant Items")
  }

  @Test func theNewTopicTakesThePreviousTopicsLineEnding() {
    let previous = Topic(
      text: previousTopic(actions: "   * Open item", ligo: Self.ligo).text
        .replacingOccurrences(of: "\n", with: "\r\n"), path: "p.txt")
    #expect(previous.lineEnding == .crlf)
    let (topic, _) = CarryForward.apply(
      from: previous, previousDate: march15, to: Topic(text: blankTopic, path: "n.txt"),
      roster: carryRoster())
    #expect(topic.lines.allSatisfy { $0.terminator == .crlf })
    #expect(!topic.text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))

    let lf = previousTopic(actions: "   * Open item")
    let crlfNew = Topic(
      text: blankTopic.replacingOccurrences(of: "\n", with: "\r\n"), path: "n.txt")
    let (fromLF, _) = CarryForward.apply(
      from: lf, previousDate: march15, to: crlfNew, roster: carryRoster())
    #expect(fromLF.lines.allSatisfy { $0.terminator == .lf })
  }

  @Test func keepsNestingOfCarriedItems() {
    let previous = previousTopic(
      actions: """
           * Level one
              * Level two
                 * Level three
        """ + "\n\t* tab-indented sibling\n\t\t* tab-indented child")
    let (topic, _) = CarryForward.apply(
      from: previous, previousDate: march15, to: Topic(text: blankTopic, path: "n.txt"),
      roster: carryRoster())
    let items = OpenItems.find(in: topic, date: nil, roster: carryRoster()).filter {
      $0.kind == .item
    }
    #expect(items.count == 2, "\(items.map(\.lines))")
    #expect(items[0].lines.dropFirst() == ["      * Level two", "         * Level three"])
    #expect(
      items[1].lines == [
        "\t* tab-indented sibling (open since 15 Mar 2011)", "\t\t* tab-indented child",
      ])
  }
}

@Suite struct ItemsListingTests {
  static let previous = previousTopic(
    actions: "   * Upgrade the BDII filter\n      * waiting",
    cms:
      #"   * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" uid="9" }% HTPC attributes %ENDACTION%"#,
    ligo: "   * Current week's total usage: 4 users utilized 21 sites")

  @Test func textListsEveryItemWithWhereItIsAndASummary() {
    let items = OpenItems.find(in: Self.previous, date: march15, roster: carryRoster())
    let text = ItemsListing.text(items, path: "p.txt")
    #expect(
      text == """
        p.txt:4: item in 'Action/Significant Items', open since 15 Mar 2011
           * Upgrade the BDII filter (open since 15 Mar 2011)
              * waiting
        p.txt:8: action in 'CMS' (who Main.BurtHolzman, due 2011-03-29), open since 15 Mar 2011
           * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" }% HTPC attributes %ENDACTION% (open since 15 Mar 2011, was uid 9)
        p.txt:12: roll-over in 'Gratia Reports': 'Current week's total usage' becomes 'Previous week's total usage'
           * Previous week's total usage: 4 users utilized 21 sites
        3 open items: 1 item, 1 action, 1 roll-over

        """)
    #expect(ItemsListing.text([], path: "p.txt") == "no open items\n")
  }

  @Test func jsonCarriesTheSameItems() throws {
    let items = OpenItems.find(in: Self.previous, date: march15, roster: carryRoster())
    let json = ItemsListing.json(items, path: "p.txt")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let entries = try #require(object["items"] as? [[String: Any]])
    #expect(entries.map { $0["kind"] as? String } == ["item", "action", "rollover"])
    #expect(entries[0]["since"] as? String == "2011-03-15")
    #expect((entries[1]["action"] as? [String: String])?["uid"] == "9")
    #expect(entries[2]["to"] as? String == "Previous week's total usage")
  }
}

@Suite struct RolloverRosterTests {
  @Test func rosterReadsOtherSpellingsOfTheFromLabel() throws {
    let yaml = """
      meeting:
        title: Example Meeting
        web: Ops
        parent: WeeklyOpsMeetings
        author: AdaLovelace
        weekday: Tuesday
        topic: "$mon$d,$yearOpsMeeting"
      groups:
        - name: LIGO
          owners: [Britta]
          rollover:
            - from: "Current week's total usage"
              to: "Previous week's total usage"
              also-from: ["This week's total usage"]

      """
    let roster = try RosterLoader.load(yaml: yaml, path: "roster.yaml")
    #expect(
      roster.groups[0].rollovers == [
        Rollover(
          from: "Current week's total usage", to: "Previous week's total usage",
          fromAlternatives: ["This week's total usage"])
      ])
    let bad = yaml.replacingOccurrences(
      of: #"["This week's total usage"]"#, with: #""This week's total usage""#)
    #expect(throws: MinutesError.self) { try RosterLoader.load(yaml: bad, path: "roster.yaml") }
  }
}
