import Foundation

/// Who the page's "Attendees" section shows at the meeting, as the OSG pages
/// write it after the meeting: `* Xin, Armen, Britta, Robert E., Rob Q.`,
/// first names or a first name and an initial, and an absence line such as
/// `Apologies: Rob Quick, Scott Teige (EGI Technical Forum)`.
///
/// A list still holding the template's phrase "(to be updated after the
/// meeting)" is the names the template proposed, not who came: it shows
/// nobody present or absent.
struct PageAttendance: Sendable {
  /// The names listed as present; nil when the list is not filled in.
  var present: [[String]]?
  /// The names listed as absent (after `Apologies:`, `Absent:`, `Regrets:`,
  /// `Excused:`).
  var absent: [[String]] = []

  /// Labels of a line that lists who is away.
  static let absenceLabels = ["apologies", "apology", "absent", "regrets", "excused"]

  init(lines: [Line], range: Range<Int>?) {
    guard let range else { return }
    var present: [[String]] = []
    var proposed = false
    for index in range where lines[index].kind.holdsWriting {
      var text: String
      switch lines[index].kind {
      case .bullet(let item), .numbered(let item): text = item.text
      case .definition(let term, let item): text = term + ": " + item.text
      default: text = lines[index].text
      }
      if text.contains(LintText.attendeesPlaceholder) {
        proposed = true
        continue
      }
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      let lowered = trimmed.lowercased()
      if let label = PageAttendance.absenceLabels.first(where: { lowered.hasPrefix($0) }),
        let colon = trimmed.firstIndex(of: ":"),
        trimmed.distance(from: trimmed.startIndex, to: colon) <= label.count + 1
      {
        absent += PageAttendance.names(in: String(trimmed[trimmed.index(after: colon)...]))
      } else {
        present += PageAttendance.names(in: trimmed)
      }
    }
    if !present.isEmpty && !proposed { self.present = present }
  }

  /// The names of a comma-separated list, each as its words: parentheses
  /// ("(EGI Technical Forum)") left out, and anything longer than three
  /// words (a sentence) too.
  static func names(in text: String) -> [[String]] {
    var plain = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
      } else if character == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        plain.append(character)
      }
    }
    let separators: Set<Character> = [",", ";", "&", "/"]
    return plain.split(whereSeparator: { separators.contains($0) })
      .flatMap { $0.components(separatedBy: " and ") }
      .map { name in
        name.split(whereSeparator: \.isWhitespace).map {
          $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
        }.filter { !$0.isEmpty }
      }
      .filter { !$0.isEmpty && $0.count <= 3 }
  }

  /// Whether a listed name is the roster's person: the same first name, and
  /// when both give more, the same initial ("Rob Quick" is "Rob Q.";
  /// "Robert" is "Robert E.").
  static func matches(_ listed: [String], _ person: String) -> Bool {
    let words = person.split(whereSeparator: \.isWhitespace).map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
    }
    guard let first = words.first, listed.first == first else { return false }
    guard words.count > 1, listed.count > 1 else { return true }
    return words[1].first == listed[1].first
  }

  /// Forgets the present list unless it names someone of `people` (the
  /// roster's owners, deputies and attendees): "see the notes" or "everyone"
  /// is no list of who came.
  mutating func requireSomeoneOf(_ people: [String]) {
    guard let present else { return }
    if !people.contains(where: { person in present.contains { Self.matches($0, person) } }) {
      self.present = nil
    }
  }

  /// Whether the page shows that none of `people` (a group's owners and
  /// deputies) was there: a filled-in list names none of them, or every one
  /// of them sent apologies.
  func showsAbsent(_ people: [String]) -> Bool {
    guard !people.isEmpty else { return false }
    if let present {
      return !people.contains { person in present.contains { Self.matches($0, person) } }
    }
    return people.allSatisfy { person in absent.contains { Self.matches($0, person) } }
  }
}
