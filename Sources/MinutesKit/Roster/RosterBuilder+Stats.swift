import Yams

/// A group's `stats:`: each statistic's shapes and checks, every problem
/// pointed at the very character of the shape or equation.
extension RosterBuilder {
  static let statKeys = ["name", "shape", "check", "since", "until"]

  func buildStats(_ node: Node, group: String) throws(MinutesError) -> [StatDeclaration] {
    guard case .sequence(let sequence) = node else {
      throw mismatch(node, "a list of stats (each with name and shape)")
    }
    var stats: [StatDeclaration] = []
    var seen: [String: SourceLocation] = [:]
    for (index, item) in sequence.enumerated() {
      let fields = try entries(
        item, expected: "a stat (name, shape, check)", allowed: RosterBuilder.statKeys,
        context: "stat \(index + 1) of group '\(group)'")
      let nameNode = try fields.required("name", "a name for the statistic")
      let name = try string(nameNode, "a stat name")
      if let first = seen[name.lowercased()] {
        throw MinutesError(
          "duplicate stat '\(name)' in group '\(group)' (first at line \(first.line))",
          at: yaml.location(nameNode))
      }
      seen[name.lowercased()] = yaml.location(nameNode)
      let shapesNode = try fields.required(
        "shape", "the statistic's text with {slots}", context: "stat '\(name)'")
      // One shape, or a list of the shapes the figures are written in.
      var shapeNodes = [shapesNode]
      if case .sequence(let sequence) = shapesNode {
        shapeNodes = Array(sequence)
        guard !shapeNodes.isEmpty else {
          throw MinutesError(
            "empty list of shapes for stat '\(name)' (write at least one, like '{jobs} jobs')",
            at: yaml.location(shapesNode))
        }
      }
      var shapes: [String] = []
      var slotNames: [String] = []
      for shapeNode in shapeNodes {
        let shape = try string(shapeNode, "a stat shape like '{jobs} jobs'", trim: false)
        let parsedShape: StatShape
        do {
          parsedShape = try StatShape(parsing: shape)
        } catch {
          throw MinutesError(error.message, at: yaml.location(shapeNode))
        }
        if let (message, offset) = parsedShape.problem {
          throw MinutesError(message, at: location(of: offset, in: shape, at: shapeNode))
        }
        shapes.append(shape)
        for slot in parsedShape.slotNames where !slotNames.contains(slot) { slotNames.append(slot) }
      }
      let shapeNode = shapeNodes[0]
      let shape = shapes[0]
      var checks: [String] = []
      var checkNodes: [Node] = []
      if let checkNode = fields.optional("check") {
        if case .sequence(let sequence) = checkNode {
          checks = try stringList(checkNode, "a list of check equations", item: "an equation")
          checkNodes = Array(sequence)
        } else {
          checks = [try string(checkNode, "an equation like 'jobs = ok + failed'")]
          checkNodes = [checkNode]
        }
      }
      for (check, checkNode) in zip(checks, checkNodes) {
        do {
          _ = try StatEquation.parse(check, slots: slotNames)
        } catch {
          throw MinutesError(
            error.error.message, at: location(of: error.offset, in: check, at: checkNode))
        }
      }
      var stat = StatDeclaration(
        name: name, shape: shape, alternatives: Array(shapes.dropFirst()), checks: checks,
        location: yaml.location(item))
      stat.shapeLocation = yaml.location(shapeNode)
      stat.period = try buildPeriod(fields, what: "stat '\(name)' of group '\(group)'")
      stat.checkLocations = checkNodes.map { yaml.location($0) }
      stats.append(stat)
    }
    return stats
  }

  /// Where the character `offset` of `text`, the value of `node`, stands in
  /// the file; the node's own position when the text is not written on its
  /// line as it reads (escapes, folded or multi-line scalars).
  func location(of offset: Int, in text: String, at node: Node) -> SourceLocation {
    guard let mark = node.mark, mark.line >= 1, mark.line <= yaml.lines.count else {
      return yaml.location(node)
    }
    let line = Array(yaml.lines[mark.line - 1].unicodeScalars)
    let wanted = Array(text.unicodeScalars)
    let first = max(0, mark.column - 1)
    guard line.count - wanted.count >= first,
      let start = (first...(line.count - wanted.count)).first(where: {
        line[$0..<$0 + wanted.count].elementsEqual(wanted)
      })
    else { return yaml.location(node) }
    let inside = text.prefix(offset).unicodeScalars.count
    return yaml.location(line: mark.line, scalarColumn: start + 1 + inside)
  }
}
