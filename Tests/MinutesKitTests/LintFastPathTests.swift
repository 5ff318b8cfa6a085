import Foundation
import Testing

@testable import MinutesKit

/// Lint passes over most lines on a cheap test of their bytes before a
/// closer look. Each test here shows a line the cheap test must not pass
/// over, or a byte-wise path that must agree with the general one.
@Suite struct LintFastPathTests {
  /// Titles split into name and owners, ASCII or not.
  @Test(
    arguments: [
      ("CMS (Burt)", "CMS", ["Burt"]), ("Atlas (Armen & Xin)", "Atlas", ["Armen", "Xin"]),
      ("LIGO (Britta, Robert E.)", "LIGO", ["Britta", "Robert E."]),
      ("Engage (Mats and John)", "Engage", ["Mats", "John"]),
      ("Action/Significant Items:", "Action/Significant Items", nil),
      ("  Attendees :  ", "Attendees", nil), ("(Burt)", "(Burt)", nil), ("CMS ()", "CMS", []),
      ("CMS (Burt) :", "CMS", ["Burt"]), ("A (b and and c)", "A", ["b", "and c"]),
      ("A (b ,, & c and)", "A", ["b", "c and"]), ("A ( and b)", "A", ["b"]),
      ("A (b) (c)", "A (b)", ["c"]), ("A (b", "A (b", nil), ("A b)", "A b)", nil),
      ("\tA\t(\tb\t)", "A", ["b"]), ("", "", nil), (":", "", nil), ("A:(b)", "A:", ["b"]),
      ("Grid Opérations (Müller & Łukasz)", "Grid Opérations", ["Müller", "Łukasz"]),
      ("Café\u{A0}(Zoë)", "Café\u{A0}", ["Zoë"]),
      // A combining mark on `(` leaves it a parenthesis, as TWiki reads it.
      ("CMS (\u{301}Burt)", "CMS", ["\u{301}Burt"]),
      ("CMS (Burt,\u{301} Xin)", "CMS", ["Burt", "\u{301} Xin"]),
    ] as [(String, String, [String]?)])
  func titlesSplitIntoNameAndOwners(title: String, name: String, owners: [String]?) {
    #expect(SectionTitle(title).name == name)
    #expect(SectionTitle(title).owners == owners)
    #expect(SectionTitle.name(of: title) == name)
  }

  /// A statistic in other letter case is still found: the quick test for
  /// the shape's words ignores case as the match does.
  @Test func statisticInCapitalsIsFound() throws {
    let matcher = StatMatcher(try StatShape(parsing: "{khours} khour/day, {success}% success"))
    let found = matcher.matches(in: "   * 341 KHOUR/DAY,  91% SUCCESS")
    #expect(found.count == 1)
    #expect(found.first?.slots.map(\.figure?.value) == [341, 91])
    #expect(matcher.matches(in: "   * 341 khour/week, 91% success").isEmpty)
  }

  /// A shape of slots alone may stand on any line: it gives no anchor words,
  /// and its group's lines are all read.
  @Test func shapeWithoutWordsHasNoAnchor() throws {
    #expect(StatMatcher(try StatShape(parsing: "{jobs}")).anchorWords == nil)
    #expect(StatMatcher(try StatShape(parsing: "{jobs} jobs")).anchorWords == [Array("jobs".utf8)])
  }

