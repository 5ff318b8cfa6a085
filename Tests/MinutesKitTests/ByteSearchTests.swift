import Testing

@testable import MinutesKit

/// The byte layer's scans (``CueSet``, ``ByteSet``, ``ByteSearch``): one
/// pass over a line's bytes answers as a search by characters does.
@Suite struct ByteSearchTests {
  /// Each string is found in either case, one that must start a word only
  /// there, as a search of the lowercased text for each finds it.
  @Test func cueSetFindsWhatASearchPerStringFinds() {
    let anywhere = ["n't", "n’t", "ab"]
    let atWordStart = ["no"]
    let set = CueSet(anywhere: anywhere, atWordStart: atWordStart)
    var generator = SplitMix64(seed: 3)
    let pieces = ["N'T", "n’t", "n", "'t", "AB", "a", "No", "o", "x", "'", "1", " ", "—", "é"]
    var found = 0
    for _ in 0..<5_000 {
      let text = (0..<Int(generator.next() % 6)).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      let bytes = Array(text.lowercased().utf8)
      let expected =
        anywhere.contains { text.lowercased().contains($0) }
        || bytes.indices.contains { start in
          bytes[start...].starts(with: "no".utf8)
            && (start == 0
              || !(ASCII.isLetterOrDigit(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "'")))
        }
      #expect(set.occurs(in: text) == expected, "\(text)")
      if expected { found += 1 }
    }
    #expect(found > 500)
  }

  /// The bytes that may start a hidden character: every hidden character
  /// holds one, and plain text none.
  @Test func visibleTextByteSetHoldsEveryHiddenCharacter() {
    for value in UInt32(0)...0x2100 {
      guard let scalar = Unicode.Scalar(value), VisibleText.isHidden(scalar) else { continue }
      #expect(VisibleText.mayHide.occurs(in: String(Character(scalar))), "\(value)")
    }
    #expect(!VisibleText.mayHide.occurs(in: "CMS (Burt)\tZoë: 341 khour/day"))
    #expect(!ByteSet { _ in false }.occurs(in: "anything"))
  }

  /// `n/a` counts standing apart, not inside a word or a path.
  @Test(arguments: [
    ("n/a", true), ("gratia: n/a.", true), ("(n/a)", true), ("x n/a n/ab", true),
    ("/n/a", false), ("n/a/", false), ("ann/a", false), ("n/a_x", false), ("n/an/a", false),
    ("", false), ("—n/a—", false),
  ])
  func standingAloneIsApartFromWordsAndJoiner(text: String, holds: Bool) {
    #expect(ByteSearch.containsStandingAlone("n/a", in: text, apartFrom: "/") == holds)
  }

  /// Only bytes no range covers count; ranges may overlap or nest.
  @Test func alphanumericOutsideCoveredRanges() {
    #expect(ByteSearch.containsAlphanumeric(in: "* ___ x", from: 2, outside: [2..<5]))
    #expect(!ByteSearch.containsAlphanumeric(in: "* ___ TBD", from: 2, outside: [2..<5, 6..<9]))
    #expect(!ByteSearch.containsAlphanumeric(in: "ab ?? -", from: 2, outside: []))
    #expect(ByteSearch.containsAlphanumeric(in: "ab é", from: 2, outside: []))
    #expect(!ByteSearch.containsAlphanumeric(in: "abcdef", from: 0, outside: [0..<6, 1..<2]))
    #expect(ByteSearch.containsAlphanumeric(in: "abcdefg", from: 0, outside: [0..<6, 1..<2]))
    #expect(!ByteSearch.containsAlphanumeric(in: "ab", from: 5, outside: []))
  }

  /// A digit counts where no range covers it and no ASCII letter comes
  /// right before it (covered or not).
  @Test func digitsNotAfterLettersOutsideCoveredRanges() {
    #expect(ByteSearch.containsDigitNotAfterLetter(in: "12 jobs", outside: []))
    #expect(!ByteSearch.containsDigitNotAfterLetter(in: "T1 jobs", outside: []))
    #expect(!ByteSearch.containsDigitNotAfterLetter(in: "?? 12", outside: [3..<5]))
    #expect(ByteSearch.containsDigitNotAfterLetter(in: "(3 of T2", outside: [6..<8]))
    #expect(!ByteSearch.containsDigitNotAfterLetter(in: "", outside: []))
  }

  /// An indentation of spaces and tabs is measured by bytes as by
  /// characters, a tab counting as a 3-space level.
  @Test(arguments: ["", "   ", "\t", " \t ", "\u{3000}  ", "\u{3000}\t ", "      "])
  func indentWidthsAgreeWithCharacters(indentation: String) {
    #expect(
      ByteSearch.indentWidth(indentation, tabWidth: 3)
        == indentation.reduce(0) { $0 + ($1 == "\t" ? 3 : 1) })
  }
}
