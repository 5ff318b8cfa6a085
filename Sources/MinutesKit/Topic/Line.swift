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

extension Line {
  /// The offset in the line's text of its first NUL byte, nil when it has none.
  public var firstNULOffset: Int? {
    ByteSearch.withBytes(of: text) { $0.firstIndex(of: 0) }
  }

  /// Whether the line starts with `%META:`, well formed or not, whatever
  /// its kind: TWiki reads META lines out of the stored text before it
  /// looks at verbatim blocks or comments.
  public var isMetaShaped: Bool {
    // One byte looked at for nearly every line, before the comparison.
    text.utf8.first == UInt8(ascii: "%") && text.utf8.starts(with: "%META:".utf8)
  }
}
