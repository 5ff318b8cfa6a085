import Foundation

/// A TWiki topic as plain text for a mail: headings underlined, bullets
/// and numbered items nested as the page shows them, paragraphs wrapped to
/// 78 characters, verbatim blocks kept as written, META lines, comments and
/// empty bullets left out.
public enum PlainTextTopic {
  public static func render(_ topic: Topic, inline: PlainTextInline) -> String {
    var out: [String] = []
    var numbers: [Int: Int] = [:]
    func blankLine() {
      if let last = out.last, !last.isEmpty { out.append("") }
    }
    for line in topic.lines {
      switch line.kind {
      case .meta, .comment:
        continue
      case .blank:
        blankLine()
        numbers = [:]
      case .heading(let heading):
        let title = inline.render(heading.title)
        guard !title.isEmpty else { continue }
        blankLine()
        out.append(title)
        let underline: Character = heading.level == 1 ? "=" : heading.level == 2 ? "-" : "~"
        out.append(String(repeating: underline, count: min(title.count, TextWrap.width)))
        out.append("")
        numbers = [:]
      case .bullet(let item):
        let text = inline.render(item.text)
        guard !text.isEmpty else { continue }
        let indent = String(repeating: "  ", count: max(0, item.level - 1))
        out += TextWrap.wrap(text, first: indent + "- ", rest: indent + "  ")
        numbers = numbers.filter { $0.key < item.level }
      case .numbered(let item):
        let text = inline.render(item.text)
        guard !text.isEmpty else { continue }
        let number = (numbers[item.level] ?? 0) + 1
        numbers = numbers.filter { $0.key < item.level }
        numbers[item.level] = number
        let indent = String(repeating: "  ", count: max(0, item.level - 1))
        let marker = "\(number). "
        out += TextWrap.wrap(
          text, first: indent + marker, rest: indent + String(repeating: " ", count: marker.count))
      case .definition(let term, let item):
        let text = inline.render(item.text)
        let indent = String(repeating: "  ", count: max(0, item.level - 1))
        out += TextWrap.wrap(
          "\(inline.render(term)): \(text)", first: indent, rest: indent + "  ")
      case .verbatim:
        let trimmed = line.text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["<verbatim>", "</verbatim>", "<pre>", "</pre>"].contains(trimmed) { continue }
        out.append("    " + line.text)
      case .text:
        let trimmed = line.text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") {
          out.append(inline.render(trimmed).isEmpty ? trimmed : tableRow(trimmed, inline: inline))
          continue
        }
        if trimmed == "---" || trimmed.allSatisfy({ $0 == "-" }) && trimmed.count >= 3 {
          blankLine()
          out.append(String(repeating: "-", count: 20))
          continue
        }
        let text = inline.render(line.text)
        guard !text.isEmpty else { continue }
        out += TextWrap.wrap(text)
      }
    }
    while out.last == "" { out.removeLast() }
    while out.first == "" { out.removeFirst() }
    return out.joined(separator: "\n") + "\n"
  }

  /// A table row with each cell's markup taken out, cells still between bars.
  static func tableRow(_ row: String, inline: PlainTextInline) -> String {
    let cells = row.split(separator: "|", omittingEmptySubsequences: false).dropFirst()
    let rendered = cells.dropLast(row.hasSuffix("|") ? 1 : 0).map { inline.render(String($0)) }
    return "| " + rendered.joined(separator: " | ") + " |"
  }
}