  /// Starts of a line that cannot begin a statistic are passed over; every
  /// match a try at each start finds is still found. Random lines: a shape
  /// with its slots filled with figures, blanks or nothing, among noise.
  @Test(arguments: ["___", "n/a", "TBD"])
  func statisticStartsPassedOverHoldNoMatch(blank: String) throws {
    let shapes = [
      "{khours} khour/day, {success}% success",
      "{jobs} jobs total ({ok} / {failed} = {rate}% success)",
      "failed {jobs} jobs", "average {jobs} jobs per day", "{a}.",
    ]
    let fillers = [
      "341", "91", "1,234", "2.5K", "3m", "-7", "+3", "?", "???", "___", "_", "n/a", "N/A", "tbd",
      "TBD", "", " ", "  ", "\t", "x", "12abc", "1.", "é",
    ]
    let noise = [
      "", "", " ", "* ", "x", "é", "1", ".", ",", "(", "n/", "+", "_", "khour/day,", "jobs",
    ]
    var generator = SplitMix64(seed: 11)
    func pick(_ list: [String]) -> String { list[Int(generator.next() % UInt64(list.count))] }
    var found = 0
    var anchored = 0
    var lowercased: [UInt8] = []
    for shape in shapes {
      let parsed = try StatShape(parsing: shape)
      let matcher = StatMatcher(parsed)
      // Lint passes over a line that holds none of its group's anchor words
      // (a shape without them is looked for on every line).
      let anchors = matcher.anchorWords.map { WordSet(lowercasedBytes: $0) }
      if anchors != nil { anchored += 1 }
      for _ in 0..<3000 {
        var line = pick(noise) + pick(noise)
        for segment in parsed.segments {
          switch segment {
          case .literal(let text):
            line += generator.next() % 4 == 0 ? text.uppercased() : text
          case .slot:
            line += pick(fillers)
          }
        }
        line += pick(noise) + pick(noise)
        let (skipping, every) = LineBytes.reading(line) {
          (
            matcher.matches(inChecked: $0, blank: blank),
            matcher.matches(inChecked: $0, blank: blank, skipping: false)
          )
        }
        #expect(skipping == every, "\(shape) in \(line)")
        // Lint lends its lines in one buffer, left longer by earlier lines.
        let lowercasedSkipping = LineBytes.reading(line, lowercasingInto: &lowercased) {
          matcher.matches(inChecked: $0, blank: blank)
        }
        #expect(lowercasedSkipping == every, "\(shape) in \(line)")
        if let anchors, LineBytes.reading(line, { matcher.mayOccur(in: $0) }) {
          #expect(anchors.occurs(in: line), "\(shape) in \(line)")
        }
        found += every.count
      }
    }
    #expect(found > 3000)
    #expect(anchored == 4)
  }

  /// Figures are read from byte ranges: grouped, fractional, scaled and
  /// signed ones keep their value and written precision.
  @Test(arguments: [
    ("1,234.5", 1234.5, 1), ("1,234,567", 1_234_567, 0), ("12.50", 12.5, 2), ("-0.25K", -250, 2),
    ("7", 7, 0), ("999,999.999", 999_999.999, 3), ("+3M", 3_000_000, 0), ("1234,567", 1234, 0),
  ])
  func figuresReadFromByteRanges(text: String, value: Double, decimals: Int) throws {
    let bytes = Array(text.utf8)
    let (figure, end) = try #require(StatFigure.read(bytes, at: 0))
    #expect(abs(figure.value - value) < 1e-9 * max(1, abs(value)))
    #expect(figure.decimals == decimals)
    #expect(figure.text == String(decoding: bytes[..<end], as: UTF8.self))
  }

  /// Placeholder words are picked by their first letter before they are
  /// compared: every one of them must still be found, in any case allowed.
  @Test func placeholderWordsInAnyAllowedCaseAreFound() {
    let found = LintText.placeholders(in: "tbd, Fixme; TODO: XXX and Tbd FIXME todo xxx")
    #expect(found.map(\.text) == ["tbd", "Fixme", "TODO", "XXX", "Tbd", "FIXME"])
  }

