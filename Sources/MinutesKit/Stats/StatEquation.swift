/// A `check` equation over a statistic's slots: `jobs = ok + failed`,
/// `rate = 100 * ok / jobs`.
///
/// An equation holds when some values the figures can stand for satisfy it:
/// each figure becomes an interval and the intervals are carried through the
/// arithmetic. A whole count is exact (`74776` against 60156 + 14619 fails);
/// a rounded figure (``StatFigure/isRounded``: decimals, a scale, an
/// approximation) spans half a unit of its last digit, and so does a figure
/// compared with a quotient, which cannot be written exactly (`80%` and
/// `80.4%` against 100 × 60156 / 74775 = 80.449… hold; `84.0%` does not). A
/// range (`200~400`) spans its ends.
///
/// `previous.NAME` names the slot `NAME` of the same statistic in last
/// week's topic: `change = jobs - previous.jobs`.
public struct StatEquation: Sendable, Equatable {
  public indirect enum Expression: Sendable, Equatable {
    case number(Double)
    case slot(String)
    case negate(Expression)
    case binary(Character, Expression, Expression)
  }

  /// The equation as written.
  public var source: String
  public var left: Expression
  public var right: Expression
  /// Slots on a side whose other side divides: compared with a quotient.
  private var quotientSlots: Set<String>

  /// The prefix of a slot of last week's figures: `previous.jobs`.
  public static let previousPrefix = "previous."

  /// The outcome of checking an equation against the figures of one match.
  public enum Outcome: Sendable, Equatable {
    case holds
    /// The two sides cannot be equal within the rounding of the figures.
    case fails(left: ClosedRange<Double>, right: ClosedRange<Double>)
    /// A slot is blank, or a divisor may be zero: nothing to judge.
    case unknown
  }

  /// Parses `equation`; slot names must be among `slots`.
  public init(parsing equation: String, slots: [String]) throws(MinutesError) {
    do {
      self = try StatEquation.parse(equation, slots: slots)
    } catch {
      throw error.error
    }
  }

  /// A parse error and where in the equation it is, so that the roster
  /// loader can point into the file at the very character.
  struct ParseError: Error {
    var error: MinutesError
    /// Characters from the start of the equation (0-based).
    var offset: Int
  }

  static func parse(_ equation: String, slots: [String]) throws(ParseError) -> StatEquation {
    var parser = Parser(source: equation, slots: slots)
    let left = try parser.expression()
    try parser.expect("=")
    let right = try parser.expression()
    try parser.expectEnd()
    return StatEquation(source: equation, left: left, right: right)
  }

  private init(source: String, left: Expression, right: Expression) {
    self.source = source
    self.left = left
    self.right = right
    var quotientSlots = Set<String>()
    if StatEquation.divides(right) { quotientSlots.formUnion(StatEquation.slots(in: left)) }
    if StatEquation.divides(left) { quotientSlots.formUnion(StatEquation.slots(in: right)) }
    self.quotientSlots = quotientSlots
  }

  private static func divides(_ expression: Expression) -> Bool {
    switch expression {
    case .number, .slot: false
    case .negate(let inner): divides(inner)
    case .binary(let op, let a, let b): op == "/" || divides(a) || divides(b)
    }
  }

  private static func slots(in expression: Expression) -> [String] {
    switch expression {
    case .number: []
    case .slot(let name): [name]
    case .negate(let inner): slots(in: inner)
    case .binary(_, let a, let b): slots(in: a) + slots(in: b)
    }
  }

  /// Whether the equation names a figure of last week (`previous.jobs`).
  public var usesPrevious: Bool {
    slotNames.contains { $0.hasPrefix(StatEquation.previousPrefix) }
  }

  /// Checks the equation with the figures read from a match.
  public func evaluate(_ match: StatMatch) -> Outcome {
    var figures: [String: StatFigure] = [:]
    for slot in match.slots {
      if let figure = slot.figure { figures[slot.name] = figure }
    }
    return evaluate(figures)
  }

  public func evaluate(_ figures: [String: StatFigure]) -> Outcome {
    guard let left = StatEquation.interval(of: left, figures, quotientSlots),
      let right = StatEquation.interval(of: right, figures, quotientSlots)
    else { return .unknown }
    // A hair of slack for binary floating point, relative to the values.
    let slack = 1e-9 * max(1, abs(left.upperBound), abs(right.upperBound))
    if left.lowerBound <= right.upperBound + slack && right.lowerBound <= left.upperBound + slack {
      return .holds
    }
    return .fails(left: left, right: right)
  }

  /// The slot names the equation uses.
  public var slotNames: [String] {
    var names: [String] = []
    func collect(_ expression: Expression) {
      switch expression {
      case .number: break
      case .slot(let name): if !names.contains(name) { names.append(name) }
      case .negate(let inner): collect(inner)
      case .binary(_, let a, let b):
        collect(a)
        collect(b)
      }
    }
    collect(left)
    collect(right)
    return names
  }

