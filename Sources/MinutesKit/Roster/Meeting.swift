/// The `meeting:` section of the roster.
public struct Meeting: Sendable, Equatable {
  public var title: String
  /// The TWiki web the topics belong to (used in links).
  public var web: String
  /// Written as `%META:TOPICPARENT{name="..."}%`.
  public var parent: String
  /// The WikiName written in TOPICINFO and the signature line.
  public var author: String
  public var weekday: Weekday
  /// How topics are named (`topic:`, e.g. `$mon$d,$yearProductionMeeting`),
  /// with the month spellings of `months:`: parsed once, where the meeting
  /// is made; its `pattern` is the text as the roster writes it.
  public var topicPattern: TopicPattern
  /// Folder of `<Topic>.txt` files, resolved against the roster's folder.
  public var archive: String
  /// Templates folder, resolved against the roster's folder.
  public var templates: String
  /// People listed among the attendees besides the groups' owners.
  public var attendees: [String]
  /// How a blank statistic slot is written in a skeleton.
  public var blank: String
  /// After how many weeks a carried item counts as stale.
  public var staleAfterWeeks: Int
  /// The TWiki site's view script URL (`https://twiki.grid.iu.edu/bin/view`),
  /// for links to the web's pages; nil writes TWiki's `%SCRIPTURL{view}%`,
  /// which the wiki expands to its own address.
  public var site: String?

  /// `topicPattern` is the roster's `topic:` text, `months` its `months:`.
  public init(
    title: String, web: String, parent: String, author: String, weekday: Weekday,
    topicPattern: String, archive: String, templates: String, attendees: [String] = [],
    blank: String = "?", staleAfterWeeks: Int = 4, site: String? = nil,
    months: [String] = MeetingDate.shortMonthNames
  ) {
    self.title = title
    self.web = web
    self.parent = parent
    self.author = author
    self.weekday = weekday
    self.topicPattern = TopicPattern(topicPattern, months: months)
    self.archive = archive
    self.templates = templates
    self.attendees = attendees
    self.blank = blank
    self.staleAfterWeeks = staleAfterWeeks
    self.site = site
  }

  /// How topic names spell each month (`$mon`), January first (`months:`):
  /// those of `topicPattern`.
  public var months: [String] {
    get { topicPattern.months }
    set { topicPattern.months = newValue }
  }
}
