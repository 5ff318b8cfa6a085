/// How much a template may make, as the roster loader has a budget for YAML
/// aliases: a page template of a few hundred bytes with `{{#groups}}` nested
/// in itself twelve deep would repeat its text 9^12 times, and render for
/// ever.
///
/// swift-mustache renders in one call that cannot be stopped, so the budget
/// is checked before: an upper bound of the output and of the number of times
/// sections run, from the template's tags and the context's lists. Each list
/// section multiplies what it holds by the longest list of that name in the
/// context; each variable counts as its longest value of that name.
public enum TemplateBudget {
  /// The most a template may write: what lint reads of a topic.
  public static let outputLimit = 8 << 20
  /// The most times all sections of a template may run together.
  public static let sectionRunLimit = 1_000_000

  /// Throws, at the section that goes over, when rendering `template` with
  /// `context` could write more than ``outputLimit`` bytes or run sections
  /// more than ``sectionRunLimit`` times.
  public static func check(
    _ template: StrictTemplate, context: [String: TemplateValue]
  ) throws(MinutesError) {
    var longest = Longest()
    longest.add(context)
    var scanner = TagScanner(text: template.text, path: template.path)
    // Multiplicities as Doubles: nested lists overflow any integer.
    var repeats: [Double] = [1]
    var sections: [(name: String, location: SourceLocation)] = []
    var output = 0.0
    var runs = 0.0
    var textStart = 0
    func checkOutput() throws(MinutesError) {
      guard output > Double(outputLimit) else { return }
      let section = sections.last
      throw MinutesError(
        "the template could write \(megabytes(output))"
          + (section.map {
            " (section '\($0.name)' here repeats what it holds \(count(repeats.last ?? 1)) times)"
          } ?? "") + ", more than the limit of \(outputLimit >> 20) MiB for a topic",
        at: section?.location ?? SourceLocation(file: template.path, line: 1, column: 1))
    }
    while let tag = try scanner.next() {
      let times = repeats.last ?? 1
      output += Double(tag.start - textStart) * times
      textStart = scanner.position
      // Checked before a closing tag ends the section that repeats the text.
      try checkOutput()
      switch tag.kind {
      case .variable(let name):
        output += Double(longest.text(name)) * times
      case .section(let name, let inverted):
        let inner = inverted ? times : times * Double(max(1, longest.list(name)))
        repeats.append(inner)
        sections.append((name, tag.location))
        runs += inner
        if runs > Double(sectionRunLimit) {
          throw MinutesError(
            "section '\(name)' here would run \(count(inner)) times (a list section inside "
              + "itself?); a template may run its sections at most \(sectionRunLimit) times in all",
            at: tag.location)
        }
      case .close:
        if repeats.count > 1 { repeats.removeLast() }
        if !sections.isEmpty { sections.removeLast() }
      case .comment, .pragma, .unsupported:
        break
      }
      try checkOutput()
    }
    output += Double(template.text.utf8.count - textStart) * (repeats.last ?? 1)
    try checkOutput()
  }

  static func count(_ value: Double) -> String {
    value < 1e15 ? String(Int(value)) : "more than 10^15"
  }

  static func megabytes(_ bytes: Double) -> String {
    bytes < 1e15 ? "\(Int((bytes / 1_000_000).rounded(.up))) MB" : "more than 10^9 MB"
  }

  /// The longest text and list under each name anywhere in a context: what a
  /// name can stand for in whichever scope a template reaches it.
  struct Longest {
    var texts: [String: Int] = [:]
    var lists: [String: Int] = [:]
    /// The longest text of any name, for `{{.}}`.
    var anyText = 0

    mutating func add(_ fields: [String: TemplateValue]) {
      for (name, value) in fields {
        switch value {
        case .text(let text):
          let length = text.utf8.count
          texts[name] = max(texts[name] ?? 0, length)
          anyText = max(anyText, length)
        case .flag:
          texts[name] = max(texts[name] ?? 0, 5)
        case .object(let inner):
          add(inner)
        case .list(let items, _):
          lists[name] = max(lists[name] ?? 0, items.count)
          for item in items { add(item) }
        }
      }
    }

    /// A dotted name counts as its last part.
    private static func key(_ name: String) -> String {
      String(name.split(separator: ".").last ?? Substring(name))
    }

    func text(_ name: String) -> Int {
      name == "." ? anyText : texts[Longest.key(name)] ?? anyText
    }

    func list(_ name: String) -> Int { lists[Longest.key(name)] ?? 1 }
  }
}
