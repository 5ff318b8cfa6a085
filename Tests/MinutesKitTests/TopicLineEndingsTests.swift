import Testing

@testable import MinutesKit

@Suite struct TopicLineEndingsTests {
  @Test func convertsEveryLineEndingButALastOpenLine() {
    let topic = Topic(text: "a\r\nb\nc\r\nd", path: "t.txt")
    #expect(topic.withLineEnding(.crlf).text == "a\r\nb\r\nc\r\nd")
    #expect(topic.withLineEnding(.lf).text == "a\nb\nc\nd")
    let converted = topic.withLineEnding(.crlf)
    #expect(converted.lines.map(\.byteOffset) == [0, 3, 6, 9])
  }

  @Test func ownBodyStopsAtTheFirstSubSection() {
    let topic = Topic(
      text: "---++ LIGO\n   * own\n---+++ Gratia\n   * child\n---++ CMS\n", path: "t.txt")
    let ligo = topic.sections[0]
    #expect(ligo.ownBodyRange == 1..<2)
    #expect(ligo.children[0].ownBodyRange == 3..<4)
    #expect(topic.sections[1].ownBodyRange == 5..<5)
  }
}
