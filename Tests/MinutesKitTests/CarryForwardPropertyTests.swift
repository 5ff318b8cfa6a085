import Foundation
import Testing

@testable import MinutesKit

/// Random chains of weekly topics: items, sub-items and actions are added,
/// closed with random done marks and carried week after week. After every
/// week each open item is in the new topic exactly once with its open
/// sub-items under it (the open sub-items of a closed item on their own),
/// nothing closed is, and the origin date is the week the item first
/// appeared.
@Suite struct CarryForwardPropertyTests {
  static let chains = 100
  static let weeks = 12

  /// What the test knows about an item, independent of the tool.
  final class Node {
    let id: String
    let week: Int
    var closed = false
    var children: [Node] = []
    let isAction: Bool
    init(id: String, week: Int, isAction: Bool = false) {
      self.id = id
      self.week = week
      self.isAction = isAction
    }
  }

  struct Chain {
    var random: SplitMix64
    var counter = 0
    var items: [Node] = []
    var actions: [Node] = []
    /// The items that head a carried block in the latest topic: the items
    /// added at the first level, and the open sub-items of one closed while
    /// it headed a block (they carry on without it).
    var roots: [Node] = []

    mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    mutating func words() -> String {
      let vocabulary = [
        "BDII", "filter", "almost", "done", "UNDONE", "ticket", "Gratia", "probe", "site",
        "glidein",
        "closed-loop", "rollout", "ITB", "release",
      ]
      return (0..<(1 + next(4))).map { _ in vocabulary[next(vocabulary.count)] }.joined(
        separator: " ")
    }

    /// A text with a random done mark.
    mutating func closedText(_ text: String) -> String {
      switch next(5) {
      case 0: "DONE: \(text)"
      case 1: "\(text) - CLOSED"
      case 2: "%Y% \(text)"
      case 3: "<del>\(text)</del>"
      default: "\(text) (DONE)"
      }
    }

    /// New item lines at `level`, with random sub-items; some born closed.
    mutating func makeItem(week: Int, level: Int, parentID: String?) -> (Node, [String]) {
      counter += 1
      let id = parentID.map { "[\($0.dropFirst().dropLast()).\(counter)]" } ?? "[i\(counter)]"
      let node = Node(id: id, week: week)
      var text = "\(words()) \(id) \(words())"
      if next(6) == 0 {
        node.closed = true
        text = closedText(text)
      }
      var lines = [String(repeating: "   ", count: level) + "* " + text]
      if level < 4 {
        for _ in 0..<next(level == 1 ? 4 : 2) {
          let (child, childLines) = makeItem(week: week, level: level + 1, parentID: id)
          node.children.append(child)
          lines += childLines
        }
      }
      return (node, lines)
    }

    mutating func makeAction(week: Int) -> (Node, String) {
      counter += 1
      let node = Node(id: "[a\(counter)]", week: week, isAction: true)
      var state = "open"
      if next(5) == 0 {
        node.closed = true
        state = "closed"
      }
      let line =
        #"   * %ACTION{ who="Main.BurtHolzman" due="2011-03-29" state="\#(state)" uid="\#(counter)" }% "#
        + "\(words()) \(node.id) %ENDACTION%"
      return (node, line)
    }
  }

  static func date(_ week: Int) -> MeetingDate {
    MeetingDate(year: 2011, month: 1, day: 4)!.adding(days: 7 * week)
  }

  static func template(_ ending: String) -> Topic {
    Topic(text: blankTopic.replacingOccurrences(of: "\n", with: ending), path: "new.txt")
  }

