import Foundation

/// `stat-mismatch`: the figures of a statistic contradict one of its `check`
/// equations. Whole counts are exact (74776 is not 60156 + 14619); figures
/// with decimals, a scale, or compared with a quotient (a percentage) may be
/// off by their rounding. One figure written wrong fails every check it is
/// in: a line is one finding, at its first failing check, counting the
/// others.
public struct StatMismatchRule: LintRule {
  public init() {}
  public var id: String { "stat-mismatch" }
  public var description: String { "a statistic whose check equation does not hold" }
  public var severity: Severity { .error }

  public var examples: [RuleExample] {
    [
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * 1️⃣74785 jobs total (60156 / 14619 = 80.4% success)
           * 74775 jobs total (60156 / 14619 = 2️⃣84.0% success)
           * 3️⃣74776 jobs total (60156 / 14619 = 80.4% success)
        """),
      // One figure wrong (the total lost a digit) fails both checks: one
      // finding, at the first.
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * 1️⃣26602 jobs total (118953 / 7649 = 94.0% success)
        """),
      RuleExample(
        """
        ---++ LIGO (Britta, Robert E.)
           * 74775 jobs total (60156 / 14619 = 80.4% success)
           * 74775 jobs total (60156 / 14619 = 80% success)
           * 74,775 jobs total (60,156 / 14,619 = 80.45% success)
           * 74775 jobs total (? / 14619 = 80.4% success)
        """),
    ]
  }

  public func check(_ context: LintContext) -> [Finding] {
    var findings: [Finding] = []
    let occurrences = context.statOccurrences
    for position in occurrences.indices where !occurrences[position].stat.equations.isEmpty {
      let occurrence = occurrences[position]
      // The figures read once for all of the statistic's equations (as
      // `StatEquation.evaluate(_:)` reads them from a match).
      var figures: [String: StatFigure] = [:]
      for slot in occurrence.match.slots { figures[slot.name] = slot.figure }
      if occurrence.stat.equations.contains(where: \.usesPrevious) {
        figures.merge(
          context.previousFigures.named(group: occurrence.group.id, stat: occurrence.stat.name)
        ) { current, _ in current }
      }
      // One figure written wrong makes every check it is in fail: the
      // first failing check is the finding, the others are counted in it.
      let failing = occurrence.stat.equations.filter {
        if case .fails = $0.evaluate(figures) { return true }
        return false
      }
      if let equation = failing.first {
        let written = StatMismatchRule.show(equation.left, figures)
        let computed = StatMismatchRule.show(equation.right, figures)
        var line = context.topic.lines[occurrence.lineIndex]
        var column = occurrence.match.range.lowerBound + 1
        if case .slot(let name) = equation.left, let slot = occurrence.match[slot: name] {
          column = slot.offset + 1
          line = context.topic.lines[occurrence.lineIndex + slot.lineOffset]
        }
        let others =
          failing.count == 1
          ? ""
          : " (\(failing.count - 1) more check\(failing.count == 2 ? "" : "s") on the line "
            + "fail\(failing.count == 2 ? "s" : "") with it)"
        findings.append(
          finding(
            "check '\(equation.source)' fails: \(written) against \(computed)\(others)",
            line: line.number, column: column, in: context))
      }
    }
    return findings
  }

  /// A side of the equation as a reader checks it: a slot as written, a
  /// computed value with two more decimals than the figures it comes from.
  static func show(_ expression: StatEquation.Expression, _ figures: [String: StatFigure]) -> String
  {
    if case .slot(let name) = expression, let figure = figures[name] { return figure.text }
    guard let value = nominal(expression, figures) else { return "?" }
    let decimals = min(6, (figures.values.map(\.decimals).max() ?? 0) + 2)
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  static func nominal(_ expression: StatEquation.Expression, _ figures: [String: StatFigure])
    -> Double?
  {
    switch expression {
    case .number(let value): return value
    case .slot(let name): return figures[name]?.value
    case .negate(let inner): return nominal(inner, figures).map { -$0 }
    case .binary(let op, let a, let b):
      guard let a = nominal(a, figures), let b = nominal(b, figures) else { return nil }
      switch op {
      case "+": return a + b
      case "-": return a - b
      case "*": return a * b
      default: return b == 0 ? nil : a / b
      }
    }
  }
}
