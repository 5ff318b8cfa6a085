/// The files `minutes init` writes: a small generic meeting to start from.
///
/// Kept in the library as text, not read from the repository, so an
/// installed `minutes` can write them anywhere.
public enum Starter {
  /// Paths relative to the target folder, in the order they are written.
  public static let files: [(path: String, text: String)] = [
    ("roster.yaml", roster),
    ("templates/page.twiki", page),
    ("templates/sections/status.twiki", statusSection),
  ]

  public static let roster = #"""
    # roster.yaml: who reports at the meeting and how its minutes are written.
    # `minutes new` reads it to write next week's topic, `minutes lint` to check one.
    meeting:
      title: Weekly Team Meeting
      web: Main                          # the TWiki web the topics belong to
      parent: WeeklyTeamMeetings         # each topic's parent (%META:TOPICPARENT%)
      author: YourWikiName               # WikiName for TOPICINFO and the signature line
      weekday: Monday                    # meeting day: `new` without --date picks the next one
      topic: "$mon$d,$yearTeamMeeting"   # topic name: $day $d $mon $month $monthname $mo $year
      archive: minutes                   # folder of <Topic>.txt files, beside this file
      templates: templates               # page.twiki and sections/<template>.twiki
      attendees: [Alex]                  # people listed besides the groups' owners

    groups:                              # one "---++ Name (Owners)" section each, in this order
      - name: Operations
        owners: [Sam, Kim]               # a name, or {name: Sam, wiki: SamSmith}
        template: status                 # templates/sections/status.twiki
        stats:                           # figures reported every week; {slots} hold numbers
          - name: tickets
            shape: "{opened} tickets opened, {closed} closed"
      - name: Development
        owners: [Lee]                    # no template: the section starts as one empty bullet

    """#

  /// The same page as the shipped `templates/page.twiki` (a test keeps them equal).
  public static let page = #"""
    {{%CONTENT_TYPE: TEXT}}
    {{! The weekly topic. META lines are written by minutes, not here; see docs/templates.md. }}
    -- Main.{{author}} - {{created}}
    ---++ Action/Significant Items:
       * 

    ---++ Attendees:
       * (to be updated after the meeting) {{attendees}}

    \#(groupSections)---++ The full report with links is available at {{report_url}}

    """#

  /// The groups' sections of a page template: each group's heading, then its
  /// section template, or a note when it does not report that week.
  static let groupSections = #"""
    {{#groups}}
    ---++ {{heading}}
    {{#reporting}}
    {{section}}
    {{/reporting}}
    {{^reporting}}
       * Not reporting this week ({{absence}})
    {{/reporting}}

    {{/groups}}

    """#

  public static let statusSection = #"""
    {{%CONTENT_TYPE: TEXT}}
    {{! A status report. Stats the group declares are listed first, blank. See docs/templates.md. }}
    ---+++ Done last week
       * 

    ---+++ Plans this week
       * 

    ---+++ Issues
       * 

    """#
}