  /// Lines the quick check passes over hold no placeholder the full scan
  /// would find: random lines made of the letters placeholders are made of.
  @Test func placeholderQuickCheckPassesOverNoPlaceholder() {
    var generator = SplitMix64(seed: 7)
    let pieces = [
      "tbd", "TBD", "tBd", "fixme", "FixMe", "TODO", "todo", "XXX", "xxx", "___", "??", "???",
      "(to be updated after the meeting)", "(TO BE updated after the meeting)", " ", " ", "a",
      "_", "é", "x", "bd", "D", "(", "t", "-", "1",
    ]
    var found = 0
    for _ in 0..<20000 {
      let count = Int(generator.next() % 7)
      let line = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
        .joined()
      let quick = PlaceholderScan.placeholders(in: line, blank: "___")
      let full = PlaceholderScan.placeholders(in: line, blank: "___", quickCheck: false)
      #expect(quick == full, "\(line)")
      found += full.count
    }
    #expect(found > 100)
  }

  /// An origin note in capitals is still read.
  @Test func originNoteInCapitalsIsStale() {
    let example = RuleExample(
      """
      ---++ Action/Significant Items:
         * Pakiti rollout 1️⃣(OPEN SINCE 1 Jan 2011)
      """)
    let findings = StaleItemRule().check(example.context)
    #expect(findings.map(\.location.column) == example.expectedPositions.map(\.column))
  }

  /// Owners written as the roster has them are the same people, without
  /// splitting names into words, unless a word is dots only (then the
  /// general comparison, which such a word never passes, decides).
  @Test(arguments: [
    (["Britta", "Robert E."], true), (["Rob Q."], true), (["Rob ."], false), ([". Rob"], false),
    (["Ann", "..."], false), ([".NET"], true), (["Zoë"], true), ([""], true),
  ])
  func ownersWrittenAsTheRosterHasThem(names: [String], same: Bool) {
    #expect(OwnerMismatchRule.sameOwners(names, names) == same)
  }

  /// A META value with a `%` byte is decoded; one without is left as it is.
  @Test func metaValuesWithPercentAreDecoded() {
    #expect(TWikiEncoding.decode("a%22b%25") == "a\"b%")
    #expect(TWikiEncoding.decode("no percent") == "no percent")
    #expect(TWikiEncoding.decode("%\u{301}41") == "%\u{301}41")
  }

  /// ASCII META lines are parsed by bytes; they must parse as by characters.
  @Test(arguments: [
    #"%META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.3"}%"#,
    #"%META:TOPICPARENT{name="WeeklyProductionMeetings"}%"#, "%META:X{}%", "%META:{}%",
    #"%META:X{a="1"b="2"}%"#, #"%META:X{  a="1"   }%"#, #"%META:X{a=1}%"#, #"%META:X{a="}%"#,
    #"%META:X{a b="1"}%"#, #"%META:X {a="1"}%"#, #"%META:X{a="%22q%7D"}%"#, "%META:}%",
    #"%META:X{a=""}%"#, #"%META:X{="1"}%"#, #"%META:X{a="1"}% "#, "%META:X{\ta=\"1\"}%",
  ])
  func asciiMetaLinesParseAsByCharacters(line: String) {
    #expect(MetaDirective(line: line) == MetaDirective(characters: line))
  }

  /// Item texts and titles are trimmed by bytes after an ASCII character;
  /// they must come out as `trimmedSpaces()` gives them.
  @Test(arguments: ["text  \t ", "text", "", "  ", "té \t", "x\u{301} ", "\u{600} ", "a\r "])
  func trimmedTextAsByCharacters(text: String) {
    var bytes = Array(text.utf8)
    let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? bytes.count
    let trimmed = bytes.withUnsafeMutableBufferPointer {
      LineClassifier.trimmedText(UnsafeBufferPointer($0)[start...])
    }
    #expect(trimmed == String(decoding: bytes[start...], as: UTF8.self).trimmedSpaces())
    bytes.removeAll()
  }

