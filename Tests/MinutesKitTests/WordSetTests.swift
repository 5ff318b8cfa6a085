import Testing

@testable import MinutesKit

/// ``WordSet``: one pass over a line finds what a search per word finds.
@Suite struct WordSetTests {
  @Test func findsWhatASearchPerWordFinds() {
    let words = ["vacation", "on leave", "out of office"]
    let set = WordSet(words)
    var generator = SystemRandomNumberGenerator()
    let pieces = ["Vacation", "vac", "ON LEAVE", "on  leave", "out of ", "office", "x", " ", "é"]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let lowered = text.lowercased()
      #expect(set.occurs(in: text) == words.contains { lowered.contains($0) }, "\(text)")
    }
    #expect(set.occurs(in: "Britta on VACATION next week"))
    #expect(!WordSet([]).occurs(in: "vacation"))
  }
}
