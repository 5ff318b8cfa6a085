/// Word wrapping for plain-text mail: lines of at most `width` characters
/// where the words allow (a word longer than that, such as a URL, stands
/// on a line of its own rather than being cut).
public enum TextWrap {
  public static let width = 78

  /// `text` wrapped with `first` before its first line and `rest` before
  /// every other (a list item's marker and its hanging indent).
  public static func wrap(
    _ text: String, first: String = "", rest: String = "", width: Int = TextWrap.width
  ) -> [String] {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard !words.isEmpty else { return [first.trimmingTrailingSpaces] }
    var lines: [String] = []
    var current = first
    var hasWord = false
    for word in words {
      if hasWord && current.count + 1 + word.count > width {
        lines.append(current)
        current = rest + word
      } else {
        current += (hasWord ? " " : "") + word
      }
      hasWord = true
    }
    lines.append(current)
    return lines
  }
}

extension String {
  /// The text without the spaces and tabs at its end.
  var trimmingTrailingSpaces: String {
    var text = Substring(self)
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return String(text)
  }
}
