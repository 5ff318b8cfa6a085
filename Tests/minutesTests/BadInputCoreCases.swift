import Foundation

/// Rows of the bad-input matrix about the topic model, the matcher, the
/// templates and figures (docs/bad-input.md, rows 86 to 95).
extension BadInput {
  static let core: [BadInput] = [
    BadInput(
      "submit-carries-meta", .lint,
      ["submit", "--group", "Security", "--from", "sec.txt", cleanTopic],
      exit: 1,
      stderr: .exactly("1 error in 1 file\nnothing submitted: \(cleanTopic) is unchanged\n"),
      stdout: .exactly(
        "sec.txt:2:1: error: %META:PREFERENCE line inside the page's text (TWiki acts on it "
          + "wherever it stands; META lines belong at the top or bottom of the topic: remove it) "
          + "[misplaced-meta]\n")
    ) {
      try put(
        "   * All quiet\n%META:PREFERENCE{name=\"ALLOWTOPICCHANGE\" title=\"ALLOWTOPICCHANGE\" "
          + "type=\"Set\" value=\"Main.Mallory\"}%\n", "sec.txt", in: $0)
    },
    BadInput(
      "submit-unclosed-comment", .lint,
      ["submit", "--group", "Security", "--from", "sec.txt", cleanTopic], exit: 1,
      stderr: .exactly("1 error in 1 file\nnothing submitted: \(cleanTopic) is unchanged\n"),
      stdout: .exactly(
        "sec.txt:1:16: error: '<!--' is never closed (add '-->'); it hides the rest of the page "
          + "[unclosed-comment]\n")
    ) { try put("   * All quiet <!-- ask Ron\n", "sec.txt", in: $0) },
    BadInput(
      "lint-group-unclosed-comment", .lint, ["lint", "--group", "Security", "sec.txt"], exit: 1,
      stderr: .exactly("1 error in 1 file\n"),
      stdout: .exactly(
        "sec.txt:1:16: error: '<!--' is never closed (add '-->'); it hides the rest of the page "
          + "[unclosed-comment]\n")
    ) { try put("   * All quiet <!-- ask Ron\n", "sec.txt", in: $0) },
    BadInput(
      "lint-unclosed-comment", .lint, ["lint", cleanTopic], exit: 1,
      stderr: .exactly("1 error and 8 warnings in 1 file\n"),
      stdout: .containsLine(
        "\(cleanTopic):11:33: error: '<!--' is never closed (add '-->'); it hides the rest of "
          + "the page [unclosed-comment]")
    ) {
      try edit(
        cleanTopic, in: $0, replacing: "   * 388 khour/day, 90% success\n",
        with: "   * 388 khour/day, 90% success <!-- check\n")
    },
    BadInput(
      "lint-meta-in-text", .lint, ["lint", cleanTopic], exit: 1,
      stderr: .exactly("1 error in 1 file\n"),
      stdout: .exactly(
        "\(cleanTopic):12:1: error: %META:TOPICPARENT line inside the page's text (TWiki acts on "
          + "it wherever it stands; META lines belong at the top or bottom of the topic: remove "
          + "it) [misplaced-meta]\n")
    ) {
      try edit(
        cleanTopic, in: $0, replacing: "   * 388 khour/day, 90% success\n",
        with: "   * 388 khour/day, 90% success\n%META:TOPICPARENT{name=\"Elsewhere\"}%\n")
    },
    BadInput(
      "lint-malformed-trailing-meta", .lint, ["lint", cleanTopic], exit: 1,
      stderr: .exactly("1 error in 1 file\n"),
      stdout: .exactly(
        "\(cleanTopic):41:1: error: malformed %META:FILEATTACHMENT line (TWiki shows it on the "
          + "page as text; write %META:FILEATTACHMENT{key=\"value\" ...}% with nothing after "
          + "'}%') [misplaced-meta]\n")
    ) { folder in
      let topic = try contents(cleanTopic, in: folder)
      try put(
        topic + Array("%META:FILEATTACHMENT{name=\"a.png\" attr=\"\" comment=\"\"}% \n".utf8),
        cleanTopic, in: folder)
    },
    BadInput(
      "template-nested-12-dry-run", .meeting, ["new", "--date", "2011-03-22", "--dry-run"],
      exit: 2,
      stderr: .exactly(
        "templates/page.twiki:10:59: error: section 'groups' here would run 1000000 times "
          + "(a list section inside itself?); a template may run its sections at most 1000000 "
          + "times in all\n")
    ) { try nestGroups(12, in: $0) },
    BadInput(
      "template-nested-8", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "templates/page.twiki:10:59: error: section 'groups' here would run 1000000 times "
          + "(a list section inside itself?); a template may run its sections at most 1000000 "
          + "times in all\n")
    ) { try nestGroups(8, in: $0) },
    BadInput(
      "template-output-over-limit", .meeting, ["new", "--date", "2011-03-22", "--dry-run"],
      exit: 2,
      stderr: .exactly(
        "templates/page.twiki:1:37: error: the template could write 21 MB (section 'groups' "
          + "here repeats what it holds 10000 times), more than the limit of 8 MiB for a topic\n")
    ) {
      try put(
        String(repeating: "{{#groups}}", count: 4) + "\n---++ {{heading}} "
          + String(repeating: "x", count: 2_000) + "\n" + String(repeating: "{{/groups}}", count: 4)
          + "\n", "templates/page.twiki", in: $0)
    },
    BadInput(
      "stats-figure-out-of-range", .lint, ["stats", "--group", "CMS"], exit: 0,
      stderr: .exactly(""),
      stdout: .exactly(
        "date,topic,computing.khours,computing.success\n"
          + "2011-03-15,\"Mar15,2011ProductionMeeting\",,\n"
          + "2011-03-22,\"Mar22,2011ProductionMeeting\",402,88\n")
    ) {
      try edit(
        cleanTopic, in: $0, replacing: "388 khour/day",
        with: String(repeating: "9", count: 310) + " khour/day")
    },
  ]
}

/// The shipped page template with its `{{#groups}}` section nested `depth` deep.
func nestGroups(_ depth: Int, in folder: URL) throws {
  try edit(
    "templates/page.twiki", in: folder, replacing: "{{#groups}}",
    with: String(repeating: "{{#groups}}", count: depth))
  try edit(
    "templates/page.twiki", in: folder, replacing: "{{/groups}}",
    with: String(repeating: "{{/groups}}", count: depth))
}
