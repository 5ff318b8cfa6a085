/// A TWiki topic (`<Topic>.txt`) read into lines, META directives and a tree of
/// sections, exact enough to print back every byte it was read from.
///
/// Carry-forward, lint and `submit` all read topics through this one model, so
/// they agree on what a heading, a bullet or a section is.
public struct Topic: Sendable {
  /// The file the topic was read from, for diagnostics (`-` for stdin).
  public var path: String
  public var hasByteOrderMark: Bool
  public var lines: [Line]
  /// Top-level sections in page order, each with its sub-sections.
  public var sections: [Section]
  /// The `<verbatim>` or `<pre>` block still open at the end of the page
  /// (the outermost one), nil when every block is closed: TWiki shows all
  /// that follows its tag as raw text. Worked out with the lines' kinds.
  public var unclosedBlock: OpenBlock? = nil
  /// The HTML comment `<!--` still open at the end of the page (its tag is
  /// `!--`), nil when every comment is closed: a browser hides all that
  /// follows it, later sections included.
  public var unclosedComment: OpenBlock? = nil

  /// Where a `<verbatim>` or `<pre>` block, or an HTML comment, opens.
  public struct OpenBlock: Sendable, Equatable {
    /// `verbatim` or `pre`, lowercase; `!--` for a comment.
    public var tag: String
    /// 1-based line number and byte column of the `<`.
    public var line: Int
    public var column: Int
  }
}

/// How a line ends in the file. Kept per line so that printing gives back
/// mixed line endings exactly as they were. A lone CR is not a line end (TWiki
/// reads lines on LF), so it stays in the line's text.
public enum LineTerminator: String, Sendable, Equatable {
  case lf = "\n"
  case crlf = "\r\n"
  case none = ""
}

/// One line of a topic with its position and what TWiki makes of it.
public struct Line: Sendable, Equatable {
  /// 1-based line number.
  public var number: Int
  /// The line's text, without its terminator.
  public var text: String
  public var terminator: LineTerminator
  /// Offset of the line's first byte in the file (after a BOM, counting it).
  public var byteOffset: Int
  public var kind: LineKind
}

public enum LineKind: Sendable, Equatable {
  /// `%META:NAME{...}%`.
  case meta(MetaDirective)
  /// `---++ Title`: level is the number of `+`.
  case heading(Heading)
  /// `   * text`, `      * text`.
  case bullet(ListItem)
  /// `   1. text`, `   1 text`.
  case numbered(ListItem)
  /// `   Term: text` or `   $ Term: text`.
  case definition(term: String, item: ListItem)
  case blank
  case text
  /// A line inside (or opening or closing) an HTML comment `<!-- ... -->`.
  case comment
  /// A line inside (or opening or closing) `<verbatim>` or `<pre>`: TWiki
  /// markup does not apply here.
  case verbatim
}

public struct Heading: Sendable, Equatable {
  public var level: Int
  /// The title as written, trimmed: `CMS (Burt)`, `Action/Significant Items:`.
  public var title: String
  /// 1-based column where the title starts.
  public var titleColumn: Int
}

/// A bullet, numbered or definition item.
public struct ListItem: Sendable, Equatable {
  /// The leading whitespace exactly as written.
  public var indentation: String
  /// Nesting level: one per 3 spaces or per tab (rounded down, at least 1).
  public var level: Int
  /// 1-based column of the marker (`*`, the number, or the term).
  public var markerColumn: Int
  /// The text after the marker, trimmed at both ends; empty for `   * `.
  public var text: String
  /// 1-based column where `text` starts (one past the line for empty text).
  public var textColumn: Int
  /// True when TWiki renders the item as written: indentation in whole
  /// 3-space units or tabs only, and a space after a `*` marker.
  public var isWellFormed: Bool
}

/// `%META:TOPICINFO{author="DanFraser" date="1300824479" ...}%`, with the
/// attribute values decoded from TWiki's `%XX` encoding.
public struct MetaDirective: Sendable, Equatable {
  /// `TOPICINFO`, `TOPICPARENT`, `FILEATTACHMENT`, ...
  public var name: String
  /// Attributes in the order written, values decoded.
  public var attributes: [(key: String, value: String)]

  public init(name: String, attributes: [(key: String, value: String)]) {
    self.name = name
    self.attributes = attributes
  }

  public subscript(key: String) -> String? {
    attributes.first { $0.key == key }?.value
  }

  public static func == (lhs: MetaDirective, rhs: MetaDirective) -> Bool {
    lhs.name == rhs.name && lhs.attributes.elementsEqual(rhs.attributes) { $0 == $1 }
  }
}

/// A heading and everything under it up to the next heading of the same or a
/// higher level, or up to the next `%META:` line.
///
/// META lines are the store's, not a section's: TWiki takes every line of
/// the form `%META:NAME{...}%` out of the text when it reads a topic and
/// writes them back at the bottom when it saves one. Ending sections there
/// keeps a section's edits (`submit`) off the META block below it, and keeps
/// whatever follows a META line (however malformed) out of the section.
public struct Section: Sendable, Equatable {
  public var heading: Heading
  /// Index into `Topic.lines` of the heading line.
  public var headingIndex: Int
  /// Indices of the lines after the heading that belong to this section,
  /// sub-sections included.
  public var bodyRange: Range<Int>
  public var children: [Section]

  /// The title without owners and trailing colon: `CMS`, `Action/Significant Items`.
  public var name: String { SectionTitle.name(of: heading.title) }
  /// The owners named in parentheses after the name, nil when there are none.
  public var owners: [String]? { SectionTitle(heading.title).owners }
  /// Heading and body line indices.
  public var lineRange: Range<Int> { headingIndex..<bodyRange.upperBound }
}
