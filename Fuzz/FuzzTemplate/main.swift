import FuzzSupport
import MinutesKit

/// The example roster, LIGO with a section template of its own.
let roster: Roster = {
  var roster = Roster.example
  roster.groups[1].template = "ligo"
  return roster
}()
let date = MeetingDate(year: 2011, month: 3, day: 22)!
let linter = Linter()

// libFuzzer entry: a page template and a section template (split at the
// first NUL byte). `new` must end in a topic within the template budget, or
// in a MinutesError, and never render for ever (libFuzzer's -timeout); the
// topic it writes must read back and lint.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = UnsafeBufferPointer(start: data, count: size)
  let split = input.firstIndex(of: 0) ?? input.count
  let page = String(decoding: input[..<split], as: UTF8.self)
  let section =
    split < input.count ? String(decoding: input[(split + 1)...], as: UTF8.self) : "   * \n"
  let templates = TemplateSet(
    page: StrictTemplate(path: "page.twiki", text: page),
    sections: ["ligo": StrictTemplate(path: "sections/ligo.twiki", text: section)])
  guard
    let topic = try? TopicGenerator.generate(
      roster: roster, date: date, createdAt: 1_300_752_000, templates: templates)
  else { return 0 }
  if topic.text.utf8.count > TemplateBudget.outputLimit + 4096 {
    fatalError("a template wrote \(topic.text.utf8.count) bytes, past the budget")
  }
  let parsed = Topic(text: topic.text, path: "\(topic.name).txt")
  _ = linter.lint(
    LintContext(topic: parsed, roster: roster, today: date))
  return 0
}

@_cdecl("FuzzTemplate_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runFuzzer(argc, argv) { data, size in fuzzTemplate(data, size) }
}
