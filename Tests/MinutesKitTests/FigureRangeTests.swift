import Testing

@testable import MinutesKit

/// Figures too large for a meeting's statistics (and for a Double to hold
/// exactly) are not figures, so nothing downstream prints `inf` or `nan`.
@Suite struct FigureRangeTests {
  @Test func digitRunsOfTenToTheFifteenOrMoreAreNoFigures() {
    #expect(StatFigure("999999999999999")?.value == 999_999_999_999_999)
    #expect(StatFigure("1000000000000000") == nil)
    #expect(StatFigure(String(repeating: "9", count: 310)) == nil)
    #expect(StatFigure("2,000,000G") == nil)
    #expect(StatFigure("-" + String(repeating: "9", count: 300)) == nil)
  }

  @Test func aStatisticWithAHugeFigureIsNotRead() {
    let matcher = StatMatcher(try! StatShape(parsing: "{khours} khour/day, {success}% success"))
    let line = "   * " + String(repeating: "9", count: 310) + " khour/day, 91% success"
    let figures = matcher.matches(in: line).flatMap(\.slots).compactMap(\.figure)
    #expect(figures.allSatisfy { $0.value.isFinite && $0.text.count < 20 })
    #expect(matcher.matches(in: line).allSatisfy { $0[slot: "khours"]?.figure == nil })
  }

  @Test func theChartOfTheLargestFiguresHasNoNaN() {
    let scale = StatChart.valueScale([0, 999_999_999_999_999, -999_999_999_999_999])
    #expect(scale.low.isFinite && scale.high.isFinite && scale.step.isFinite && scale.step > 0)
  }

  @Test func anEquationConstantOfTenToTheFifteenIsRefused() {
    #expect(throws: (any Error).self) {
      try StatEquation(parsing: "a = 1000000000000000 * b", slots: ["a", "b"])
    }
  }
}
