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

  /// An ASCII character is found where a search of the UTF-8 view finds it,
  /// after text that is not ASCII too.
  @Test(arguments: ["", "a+b", "é\t+", "\t", "no plus", "Zoë / Burt", "+"])
  func asciiCharacterFoundAsInTheUTF8View(text: String) {
    for character in ["+", "\t", "/"] as [Unicode.Scalar] {
      let byte = UInt8(ascii: character)
      #expect(ByteSearch.contains(ascii: character, in: text) == text.utf8.contains(byte))
      #expect(
        ByteSearch.firstOffset(ofASCII: character, in: text)
          == text.utf8.firstIndex(of: byte).map {
            text.utf8.distance(from: text.startIndex, to: $0)
          }
      )
    }
  }

  /// Spaces and tabs lead a line; the byte at an offset is a space or not.
  @Test func leadingSpacesAndTheByteAtAnOffset() {
    #expect(ByteSearch.leadingSpaceCount("") == 0)
    #expect(ByteSearch.leadingSpaceCount(" \t ---++ x") == 3)
    #expect(ByteSearch.leadingSpaceCount("\u{3000}x") == 0)
    #expect(ByteSearch.leadingSpaceCount("   ") == 3)
    #expect(ByteSearch.hasNonSpace(at: 4, in: "   *Bold*"))
    #expect(!ByteSearch.hasNonSpace(at: 4, in: "   * item"))
    #expect(!ByteSearch.hasNonSpace(at: 4, in: "   *\titem"))
    #expect(!ByteSearch.hasNonSpace(at: 4, in: "   *"))
    #expect(ByteSearch.hasNonSpace(at: 0, in: "é"))
    #expect(!ByteSearch.hasNonSpace(at: -1, in: "x"))
  }

  /// Digits, none or more, then the terminator: as the UTF-8 view read
  /// with its digits dropped.
  @Test(arguments: [
    ("   1. first", 3, true), ("   12.x", 3, true), ("   12 x", 3, false), ("   .", 3, true),
    ("   12", 3, false), ("12.", 9, false), ("1é.", 0, false), ("", 0, false),
  ])
  func digitsThenTerminator(text: String, start: Int, holds: Bool) {
    #expect(ByteSearch.digitsThen(".", in: text, from: start) == holds)
    #expect(
      (text.utf8.dropFirst(start).drop(while: ASCII.isDigit).first == UInt8(ascii: ".")) == holds)
  }

  /// A stretch of a line by UTF-8 offsets, cut at a terminator and at a
  /// number of bytes; a character cut short reads as U+FFFD.
  @Test func textBetweenOffsets() {
    let meta = "%META:PREFERENCE{name=\"X\"}%"
    #expect(ByteSearch.text(in: meta, from: 6, upTo: "{", maxBytes: 40) == "PREFERENCE")
    #expect(ByteSearch.text(in: meta, from: 6, upTo: "{", maxBytes: 4) == "PREF")
    #expect(ByteSearch.text(in: "%META:", from: 6, upTo: "{") == "")
    #expect(ByteSearch.text(in: "%ME", from: 6) == "")
    #expect(ByteSearch.text(in: "%META:ZOË", from: 6, upTo: "{") == "ZOË")
    #expect(ByteSearch.text(in: "%META:ZOË", from: 6, maxBytes: 3) == "ZO\u{FFFD}")
    let struck = "<del>---++ Security</del>---++ Security"
    #expect(ByteSearch.text(in: struck, from: 5, upTo: "<") == "---++ Security")
    #expect(ByteSearch.text(in: struck, from: 25, upTo: "<") == "---++ Security")
    #expect(ByteSearch.text(in: "é ---+ x", from: 3) == "---+ x")
  }

  /// The suffix test agrees with `hasSuffix`, a last byte alike or not.
  @Test(arguments: ["Label:", "Label: ", "", ":", "RAC:\u{301}", "x :", "é:"])
  func suffixAsStringHasIt(text: String) {
    #expect(ByteSearch.hasSuffix(ascii: ":", in: text) == text.hasSuffix(":"))
    #expect(ByteSearch.hasSuffix(ascii: "\r", in: text) == text.hasSuffix("\r"))
  }

  /// A name's ends: ASCII, and no space or tab.
  @Test(arguments: [
    ("Burt", true), (" Burt", false), ("Burt\t", false), ("Ármen", false), ("Zoë", false),
    ("", false), ("x", true), ("Rob Q.", true),
  ])
  func asciiEndsThatAreNoSpace(text: String, holds: Bool) {
    #expect(ByteSearch.hasASCIINonSpaceEnds(text) == holds)
  }

  /// Words split by bytes are the words split by characters.
  @Test(arguments: ["robert e.", "rob  e.", " . x ", "ármen b.", "a..b c", "", "x\r\ny .z"])
  func spaceSeparatedWordsAsByCharacters(text: String) {
    #expect(
      ByteSearch.spaceSeparatedWords(text, dropping: ".")
        == text.split(separator: " ").map { String($0.filter { $0 != "." }) })
  }

  /// A word starts after the text's start or ASCII whitespace; text that is
  /// not ASCII is left to the caller.
  @Test(arguments: [
    ("Robert E.", false as Bool?), (". x", true), ("a .b", true), ("a\t.b", true),
    ("a..b", false), ("", false), ("Ármen B.", nil), ("a .b é", nil),
  ])
  func wordStartingWithADot(text: String, holds: Bool?) {
    #expect(ByteSearch.hasWord(startingWith: ".", in: text) == holds)
  }

  /// A pattern is found in any ASCII case, as in the lowercased text.
  @Test(arguments: [
    "x (OPEN since 1 Jan 2011)", "(open sinc", "", "é (Open Since", "utilized", "UTILIZED x",
  ])
  func caselessPatternOccursAsInLowercasedText(text: String) {
    for word in ["(open since ", "utilized", "É"] {
      let lowered = Array(word.lowercased().utf8)
      let asciiLowered = text.utf8.map(ASCII.lowercased)
      let expected =
        lowered.isEmpty
        || asciiLowered.indices.contains { asciiLowered[$0...].starts(with: lowered) }
      #expect(CaselessPattern(word).occurs(in: text) == expected, "\(word) in \(text)")
    }
  }

  /// Each occurrence gets the first closer at or after its end; the walk
  /// ends at one without, or when asked to.
  @Test func caselessPatternWalksOccurrencesToTheirCloser() {
    let pattern = CaselessPattern("(open since ")
    func walk(_ text: String, stopAfter limit: Int = .max) -> [[Int]] {
      var seen: [[Int]] = []
      pattern.forEachOccurrence(in: text, closedBy: ")") { occurrence, close in
        seen.append([occurrence.lowerBound, occurrence.upperBound, close])
        return seen.count < limit
      }
      return seen
    }
    let text = "é (Open Since 1 Mar) (open since (OPEN SINCE 2 Mar)"
    #expect(walk(text) == [[3, 15, 20], [22, 34, 51], [34, 46, 51]])
    #expect(walk(text, stopAfter: 1) == [[3, 15, 20]])
    #expect(walk("(open since 1 Mar (open since 2 Mar") == [])
    #expect(walk("(open since 1 Mar) (open since 2 Mar") == [[0, 12, 17]])
    #expect(walk("(open since )") == [[0, 12, 12]])
    #expect(walk("") == [])
  }

  /// The meant heading of a line's text is the one of its bytes.
  @Test(arguments: [
    "--++ Coordinates", " ---+++ Gratia Reports", "<del>---++ Security</del>---++ Security",
    "---++ Coordinates", "x -+ y", "", "é <b>---++ Zoë", "\t--+ x",
  ])
  func meantHeadingOfTextIsThatOfItsBytes(text: String) {
    let byText = MeantHeading.start(in: text)
    let byBytes = MeantHeading.start(in: Array(text.utf8))
    #expect(byText?.offset == byBytes?.offset)
    #expect(byText?.dashes == byBytes?.dashes)
    #expect(byText?.pluses == byBytes?.pluses)
  }
}
