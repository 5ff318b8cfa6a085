import FuzzSupport
import MinutesKit

/// The roster every fuzzed topic is checked against.
let roster = Roster.example
let today = MeetingDate(year: 2011, month: 3, day: 22)!
let linter = Linter()

// libFuzzer entry: parse any bytes as a topic, print it back and check the
// round trip, run every lint rule over it (the first byte picks the mode:
// whole topic, --group, --final), and find its open items as carry-forward
// would, then carry them into a fresh topic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTopic(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let mode = bytes.first.map { Int($0) % 4 } ?? 0
  let group: String? = mode == 1 ? "LIGO" : nil
  _ = linter.lint(
    bytes: bytes, path: "Mar22,2011ProductionMeeting.txt", roster: roster, group: group,
    isFinal: mode == 2, today: today)
  guard let topic = try? Topic(bytes: bytes, path: "fuzz.txt") else { return 0 }
  if topic.bytes != bytes { fatalError("round trip changed the bytes") }
  _ = topic.allSections
  if !topic.lines.isEmpty {
    let edited = topic.replacingLines(in: 0..<1, with: ["x"])
    if edited.lines.count != topic.lines.count { fatalError("edit changed the line count") }
  }
  let previousDate = MeetingDate(year: 2011, month: 3, day: 15)!
  _ = OpenItems.find(in: topic, date: previousDate, roster: roster)
  if mode == 3 {
    let fresh = Topic(text: "---++ Action/Significant Items:\n   * \n", path: "new.txt")
    _ = CarryForward.apply(from: topic, previousDate: previousDate, to: fresh, roster: roster)
  }
  return 0
}

@_cdecl("FuzzTopic_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runFuzzer(argc, argv) { data, size in fuzzTopic(data, size) }
}
