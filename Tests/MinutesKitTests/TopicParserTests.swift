import Foundation
import Testing

@testable import MinutesKit

@Suite struct TopicParserTests {
  static let page = """
    %META:TOPICINFO{author="DanFraser" date="1300824479" format="1.1" version="1.10"}%
    %META:TOPICPARENT{name="WeeklyProductionMeetings"}%
    -- Main.DanFraser - 15 Mar 2011
    ---++ Action/Significant Items:
       * 
       * Review of the new probe (open since 08 Mar 2011)
          * sub item
    ---++ CMS (Burt)
       * 341 khour/day, 91% success
    	* tab bullet
         * four spaces
          *glued
       1. numbered
       Term: definition
       *bold* text
    ---+++ Sub of CMS
    <verbatim>
    ---++ Not a heading
    </verbatim>
    <!-- a comment
    ---++ Not a heading either
    -->
    ---++!! LIGO (Britta, Robert E.)
    text
    """

  @Test func classifiesLinesAsTWikiDoes() throws {
    let topic = Topic(text: Self.page, path: "t.txt")
    let kinds = topic.lines.map(\.kind)
    guard case .meta(let info) = kinds[0], case .meta(let parent) = kinds[1] else {
      Issue.record("META lines not recognised")
      return
    }
    #expect(info.name == "TOPICINFO")
    #expect(info["date"] == "1300824479")
    #expect(parent["name"] == "WeeklyProductionMeetings")
    #expect(topic.topicInfo == info)
    #expect(kinds[2] == .text)
    guard case .heading(let heading) = kinds[3] else { return #expect(Bool(false)) }
    #expect(heading.level == 2)
    #expect(heading.title == "Action/Significant Items:")
    #expect(heading.titleColumn == 7)
    guard case .bullet(let empty) = kinds[4] else { return #expect(Bool(false)) }
    #expect(empty.text == "")
    #expect(empty.isWellFormed)
    guard case .bullet(let sub) = kinds[6] else { return #expect(Bool(false)) }
    #expect(sub.level == 2)
    #expect(sub.markerColumn == 7)
    #expect(sub.textColumn == 9)
    guard case .bullet(let tab) = kinds[9] else { return #expect(Bool(false)) }
    #expect(tab.level == 1 && tab.isWellFormed)
    guard case .bullet(let four) = kinds[10] else { return #expect(Bool(false)) }
    #expect(!four.isWellFormed)
    guard case .bullet(let glued) = kinds[11] else { return #expect(Bool(false)) }
    #expect(!glued.isWellFormed && glued.text == "glued")
    guard case .numbered(let numbered) = kinds[12] else { return #expect(Bool(false)) }
    #expect(numbered.text == "numbered")
    guard case .definition(let term, let definition) = kinds[13] else {
      return #expect(Bool(false))
    }
    #expect(term == "Term" && definition.text == "definition")
    #expect(kinds[14] == .text)
    #expect(kinds[16...18].allSatisfy { $0 == .verbatim })
    #expect(kinds[19...21].allSatisfy { $0 == .comment })
  }

  @Test func buildsTheSectionTree() {
    let topic = Topic(text: Self.page, path: "t.txt")
    #expect(topic.sections.map(\.name) == ["Action/Significant Items", "CMS", "LIGO"])
    #expect(topic.sections[1].owners == ["Burt"])
    #expect(topic.sections[1].children.map(\.name) == ["Sub of CMS"])
    #expect(topic.sections[2].owners == ["Britta", "Robert E."])
    #expect(topic.sections[0].bodyRange == 4..<7)
    #expect(topic.sections[1].bodyRange == 8..<22)
    #expect(topic.sections[1].children[0].bodyRange == 16..<22)
    #expect(topic.sections[2].bodyRange == 23..<24)
    #expect(
      topic.allSections.map(\.name) == ["Action/Significant Items", "CMS", "Sub of CMS", "LIGO"])
  }

  @Test(arguments: [
    "", "\n", "no final newline", "a\r\nb\r\n", "a\nb\r\nc", "\u{FEFF}bom\n", "tab\there  \n",
    "lone\rcr\n", "nul\u{0}byte\n", "\r\n\r\n", "   * \n\n\n",
  ])
  func printsBackEveryByte(text: String) throws {
    let bytes = Array(text.utf8)
    let topic = try Topic(bytes: bytes, path: "t.txt")
    #expect(topic.bytes == bytes)
  }

  @Test func reportsTheFirstInvalidByte() {
    let bytes = Array("ok\nbad ".utf8) + [0xC3, 0x28] + Array(" more".utf8)
    #expect(throws: TopicDecodingError(path: "t.txt", byteOffset: 7, line: 2, column: 5)) {
      try Topic(bytes: bytes, path: "t.txt")
    }
  }

  @Test(
    arguments: [
      [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
    ] as [[UInt8]])
  func rejectsMalformedSequences(sequence: [UInt8]) {
    #expect(UTF8Validation.firstInvalidOffset(in: [0x41] + sequence) == 1)
  }

  @Test func acceptsAllValidSequenceLengths() {
    #expect(UTF8Validation.firstInvalidOffset(in: Array("aé€😀".utf8)) == nil)
  }

  @Test func metaValuesRoundTripThroughTWikiEncoding() throws {
    let value = "50% \"quoted\" {braces}\r\nnext"
    let encoded = TWikiEncoding.encode(value)
    #expect(encoded == "50%25 %22quoted%22 %7Bbraces%7D%0D%0Anext")
    #expect(TWikiEncoding.decode(encoded) == value)
    let directive = MetaDirective(name: "TOPICPARENT", attributes: [("name", value)])
    #expect(MetaDirective(line: directive.line) == directive)
    #expect(MetaDirective(line: "%META:TOPICINFO{author=\"x\" date=\"1\"") == nil)
  }

  @Test func replacingLinesTouchesOnlyTheirRegion() {
    let text = "a\r\nb\r\nc\r\nd"
    let topic = Topic(text: text, path: "t.txt")
    let edited = topic.replacingLines(in: 1..<3, with: ["x", "y", "z"])
    #expect(edited.text == "a\r\nx\r\ny\r\nz\r\nd")
    let appended = topic.replacingLines(in: 4..<4, with: ["e"])
    #expect(appended.text == "a\r\nb\r\nc\r\nd\r\ne")
    let removed = topic.replacingLines(in: 0..<2, with: [])
    #expect(removed.text == "c\r\nd")
    #expect(removed.lines[0].number == 1)
  }

  @Test func roundTripsGeneratedTopics() throws {
    var generator = SplitMix64(seed: 2011)
    let pieces = [
      "---++ CMS (Burt)", "   * item", "      * sub", "   * ", "\t* tab", "  * two", "   *x",
      "   1. one", "   Term: def", "<verbatim>", "</verbatim>", "<pre>", "</pre>", "<!--", "-->",
      "%META:TOPICINFO{author=\"a\" date=\"1\"}%", "%META:BROKEN{", "text é 😀", "", "   ",
      "trailing  ", "lone\rcr", "---+++!! Sub", "nul\u{0}",
    ]
    let endings = ["\n", "\r\n", ""]
    for _ in 0..<500 {
      var text = generator.next() % 4 == 0 ? "\u{FEFF}" : ""
      let count = Int(generator.next() % 30)
      for index in 0..<count {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
        let ending = endings[Int(generator.next() % UInt64(endings.count))]
        text += ending.isEmpty && index < count - 1 ? "\n" : ending
      }
      let bytes = Array(text.utf8)
      let topic = try Topic(bytes: bytes, path: "t.txt")
      #expect(topic.bytes == bytes)
      for section in topic.allSections {
        #expect(topic.lines[section.headingIndex].kind == .heading(section.heading))
        #expect(section.bodyRange.upperBound <= topic.lines.count)
      }
      if !topic.lines.isEmpty {
        let index = Int(generator.next() % UInt64(topic.lines.count))
        let edited = topic.replacingLines(in: index..<index + 1, with: [topic.lines[index].text])
        // The replaced line takes the topic's line ending; the last line keeps having none.
        let isLastWithoutEnding =
          index == topic.lines.count - 1 && topic.lines[index].terminator == .none
        let expected = topic.lines.enumerated().map { offset, line in
          guard offset == index else { return line.text + line.terminator.rawValue }
          return line.text + (isLastWithoutEnding ? "" : topic.lineEnding.rawValue)
        }.joined()
        #expect(edited.text == expected)
      }
    }
  }

  @Test func handlesHugeLinesAndManyLinesInLinearTime() throws {
    let longLine = String(repeating: "x", count: 5_000_000)
    let topic = try Topic(bytes: Array(("   * " + longLine + "\n").utf8), path: "t.txt")
    #expect(topic.lines.count == 1)
    let many = String(repeating: "---++ H\n   * b\n", count: 100_000)
    let big = Topic(text: many, path: "t.txt")
    #expect(big.sections.count == 100_000)
  }
}

/// A small deterministic random generator, so generated cases repeat exactly.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