  static func interval(
    of expression: Expression, _ figures: [String: StatFigure], _ quotientSlots: Set<String>
  ) -> ClosedRange<Double>? {
    switch expression {
    case .number(let value):
      return value...value
    case .slot(let name):
      guard let figure = figures[name] else { return nil }
      let tolerance = figure.isRounded || quotientSlots.contains(name) ? figure.tolerance : 0
      return (figure.low - tolerance)...(figure.high + tolerance)
    case .negate(let inner):
      guard let inner = interval(of: inner, figures, quotientSlots) else { return nil }
      return (-inner.upperBound)...(-inner.lowerBound)
    case .binary(let op, let a, let b):
      guard let a = interval(of: a, figures, quotientSlots),
        let b = interval(of: b, figures, quotientSlots)
      else { return nil }
      switch op {
      case "+": return (a.lowerBound + b.lowerBound)...(a.upperBound + b.upperBound)
      case "-": return (a.lowerBound - b.upperBound)...(a.upperBound - b.lowerBound)
      case "*":
        let products = [
          a.lowerBound * b.lowerBound, a.lowerBound * b.upperBound,
          a.upperBound * b.lowerBound, a.upperBound * b.upperBound,
        ]
        return products.min()!...products.max()!
      default:
        if b.lowerBound <= 0 && b.upperBound >= 0 { return nil }
        let quotients = [
          a.lowerBound / b.lowerBound, a.lowerBound / b.upperBound,
          a.upperBound / b.lowerBound, a.upperBound / b.upperBound,
        ]
        return quotients.min()!...quotients.max()!
      }
    }
  }

  /// Recursive descent over `expr := term (('+'|'-') term)*`,
  /// `term := factor (('*'|'/') factor)*`,
  /// `factor := number | slot | '(' expr ')' | '-' factor`.
  private struct Parser {
    let source: String
    let characters: [Character]
    let slots: [String]
    var index = 0

    init(source: String, slots: [String]) {
      self.source = source
      self.characters = Array(source)
      self.slots = slots
    }

    mutating func skipSpaces() {
      while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    var current: Character? {
      index < characters.count ? characters[index] : nil
    }

    func error(_ expected: String) -> ParseError {
      let found = current.map { "'\($0)'" } ?? "the end"
      return ParseError(
        error: MinutesError(
          "syntax error in check '\(source)' at column \(index + 1): expected \(expected), found \(found)"
        ), offset: index)
    }

    mutating func expect(_ character: Character) throws(ParseError) {
      skipSpaces()
      guard current == character else { throw error("'\(character)'") }
      index += 1
    }

    mutating func expectEnd() throws(ParseError) {
      skipSpaces()
      guard current == nil else { throw error("an operator or the end") }
    }

    mutating func expression() throws(ParseError) -> Expression {
      var result = try term()
      while true {
        skipSpaces()
        guard let op = current, op == "+" || op == "-" else { return result }
        index += 1
        result = .binary(op, result, try term())
      }
    }

    mutating func term() throws(ParseError) -> Expression {
      var result = try factor()
      while true {
        skipSpaces()
        guard let op = current, op == "*" || op == "/" else { return result }
        index += 1
        result = .binary(op, result, try factor())
      }
    }

    mutating func factor() throws(ParseError) -> Expression {
      skipSpaces()
      guard let character = current else { throw error("a number, a slot name or '('") }
      if character == "(" {
        index += 1
        let inner = try expression()
        try expect(")")
        return inner
      }
      if character == "-" {
        index += 1
        return .negate(try factor())
      }
      if character.isASCII && (character.isNumber || character == ".") {
        let start = index
        while let next = current, next.isASCII && (next.isNumber || next == ".") { index += 1 }
        let text = String(characters[start..<index])
        guard let value = Double(text), abs(value) < StatFigure.limit else {
          index = start
          throw error("a number below 10^15")
        }
        return .number(value)
      }
      if character.isLetter {
        let start = index
        while let next = current, next.isLetter || next.isNumber || next == "_" { index += 1 }
        var name = String(characters[start..<index])
        // `previous.jobs`: the slot of last week's figures.
        if name == "previous", current == "." {
          index += 1
          let slotStart = index
          while let next = current, next.isLetter || next.isNumber || next == "_" { index += 1 }
          name += "." + String(characters[slotStart..<index])
          let slot = String(name.dropFirst(StatEquation.previousPrefix.count))
          guard slots.contains(slot) else {
            let known = slots.map { "'\($0)'" }.joined(separator: ", ")
            throw ParseError(
              error: MinutesError(
                "unknown slot '\(slot)' after 'previous.' in check '\(source)' at column \(slotStart + 1) (the shape's slots are \(known))"
              ), offset: slotStart)
          }
          return .slot(name)
        }
        guard slots.contains(name) else {
          let hint = Suggestion.closest(to: name, in: slots).map { " (did you mean '\($0)'?)" }
          let known = slots.map { "'\($0)'" }.joined(separator: ", ")
          throw ParseError(
            error: MinutesError(
              "unknown slot '\(name)' in check '\(source)' at column \(start + 1)"
                + (hint ?? " (the shape's slots are \(known))")), offset: start)
        }
        return .slot(name)
      }
      throw error("a number, a slot name or '('")
    }
  }
}
