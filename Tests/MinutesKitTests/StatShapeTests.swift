import Testing

@testable import MinutesKit

@Suite struct StatShapeTests {
  @Test func splitsLiteralsAndSlots() throws {
    let shape = try StatShape(parsing: "{khours} khour/day, {success}% success")
    #expect(
      shape.segments == [
        .slot("khours"), .literal(" khour/day, "), .slot("success"), .literal("% success"),
      ])
    #expect(shape.slotNames == ["khours", "success"])
    #expect(shape.skeleton(blank: "___") == "___ khour/day, ___% success")
  }

  @Test func doubledBracesAreLiteral() throws {
    let shape = try StatShape(parsing: "{{x}} {n} jobs")
    #expect(shape.skeleton(blank: "_") == "{x} _ jobs")
  }

  @Test(arguments: [
    ("no slot here", "has no {slot}"),
    ("{a} and {a}", "appears twice"),
    ("{a}{b}", "touch"),
    ("{1a} x", "bad slot name"),
    ("{open x", "unclosed '{'"),
    ("x } y {a}", "unmatched '}'"),
  ])
  func rejectsBadShapes(shape: String, message: String) {
    #expect {
      try StatShape(parsing: shape)
    } throws: { error in
      (error as? MinutesError)?.message.contains(message) == true
    }
  }
}