  @Test func chainsOfWeeksLoseNothingAndDuplicateNothing() throws {
    var checked = 0
    for seed in 0..<Self.chains {
      var chain = Chain(random: SplitMix64(seed: UInt64(seed) &+ 0x5EED))
      let ending = chain.next(3) == 0 ? "\r\n" : "\n"
      var lines = Self.template(ending).lines.map(\.text)
      for week in 0..<Self.weeks {
        // Close some open items, sub-items and actions of this week's topic.
        for node in chain.roots + chain.actions where !node.closed {
          var candidates = [node]
          var stack = node.children
          while let child = stack.popLast() {
            if child.closed { continue }
            candidates.append(child)
            stack += child.children
          }
          for candidate in candidates where chain.next(7) == 0 {
            let index = try #require(lines.firstIndex { $0.contains(candidate.id) })
            let line = lines[index]
            if candidate.isAction {
              lines[index] =
                chain.next(2) == 0
                ? line.replacingOccurrences(of: "state=\"open\"", with: "state=\"closed\"")
                : line.replacingOccurrences(
                  of: "%ACTION{ ", with: "%ACTION{ closed=\"2011-03-01\" ")
              if !lines[index].contains("state=\"closed\"") && !lines[index].contains("closed=") {
                continue
              }
            } else {
              let item = try #require(listItem(LineClassifier.kind(of: line)))
              lines[index] = item.indentation + "* " + chain.closedText(item.text)
            }
            candidate.closed = true
            if chain.roots.contains(where: { $0 === candidate }) {
              chain.roots += candidate.children.filter { !$0.closed }
            }
          }
        }
        // Add new items and actions.
        let heading = try #require(lines.firstIndex { $0.hasPrefix("---++ Action") })
        var added: [String] = []
        for _ in 0..<chain.next(4) {
          let (node, itemLines) = chain.makeItem(week: week, level: 1, parentID: nil)
          chain.items.append(node)
          chain.roots.append(node)
          chain.roots += Self.roots(node.children, under: node)
          added += itemLines
        }
        if chain.next(3) == 0 { added.append("   * ") }
        lines.insert(contentsOf: added, at: heading + 1)
        let cms = try #require(lines.firstIndex { $0.hasPrefix("---++ CMS") })
        for _ in 0..<chain.next(3) {
          let (node, line) = chain.makeAction(week: week)
          chain.actions.append(node)
          lines.insert(line, at: cms + 1)
        }
        let previous = Topic(
          text: lines.joined(separator: ending) + ending, path: "week\(week).txt")
        let (next, _) = CarryForward.apply(
          from: previous, previousDate: Self.date(week), to: Self.template(ending),
          roster: carryRoster())
        try Self.check(next, chain: chain, ending: ending)
        checked += 1
        lines = next.lines.map(\.text)
      }
    }
    #expect(checked == Self.chains * Self.weeks)
  }

  static func check(_ topic: Topic, chain: Chain, ending: String) throws {
    let expectedEnding: LineTerminator = ending == "\r\n" ? .crlf : .lf
    #expect(topic.lines.allSatisfy { $0.terminator == expectedEnding || $0.terminator == .none })
    let lines = topic.lines.map(\.text)
    func occurrences(_ id: String) -> [Int] { lines.indices.filter { lines[$0].contains(id) } }
    let carrying = try #require(topic.allSections.first { $0.name == "Action/Significant Items" })
    let cms = try #require(topic.allSections.first { $0.name == "CMS" })

    for action in chain.actions {
      let found = occurrences(action.id)
      if action.closed {
        #expect(found.isEmpty, "closed action \(action.id) carried")
        continue
      }
      try #require(found.count == 1, "open action \(action.id) found \(found.count) times")
      #expect(cms.ownBodyRange.contains(found[0]))
      #expect(!lines[found[0]].contains("uid=\""), "a carried action keeps no uid")
      #expect(OriginNote.date(in: lines[found[0]]) == date(action.week))
    }

    for item in chain.roots {
      let found = occurrences(item.id)
      if item.closed {
        #expect(found.isEmpty, "closed item \(item.id) carried")
        continue
      }
      try #require(found.count == 1, "open item \(item.id) found \(found.count) times")
      let head = found[0]
      #expect(carrying.ownBodyRange.contains(head))
      #expect(listItem(topic.lines[head].kind)?.level == 1)
      #expect(OriginNote.date(in: lines[head]) == date(item.week))
      #expect(lines[head].components(separatedBy: "(open since").count == 2, "one note only")
      // The open sub-items follow in order at their levels; closed ones are gone.
      let expected = flatten(item.children)
      var index = head + 1
      for entry in expected {
        let found = occurrences(entry.node.id)
        if entry.hidden {
          #expect(found.isEmpty, "closed sub-item \(entry.node.id) carried")
          continue
        }
        #expect(found == [index], "sub-item \(entry.node.id) not right under its parent")
        #expect(listItem(topic.lines[index].kind)?.level == entry.level + 1)
        #expect(OriginNote.date(in: lines[index]) == nil)
        index += 1
      }
    }
  }

  /// The sub-items of a new item that head blocks of their own: those of
  /// an item born closed, and so on down.
  static func roots(_ children: [Node], under parent: Node) -> [Node] {
    guard parent.closed else { return [] }
    return children.filter { !$0.closed }
      + children.filter(\.closed).flatMap { [$0] + roots($0.children, under: $0) }
  }

  /// The sub-items in page order with their depth (1 for direct children)
  /// and whether they are hidden (closed, or under a closed one).
  static func flatten(_ nodes: [Node], depth: Int = 1, hidden: Bool = false) -> [(
    node: Node, level: Int, hidden: Bool
  )] {
    nodes.flatMap { node in
      [(node, depth, hidden || node.closed)]
        + flatten(node.children, depth: depth + 1, hidden: hidden || node.closed)
    }
  }
}