  /// The byte search finds a pattern anywhere, from where it is told.
  @Test func byteSearchFindsPatternsAnywhere() {
    let text = Array("abc minutes-lint x minutes-lint".utf8)
    text.withUnsafeBufferPointer { bytes in
      #expect(BytePattern(Array("minutes-lint".utf8)).firstOffset(in: bytes) == 4)
      #expect(BytePattern(Array("minutes-lint".utf8)).firstOffset(in: bytes, from: 5) == 19)
      #expect(BytePattern(Array("lint x".utf8)).firstOffset(in: bytes) == 12)
      #expect(BytePattern(Array("lintx".utf8)).firstOffset(in: bytes) == nil)
      #expect(BytePattern(Array("abc".utf8)).firstOffset(in: bytes) == 0)
    }
    #expect(ByteSearch.contains(byte: UInt8(ascii: "<"), in: "a <pre>"))
    #expect(!ByteSearch.contains(byte: UInt8(ascii: "<"), in: "a pre"))
    #expect(!ByteSearch.contains(byte: UInt8(ascii: "<"), in: ""))
  }

  /// The case-blind search finds a pattern whatever its first byte: a
  /// letter (tried at every byte) or not (found with `memchr`).
  @Test(arguments: [
    ("x ((OPEN since 1 Jan", "(open since", true), ("(open sinc", "(open since", false),
    ("a (Open Since", "(open since", true), ("KHOUR/DAY,", "khour/day,", true),
    ("khour/day", "khour/day,", false), ("__x", "_x", true), ("", "(", false), ("(", "(", true),
  ])
  func caseBlindSearch(text: String, pattern: String, found: Bool) {
    let lowered = Array(pattern.utf8)
    #expect(
      ByteSearch.withBytes(of: text) {
        ByteSearch.containsIgnoringASCIICase(lowercased: lowered, in: $0)
      } == found)
    let lowercasedText = text.utf8.map(ASCII.lowercased)
    #expect(
      lowercasedText.withUnsafeBufferPointer { BytePattern(lowered).firstOffset(in: $0) != nil }
        == found)
    // A line lent with its lowercased copy in a fresh buffer, or in one an
    // earlier, longer line left bytes in past this line's end: the same
    // answers.
    var buffer = [UInt8](repeating: UInt8(ascii: "("), count: 64)
    let fresh = LineBytes.reading(text) {
      (
        $0.containsAll(lowercased: [BytePattern(lowered)]),
        $0.firstOffset(ofLowercased: lowered, from: 0)
      )
    }
    let reused = LineBytes.reading(text, lowercasingInto: &buffer) {
      (
        $0.containsAll(lowercased: [BytePattern(lowered)]),
        $0.firstOffset(ofLowercased: lowered, from: 0)
      )
    }
    #expect(fresh.0 == found)
    #expect(reused.0 == found)
    #expect((fresh.1 != nil) == found)
    #expect(fresh.1 == reused.1)
  }

  /// ASCII is passed over eight bytes at a time; a bad byte anywhere in or
  /// after such a run is still found at its own offset.
  @Test func invalidUTF8IsFoundAtItsOffsetAfterASCIIRuns() {
    for length in 0..<20 {
      for offset in 0...length {
        var bytes = Array(repeating: UInt8(ascii: "a"), count: length + 1)
        bytes[offset] = 0xFF
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset)
        #expect(UTF8Validation.firstInvalidOffset(in: bytes, from: min(offset, 3)) == offset)
      }
      let valid = Array(String(repeating: "é", count: length).utf8) + Array("abcdefghij".utf8)
      #expect(UTF8Validation.firstInvalidOffset(in: valid) == nil)
      let cut = Array("abcdefg".utf8) + [0xC3] + Array(repeating: UInt8(ascii: "z"), count: length)
      #expect(UTF8Validation.firstInvalidOffset(in: cut) == 7)
    }
  }

  /// An ASCII topic name is read by bytes; it must give the date reading
  /// it by characters gives.
  @Test(arguments: [
    "$mon$d,$yearProductionMeeting", "$year-$mo-$day", "Minutes$monthname$d$year", "$d$mon$year",
  ])
  func asciiTopicNamesReadAsByCharacters(pattern: String) {
    let topicPattern = TopicPattern(pattern)
    let names = [
      "Mar22,2011ProductionMeeting", "mar1,2011productionmeeting", "Sept6,2011ProductionMeeting",
      "DEcember1,2015ProductionMeeting", "Jan05,2010ProductionMeeting",
      "Feb30,2011ProductionMeeting",
      "2011-03-22", "2011-3-2", "MinutesMarch222011", "MinutesMar12011", "22Mar2011", "1March2011",
      "Marc22,2011ProductionMeeting", "Ma22,2011ProductionMeeting", "", "x", "Mar22,2011Production",
      "Mar22,2011ProductionMeeting ", "Mar222011ProductionMeeting",
    ]
    for name in names {
      let literals = topicPattern.tokens.map { token -> [Character] in
        if case .literal(let text) = token { Array(text) } else { [] }
      }
      #expect(
        topicPattern.date(in: name) == topicPattern.date(in: Array(name), literals: literals),
        "\(name)")
    }
  }

  /// A pattern looked for by its rarest byte is found where a plain search
  /// finds it, from any start.
  @Test func patternsAreFoundByTheirRarestByte() {
    var generator = SplitMix64(seed: 3)
    let alphabet = Array("ab-k/ ,e".utf8)
    for _ in 0..<3000 {
      let text = (0..<Int(generator.next() % 30)).map { _ in alphabet[Int(generator.next() % 8)] }
      let needle = (0..<Int(generator.next() % 5)).map { _ in alphabet[Int(generator.next() % 8)] }
      let start = Int(generator.next() % 8)
      let pattern = BytePattern(needle)
      var expected: Int? = nil
      if start <= text.count {
        expected = (start...text.count).first { at in
          at + needle.count <= text.count && text[at..<at + needle.count].elementsEqual(needle)
        }
      }
      let found = text.withUnsafeBufferPointer { pattern.firstOffset(in: $0, from: start) }
      #expect(found == expected, "\(needle) in \(text) from \(start)")
    }
    #expect(BytePattern(Array("minutes-lint".utf8)).anchor == 7)
  }

  /// A statistic's skeleton follows the blank marker it is given; a shape
  /// that does not parse has none.
  @Test func statSkeletonsFollowTheBlankMarker() {
    let stat = Roster.example.groups[0].stats[0]
    #expect(stat.skeleton(blank: "?") == "? khour/day, ?% success")
    #expect(stat.skeleton(blank: "n/a") == "n/a khour/day, n/a% success")
    #expect(StatDeclaration(name: "x", shape: "{a} sites").skeleton(blank: "n/a") == "n/a sites")
    #expect(StatDeclaration(name: "bad", shape: "{a sites").skeleton(blank: "n/a") == nil)
  }

  /// A plain file name is cut by hand; it must give what URL gives.
  @Test(arguments: [
    "Mar22,2011ProductionMeeting.txt", "minutes/Mar22,2011ProductionMeeting.txt",
    "/abs/dir/Apr5,2011ProductionMeeting.txt", "a.txt", ".txt", "x.y.txt", "dir/.txt",
    "Mar22,2011ProductionMeeting", "dir/", "<stdin>", "we ird.txt", "Mär22.txt", "a.TXT",
  ])
  func topicNameAsURLGivesIt(path: String) {
    #expect(
      LintContext.topicName(ofFileAt: path)
        == URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
  }

  /// A topic in a folder that is a symbolic link to another topic of the
  /// folder is checked once, as when every path is resolved in full.
  @Test func linkedTopicInAFolderIsCheckedOnce() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lint-fast-path-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("---++ CMS (Burt)\n".utf8).write(to: URL(fileURLWithPath: folder + "/A.txt"))
    try Data("---++ CMS (Burt)\n".utf8).write(to: URL(fileURLWithPath: folder + "/C.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/B.txt", withDestinationPath: folder + "/A.txt")
    let inputs = try LintInput.expand([folder, folder + "/C.txt", folder + "/./A.txt"])
    #expect(inputs == [.file(folder + "/A.txt"), .file(folder + "/C.txt")])
  }

  /// The folder of a topic cut by hand agrees with NSString's, and paths
  /// NSString would tidy are left to it.
  @Test(
    arguments: [
      "minutes/Mar22,2011ProductionMeeting.txt", "a.txt", "/a.txt", "/x/y/a.txt", "./a.txt",
      "../a/b.txt", "a//b.txt", "a/b/", "/", "", "a/./b.txt", "dossier/été.txt", "//a.txt",
      "a/b//", "~/a.txt",
    ])
  func topicFolderAgreesWithNSString(path: String) {
    let expected = (path as NSString).deletingLastPathComponent
    #expect(Archive.folder(ofTopicAt: path) == (expected.isEmpty ? "." : expected))
    if let plain = Archive.plainFolder(ofTopicAt: path) { #expect(plain == expected) }
  }

  /// Texts whose bytes and characters part ways: combining marks, CR LF,
  /// letters that lowercase to ASCII, other spaces.
  static let trickyTexts = [
    "", " ", "Not reporting this week", "NOT REPORTING", "not reportin", "   *  not reporting",
    "\t* Not Reporting (away)", "not reporting\u{301}", " \u{301}not reporting", "*",
    "Previous week's figures: 3", "previous week\u{2019}s", "\u{212A}elvin", "Kelvin",
    "a  b   c", " a b ", "a\r\nb c", "a \u{301}b", "caf\u{E9} au lait", "a\u{A0}b c",
  ]

  /// The byte-wise prefix test agrees with lowercasing the text, wherever
  /// it decides.
  @Test(arguments: trickyTexts)
  func lowercasedPrefixAgreesWithString(text: String) {
    for prefix in ["not reporting", "previous week's", "kelvin", "a", ""] {
      if let decided = ByteSearch.startsWithLowercased(text, asciiPrefix: Array(prefix.utf8)) {
        #expect(decided == text.lowercased().hasPrefix(prefix), "\(text) / \(prefix)")
      }
    }
  }

  /// Words counted by bytes agree with splitting the text at spaces.
  @Test(arguments: trickyTexts)
  func wordCountAgreesWithSplit(text: String) {
    #expect(ByteSearch.spaceSeparatedWordCount(text) == text.split(separator: " ").count)
    let all = text.split(separator: " ").count
    #expect(ByteSearch.spaceSeparatedWordCount(text, limit: 1) == min(all, 2))
  }

  /// A "Not reporting" note is read by bytes as by lowercasing the line.
  @Test(arguments: trickyTexts)
  func notReportingAgreesWithLowercasing(text: String) {
    var rest = Substring(text)
    while let first = rest.first, first == " " || first == "\t" || first == "*" {
      rest = rest.dropFirst()
    }
    let expected = rest.isEmpty ? nil : rest.lowercased().hasPrefix("not reporting")
    #expect(MeetingHistory.saysNotReporting(text) == expected)
  }

  /// Each cue is found in either case, at a word start where it must be,
  /// and nothing else is taken for one.
  @Test func figureAbsenceCuesAreFoundByTheirBitTable() {
    for cue in ["didn't", "DIDN\u{2019}T", "n/a", "Vacation", "UNAVAILABLE", "trouble", "unable"] {
      #expect(FigureAbsence.hasCue("data \(cue) here"), "\(cue)")
    }
    #expect(FigureAbsence.hasCue("No report"))
    #expect(FigureAbsence.hasCue("\u{2014}never"))
    #expect(!FigureAbsence.hasCue("we know it was announced"))
    #expect(!FigureAbsence.hasCue("x'no"))
  }
}
