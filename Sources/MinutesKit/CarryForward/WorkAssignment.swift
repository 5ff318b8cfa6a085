import Foundation

/// Whether an item gives work to a person: what makes it an action on pages
/// that never write `ACTION:`. Meetings write their actions as sentences
/// about people: "Britta to file a ticket", "Rob Q will send out a request",
/// "Armen/Xin to double check", or a request followed by who takes it,
/// "Open more job slots for OSG users, please (Rob, Scott)". News names
/// people too ("SBGRID hit a new peak (Abhishek)"): a name alone, or a name
/// in brackets after a statement, gives no work.
struct WorkAssignment: Sendable {
  /// Names as meetings write them: each person's full name without a
  /// trailing dot ("Rob Q") and first name ("Rob").
  let names: Set<String>

  /// `people`: the roster's owners and attendees and the page's attendees;
  /// `groups`: the roster's group names, whose owners take what is given
  /// to the group ("Integration to post instructions").
  init(people: [String], groups: [String] = []) {
    var names = Set(groups)
    for person in people {
      let name = person.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
      guard let first = name.split(separator: " ").first, first.count > 1,
        first.first?.isUppercase == true
      else { continue }
      names.insert(name)
      names.insert(String(first))
    }
    self.names = names
  }

  /// Verbs that follow a person given work: "X to …", "X will …".
  static let assigningWords: Set<String> = ["to", "will", "should", "must"]

  /// Words that make a sentence a request, so that the people in brackets
  /// after it are the ones it asks.
  static let requestWords = [
    "please", "request", "requested", "requesting", "requests", "need to", "needs to",
    "follow up", "follow-up", "should", "asked", "action",
  ]

  func givesWork(_ text: String) -> Bool {
    if names.isEmpty { return false }
    let words = WorkAssignment.words(text)
    for index in words.indices {
      // A name of one word or two ("Site Coordination to …").
      var next = index + 1
      if !names.contains(words[index]) {
        guard next < words.count, names.contains(words[index] + " " + words[next]) else {
          continue
        }
        next += 1
      }
      // "Rob Q will …", "Robert E. to …": an initial may follow the name.
      if next < words.count, words[next].count == 1, words[next].first?.isUppercase == true {
        next += 1
      }
      guard next + 1 < words.count, WorkAssignment.assigningWords.contains(words[next]) else {
        continue
      }
      // "to" before a verb, not a name: "from Armen to Xin" moves nothing.
      if let verb = words[next + 1].first, verb.isLowercase, words[next + 1] != "be" {
        return true
      }
    }
    return requestsOf(text) || WorkAssignment.decides(text)
  }

  /// Phrases that record a decision or a request someone has to act on,
  /// whoever it names: "It was agreed to go ahead and update the filter",
  /// "Dan has requested that ITB sites begin enabling HTPC".
  static let decisionPhrases = [
    "agreed to", "requested that", "requesting that", "request that", "asked to",
  ]

  static func decides(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return decisionPhrases.contains { lowered.contains(" " + $0 + " ") }
  }

  /// A request with the people it asks in brackets at its end: "…, please
  /// (Rob, Scott)".
  func requestsOf(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    let people = inside.split { ",/&".contains($0) }.map {
      $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
    }
    guard !people.isEmpty,
      people.allSatisfy({ person in
        names.contains(person) || names.contains(String(person.split(separator: " ").first ?? ""))
      })
    else { return false }
    let request = trimmed[..<open].lowercased()
    return WorkAssignment.requestWords.contains { word in
      var search = request.startIndex
      while let found = request.range(of: word, range: search..<request.endIndex) {
        let before =
          found.lowerBound == request.startIndex
          ? nil : request[request.index(before: found.lowerBound)]
        let after = found.upperBound == request.endIndex ? nil : request[found.upperBound]
        if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
        search = found.upperBound
      }
      return false
    }
  }

  /// The words of `text`, split at spaces and at punctuation other than
  /// apostrophes, with joined names taken apart ("Armen/Xin").
  static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }.map(String.init)
  }
}
