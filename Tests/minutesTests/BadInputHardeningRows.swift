import Foundation

/// The bad-input rows of output, writes and names (docs/bad-input.md,
/// "Writes, names and output"); cases that need closed descriptors, a full
/// device or git are in `HardeningTests`.
extension BadInput {
  static let hardening: [BadInput] = [
    BadInput(
      "new-force-through-link-out-of-archive", .meeting,
      ["new", "--date", "2011-03-22", "--force"], exit: 2,
      stderr: .exactly(
        "minutes: error: minutes/Mar22,2011ProductionMeeting.txt: is a symbolic link out of "
          + "minutes (to {folder}/victim.txt); nothing written (replace the link with the file "
          + "to write it)\n")
    ) { folder in
      try put("not a topic\n", "victim.txt", in: folder)
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("minutes"), withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent("minutes/Mar22,2011ProductionMeeting.txt").path,
        withDestinationPath: "../victim.txt")
    },
    BadInput(
      "submit-through-link-out-of-archive", .lint,
      ["submit", "--group", "CMS", "--from", "cms.txt", "minutes/Linked.txt"], exit: 2,
      stderr: .exactly(
        "minutes: error: minutes/Linked.txt: is a symbolic link out of minutes (to "
          + "{folder}/victim.txt); nothing written (replace the link with the file to write it)\n"
      )
    ) { folder in
      try put(try contents(cleanTopic, in: folder), "victim.txt", in: folder)
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent("minutes/Linked.txt").path,
        withDestinationPath: "../victim.txt")
      try put("   * 410 khour/day, 93% success\n", "cms.txt", in: folder)
    },
    BadInput(
      "topic-pattern-hidden-file", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .endsWith(
        ": error: topic pattern '.$mon$d,$yearProductionMeeting' starts with '.', which makes a "
          + "hidden file that lint and the archive skip (start with a letter or a token, like "
          + "'$mon$d,$yearProductionMeeting')\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: #"topic: "$mon$d,$yearProductionMeeting""#,
        with: #"topic: ".$mon$d,$yearProductionMeeting""#)
    },
    BadInput(
      "topic-pattern-nul", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .endsWith(
        #": error: topic pattern '$mon$d,$year\u{0}ProductionMeeting' contains the control "#
          + "character U+0000 (a topic name is one word of plain text)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: #"topic: "$mon$d,$yearProductionMeeting""#,
        with: #"topic: "$mon$d,$year\0ProductionMeeting""#)
    },
    BadInput(
      "topic-pattern-too-long", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        "makes file names of up to 281 bytes with '.txt', more than the 255 a file name may "
          + "have (shorten it)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: #"topic: "$mon$d,$yearProductionMeeting""#,
        with: #"topic: "$mon$d,$year"# + String(repeating: "Meeting", count: 38) + #"""#)
    },
    BadInput(
      "group-name-with-newline", .meeting, ["new", "--date", "2011-03-22", "--stdout"], exit: 2,
      stderr: .endsWith(
        #": error: group name 'CMS\u{A}---++ Injected' contains the control character U+000A "#
          + "(a heading is one line of plain text)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "  - name: CMS\n",
        with: "  - name: \"CMS\\n---++ Injected\"\n")
    },
    BadInput(
      "lint-terminal-escape-in-heading", .lint, ["lint", "minutes/Escape.txt"], exit: 0,
      stderr: .exactly("1 warning in 1 file\n"),
      stdout: .exactly(
        #"minutes/Escape.txt:42:7: warning: section 'Evil\u{1B}[2J\u{202E}txt.exe' is not a "#
          + "roster group or a standard heading [unknown-section]\n")
    ) { folder in
      let topic = try contents(cleanTopic, in: folder)
      try put(
        topic + Array("\n---++ Evil\u{1B}[2J\u{202E}txt.exe\n".utf8), "minutes/Escape.txt",
        in: folder)
    },
    BadInput(
      "lint-github-terminal-escape-in-heading", .lint,
      ["lint", "--format", "github", "minutes/Escape.txt"], exit: 0,
      stderr: .exactly(""),
      stdout: .exactly(
        "::warning file=minutes/Escape.txt,line=42,col=7,title=unknown-section::"
          + #"section 'Evil\u{1B}[2J\u{202E}txt.exe' is not a roster group or a standard heading"#
          + "\n")
    ) { folder in
      let topic = try contents(cleanTopic, in: folder)
      try put(
        topic + Array("\n---++ Evil\u{1B}[2J\u{202E}txt.exe\n".utf8), "minutes/Escape.txt",
        in: folder)
    },
    BadInput(
      "error-message-with-terminal-escape", .lint, ["lint", "minutes/\u{1B}[2JGone.txt"], exit: 2,
      stderr: .exactly(#"minutes: error: minutes/\u{1B}[2JGone.txt: no such file or folder"# + "\n")
    ),
  ]
}
