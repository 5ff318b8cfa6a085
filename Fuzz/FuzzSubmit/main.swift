import FuzzSupport
import MinutesKit

/// The roster every fuzzed submission is checked against.
let roster = Roster.example
let today = MeetingDate(year: 2011, month: 3, day: 22)!

/// The bytes of `lines`, as the topic prints them.
func bytes(of lines: ArraySlice<Line>) -> [UInt8] {
  lines.flatMap { Array($0.text.utf8) + Array($0.terminator.rawValue.utf8) }
}

// libFuzzer entry: a random topic and a random section, split at the first
// NUL byte (the first byte picks the group). Whatever `submit` accepts must
// leave the topic outside the group's section unchanged byte for byte, and
// keep every META line; a submission with a META line of its own, or an
// open comment or verbatim block, must be refused.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubmit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  guard let first = input.first else { return 0 }
  let group = roster.groups[Int(first) % roster.groups.count].name
  let rest = input.dropFirst()
  let split = rest.firstIndex(of: 0) ?? (rest.startIndex + rest.count / 2)
  guard let topic = try? Topic(bytes: Array(rest[..<split]), path: "topic.txt"),
    let section = String(validating: rest[min(split + 1, rest.endIndex)...], as: UTF8.self)
  else { return 0 }
  let file = Topic(text: section, path: "section.txt")
  // Only a section the topic has: a missing one is added, not replaced.
  guard let old = topic.section(forGroup: group) else { return 0 }
  let result: SectionReplacement.Result
  do {
    result = try SectionReplacement.replacing(group: group, in: topic, with: file, roster: roster)
  } catch {
    return 0
  }
  let written = result.topic.bytes
  // Everything before the heading and after the section stays as it was.
  let before = (topic.hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + bytes(of: topic.lines[..<old.headingIndex])
  let after = bytes(of: topic.lines[old.bodyRange.upperBound...])
  if !written.starts(with: before) { fatalError("the topic before the section changed") }
  if !written.reversed().starts(with: after.reversed()) {
    fatalError("the topic after the section changed")
  }
  // Every META line of the topic is still there, as often as it was.
  var metaCount: [String: Int] = [:]
  for line in topic.lines where line.isMetaShaped { metaCount[line.text, default: 0] += 1 }
  for line in result.topic.lines where line.isMetaShaped { metaCount[line.text, default: 0] -= 1 }
  if metaCount.values.contains(where: { $0 > 0 }) { fatalError("a META line was lost") }
  let submittedMeta = file.lines.filter(\.isMetaShaped)
  guard
    let checked = try? Submission.check(
      group: group, topic: topic, submission: section, submissionPath: "section.txt",
      roster: roster, today: today)
  else { return 0 }
  let refusable =
    !submittedMeta.isEmpty || file.unclosedComment != nil || file.unclosedBlock != nil
  if refusable && !checked.hasErrors {
    fatalError("a section with META lines or an open comment or block was accepted")
  }
  return 0
}

@_cdecl("FuzzSubmit_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runFuzzer(argc, argv) { data, size in fuzzSubmit(data, size) }
}
