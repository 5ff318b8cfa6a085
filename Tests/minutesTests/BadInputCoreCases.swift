import Foundation

/// Rows of the bad-input matrix about the topic model, the matcher, the
/// templates and figures (docs/bad-input.md, from row 51 on).
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
  ]
}
