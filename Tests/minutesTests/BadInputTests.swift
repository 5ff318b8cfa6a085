import Foundation
import Testing

/// What a bad-input case expects on stderr (or, for lint findings, on stdout).
enum Expected: Sendable {
  /// The whole text, with `{folder}` standing for the case's folder.
  case exactly(String)
  /// The end of the text (the start names a roster line that edits of the
  /// shipped roster would move).
  case endsWith(String)
  /// One line among others.
  case containsLine(String)

  func matches(_ text: String, folder: URL) -> Bool {
    switch self {
    case .exactly(let expected):
      return text == expected.replacingOccurrences(of: "{folder}", with: folder.path)
    case .endsWith(let expected): return text.hasSuffix(expected)
    case .containsLine(let line): return text.split(separator: "\n").contains { $0 == line }
    }
  }
}

/// One row of the bad-input matrix (docs/bad-input.md): a folder prepared
/// with something wrong, a command, and what the command must say and do.
struct BadInput: Sendable, CustomTestStringConvertible {
  enum Base: Sendable {
    /// An empty folder.
    case empty
    /// The shipped roster.yaml and templates/.
    case meeting
    /// `Fixtures/lint`: a roster and an archive of a clean and a faulty topic.
    case lint
  }

  var id: String
  var base: Base
  var arguments: [String]
  var exitCode: Int32
  var stderr: Expected
  /// Checked when given; exit code 2 always means an empty stdout.
  var stdout: Expected?
  var input: String?
  var setup: @Sendable (URL) throws -> Void

  init(
    _ id: String, _ base: Base, _ arguments: [String], exit exitCode: Int32, stderr: Expected,
    stdout: Expected? = nil, input: String? = nil,
    setup: @escaping @Sendable (URL) throws -> Void = { _ in }
  ) {
    self.id = id
    self.base = base
    self.arguments = arguments
    self.exitCode = exitCode
    self.stderr = stderr
    self.stdout = stdout
    self.input = input
    self.setup = setup
  }

  var testDescription: String { id }
}

// MARK: - Preparing folders

/// A file under `folder`, its parent folders created.
func put(_ bytes: [UInt8], _ path: String, in folder: URL) throws {
  let url = folder.appendingPathComponent(path)
  try FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try Data(bytes).write(to: url)
}

func put(_ text: String, _ path: String, in folder: URL) throws {
  try put(Array(text.utf8), path, in: folder)
}

func contents(_ path: String, in folder: URL) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
}

/// Replaces `old` by `new` in a text file; the text must hold `old`.
func edit(_ path: String, in folder: URL, replacing old: String, with new: String) throws {
  let text = String(decoding: try contents(path, in: folder), as: UTF8.self)
  #expect(text.contains(old), "\(path) does not contain \(old)")
  try put(text.replacingOccurrences(of: old, with: new), path, in: folder)
}

/// A sparse file of `size` bytes (all NUL): big on paper, cheap on disk.
func putSparse(size: UInt64, _ path: String, in folder: URL) throws {
  try put([], path, in: folder)
  let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(path))
  try handle.truncate(atOffset: size)
  try handle.close()
}

func makeFIFO(_ path: String, in folder: URL) throws {
  #expect(mkfifo(folder.appendingPathComponent(path).path, 0o644) == 0)
}

let cleanTopic = "minutes/Mar15,2011ProductionMeeting.txt"

// MARK: - The matrix

extension BadInput {
  static let all: [BadInput] =
    roster + rosterOverTime + templates + topics + commandLine + fileSystem + hardening
    + ownersLoop + core + mail + adopt

  static let roster: [BadInput] = [
    BadInput(
      "roster-missing", .empty, ["roster"], exit: 2,
      stderr: .exactly(
        "minutes: error: no roster.yaml in {folder} or any folder above it "
          + "(pass --roster PATH, or run 'minutes init' to start one)\n")),
    BadInput(
      "roster-flag-missing-file", .meeting, ["roster", "--roster", "nope.yaml"], exit: 2,
      stderr: .exactly("minutes: error: nope.yaml: no such file (the roster given with --roster)\n")
    ),
    BadInput(
      "roster-is-a-folder", .meeting, ["roster", "--roster", "roster.yaml"], exit: 2,
      stderr: .exactly("minutes: error: roster.yaml: is a folder without a roster.yaml\n")
    ) { folder in
      try FileManager.default.removeItem(at: folder.appendingPathComponent("roster.yaml"))
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("roster.yaml"), withIntermediateDirectories: false)
    },
    BadInput(
      "roster-empty", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "roster.yaml:1:1: error: the roster is empty "
          + "(it needs a 'meeting:' section and a list of 'groups:')\n")
    ) { try put("", "roster.yaml", in: $0) },
    BadInput(
      "roster-binary", .meeting, ["roster"], exit: 2,
      stderr: .exactly(
        "roster.yaml:1:4: error: the roster is not UTF-8 text (byte 0xFA at offset 3); "
          + "save it as UTF-8\n")
    ) { try put([0x6D, 0x65, 0x65, 0xFA, 0xFB, 0x00, 0x0A], "roster.yaml", in: $0) },
    BadInput(
      "roster-tab-indent", .meeting, ["roster"], exit: 2,
      stderr: .exactly(
        "roster.yaml:2:1: error: yaml syntax error: found character that cannot start any token; "
          + "indent with spaces, not tabs\n")
    ) { try put("meeting:\n\ttitle: x\n", "roster.yaml", in: $0) },
    BadInput(
      "roster-unknown-key", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(": error: unknown key 'owner' in group 'CMS' (did you mean 'owners'?)\n")
    ) {
      try edit("roster.yaml", in: $0, replacing: "    owners: [Burt,", with: "    owner: [Burt,")
    },
    BadInput(
      "roster-carry-label-unknown-key", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(": error: unknown key 'mod' in 'a bullet label' (did you mean 'mode'?)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "labels: [{name: Issues, mode: all}]",
        with: "labels: [{name: Issues, mod: all}]")
    },
    BadInput(
      "roster-carry-label-bad-mode", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .endsWith(": error: unknown carry mode 'some' (use all or actions)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "labels: [{name: Issues, mode: all}]",
        with: "labels: [{name: Issues, mode: some}]")
    },
    BadInput(
      "roster-carry-label-without-name", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: missing key 'name' in 'a bullet label' (its title, as in {name: Issues, mode: all})\n"
      )
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "labels: [{name: Issues, mode: all}]",
        with: "labels: [{mode: all}]")
    },
    BadInput(
      "roster-alias-bomb", .meeting, ["roster"], exit: 2,
      stderr: .exactly(
        "roster.yaml:6:1: error: 'f' holds more than 100000 YAML nodes once aliases are expanded "
          + "(an alias bomb?); a roster is a few kilobytes\n")
    ) { folder in
      var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
      for (name, previous) in zip(["b", "c", "d", "e", "f"], ["a", "b", "c", "d", "e"]) {
        text +=
          "\(name): &\(name) ["
          + Array(repeating: "*\(previous)", count: 9).joined(
            separator: ", ") + "]\n"
      }
      text += "g: [" + Array(repeating: "*f", count: 9).joined(separator: ", ") + "]\n"
      try put(text, "roster.yaml", in: folder)
    },
    BadInput(
      "roster-over-1-mib", .meeting, ["roster"], exit: 2,
      stderr: .exactly(
        "roster.yaml:1:1: error: the roster is 1100000 bytes, more than the limit of 1 MiB\n")
    ) { try put("#" + String(repeating: "x", count: 1_099_999), "roster.yaml", in: $0) },
    BadInput(
      "roster-template-leaves-folder", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .endsWith(
        ": error: template '../../etc/passwd' would leave the templates folder "
          + "(use a plain name like 'ligo' for templates/sections/ligo.twiki)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "    template: ligo",
        with: "    template: ../../etc/passwd")
    },
    BadInput(
      "roster-with-bom", .meeting, ["new", "--date", "2011-03-22", "--stdout"], exit: 0,
      stderr: .exactly(""), stdout: .containsLine("---++ LIGO (Britta, Robert E.)")
    ) { folder in
      try put([0xEF, 0xBB, 0xBF] + contents("roster.yaml", in: folder), "roster.yaml", in: folder)
    },
    BadInput(
      "roster-with-crlf", .meeting, ["new", "--date", "2011-03-22", "--stdout"], exit: 0,
      stderr: .exactly(""), stdout: .containsLine("---++ LIGO (Britta, Robert E.)")
    ) { folder in
      let text = String(decoding: try contents("roster.yaml", in: folder), as: UTF8.self)
      try put(text.replacingOccurrences(of: "\n", with: "\r\n"), "roster.yaml", in: folder)
    },
  ]

  /// The roster's dated keys (docs/roster.md, "The roster over time").
  static let rosterOverTime: [BadInput] = [
    BadInput(
      "roster-bad-until-date", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(": error: expected a date like 2011-03-22, found '2011-05-32'\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "    until: 2011-05-17", with: "    until: 2011-05-32")
    },
    BadInput(
      "roster-ends-before-start", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: group 'Metrics' ends (until 2011-05-17) before it starts (since 2011-06-01)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "    until: 2011-05-17",
        with: "    since: 2011-06-01\n    until: 2011-05-17")
    },
    BadInput(
      "roster-owner-gap", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: group 'User Support' has no owner on 2011-02-22 (between 2011-02-16 and "
          + "2011-02-28); extend an owner's 'until:' or start one earlier\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "{name: Chander, since: 2011-02-08}",
        with: "{name: Chander, since: 2011-03-01}")
    },
    BadInput(
      "roster-name-overlap", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: name 'Metrics' of group 'Security' is also a name of group 'Metrics' on the "
          + "same days (give them different names, or dates that do not overlap; first at line "
          + "197)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "  - name: Security\n",
        with: "  - name: Security\n    aliases: [Metrics]\n")
    },
    BadInput(
      "roster-former-name-without-date", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: expected a former name with the last day it was used, found a string "
          + "(write {name: Virtual Organizations Group, until: 2011-03-22})\n")
    ) {
      try edit(
        "roster.yaml", in: $0,
        replacing: "was: [{name: Virtual Organizations Group, until: 2011-09-27}]",
        with: "was: [Virtual Organizations Group]")
    },
    BadInput(
      "roster-bad-month-spelling", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: 'Jly' does not spell July (write the start of its name, 3 letters or more, "
          + "like 'Jul' or 'July')\n")
    ) { try edit("roster.yaml", in: $0, replacing: "May, Jun, July", with: "May, Jun, Jly") },
  ]

  static let templates: [BadInput] = [
    BadInput(
      "page-template-missing", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly("minutes: error: templates/page.twiki: template not found\n")
    ) { try FileManager.default.removeItem(at: $0.appendingPathComponent("templates/page.twiki")) },
    BadInput(
      "page-template-empty", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "minutes: error: templates/page.twiki: the page template is empty "
          + "(it lays out the topic: signature, attendees and {{#groups}} sections)\n")
    ) { try put(" \n\n", "templates/page.twiki", in: $0) },
    BadInput(
      "section-template-is-a-folder", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly("minutes: error: templates/sections/goc.twiki: is a folder, not a file\n")
    ) { folder in
      let path = folder.appendingPathComponent("templates/sections/goc.twiki")
      try FileManager.default.removeItem(at: path)
      try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
    },
    BadInput(
      "template-unclosed-section", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .endsWith(": error: section 'groups' is never closed (expected '{{/groups}}')\n")
    ) { folder in
      let page = try contents("templates/page.twiki", in: folder)
      try put(page + Array("{{#groups}} unclosed\n".utf8), "templates/page.twiki", in: folder)
    },
    BadInput(
      "template-binary", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "minutes: error: templates/sections/goc.twiki: template is not valid UTF-8\n")
    ) { try put(Array(0...255), "templates/sections/goc.twiki", in: $0) },
  ]

  static let topics: [BadInput] = [
    BadInput(
      "topic-missing", .lint, ["lint", "minutes/Nope.txt"], exit: 2,
      stderr: .exactly("minutes: error: minutes/Nope.txt: no such file or folder\n")),
    BadInput(
      "topic-is-a-folder", .lint, ["lint", "minutes/Apr5,2011ProductionMeeting.txt"], exit: 2,
      stderr: .exactly(
        "minutes: error: minutes/Apr5,2011ProductionMeeting.txt: no *.txt topics in this folder\n")
    ) { folder in
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("minutes/Apr5,2011ProductionMeeting.txt"),
        withIntermediateDirectories: false)
    },
    BadInput(
      "topic-empty", .lint, ["lint", "minutes/Empty.txt"], exit: 1,
      stderr: .exactly("1 error and 10 warnings in 1 file\n"),
      stdout: .containsLine(
        "minutes/Empty.txt:1:1: error: empty topic: line 1 must be %META:TOPICINFO{...}% "
          + "[meta-topicinfo]")
    ) { try put("", "minutes/Empty.txt", in: $0) },
    BadInput(
      "topic-binary", .lint, ["lint", "minutes/Binary.txt"], exit: 1,
      stderr: .endsWith(" in 1 file\n"),
      stdout: .containsLine(
        "minutes/Binary.txt:1:1: error: NUL byte at byte offset 0 (remove it) [encoding]")
    ) {
      try put(
        Array(repeating: Array(0...255), count: 8).flatMap { $0 }, "minutes/Binary.txt", in: $0)
    },
    BadInput(
      "topic-invalid-utf8", .lint, ["lint", cleanTopic], exit: 1,
      stderr: .exactly("1 error in 1 file\n"),
      stdout: .exactly(
        "\(cleanTopic):3:4: error: invalid UTF-8 at byte offset 137 (save the topic as UTF-8) "
          + "[encoding]\n")
    ) { folder in
      var bytes = try contents(cleanTopic, in: folder)
      bytes.insert(0xFF, at: 137)  // before "Main." on the signature line
      try put(bytes, cleanTopic, in: folder)
    },
    BadInput(
      "topic-crlf", .lint, ["lint", cleanTopic], exit: 0,
      stderr: .exactly("no problems in 1 file\n"), stdout: .exactly("")
    ) { folder in
      let text = String(decoding: try contents(cleanTopic, in: folder), as: UTF8.self)
      try put(text.replacingOccurrences(of: "\n", with: "\r\n"), cleanTopic, in: folder)
    },
    BadInput(
      "topic-with-bom", .lint, ["lint", cleanTopic], exit: 0,
      stderr: .exactly("no problems in 1 file\n"), stdout: .exactly("")
    ) { folder in
      try put([0xEF, 0xBB, 0xBF] + contents(cleanTopic, in: folder), cleanTopic, in: folder)
    },
    BadInput(
      "topic-50-mb", .lint, ["lint", "minutes/Huge.txt"], exit: 2,
      stderr: .exactly("minutes: error: minutes/Huge.txt: file is larger than 8 MiB\n")
    ) { try putSparse(size: 50 << 20, "minutes/Huge.txt", in: $0) },
    BadInput(
      "topic-symlinked", .lint, ["lint", "linked"], exit: 0,
      stderr: .exactly("no problems in 1 file\n"), stdout: .exactly("")
    ) { folder in
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("linked"), withIntermediateDirectories: false)
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent("linked/Mar15,2011ProductionMeeting.txt").path,
        withDestinationPath: "../\(cleanTopic)")
    },
    BadInput(
      "topic-dangling-symlink", .lint, ["lint", "minutes/Gone.txt"], exit: 2,
      stderr: .exactly("minutes: error: minutes/Gone.txt: no such file or folder\n")
    ) { folder in
      try FileManager.default.createSymbolicLink(
        atPath: folder.appendingPathComponent("minutes/Gone.txt").path,
        withDestinationPath: "Nowhere.txt")
    },
    BadInput(
      "fifo-in-linted-folder", .lint, ["lint", "minutes"], exit: 1,
      stderr: .exactly("2 errors and 10 warnings in 2 files\n")
    ) { try makeFIFO("minutes/Apr5,2011ProductionMeeting.txt", in: $0) },
    BadInput(
      "fifo-as-topic", .lint, ["lint", "minutes/Pipe.txt"], exit: 1,
      stderr: .exactly("1 error and 10 warnings in 1 file\n"),
      stdout: .containsLine(
        "minutes/Pipe.txt:1:1: error: empty topic: line 1 must be %META:TOPICINFO{...}% "
          + "[meta-topicinfo]")
    ) { try makeFIFO("minutes/Pipe.txt", in: $0) },
    BadInput(
      "stdin-empty", .lint, ["lint", "-"], exit: 1,
      stderr: .exactly("1 error and 10 warnings in 1 file\n"),
      stdout: .containsLine(
        "<stdin>:1:1: error: empty topic: line 1 must be %META:TOPICINFO{...}% [meta-topicinfo]"),
      input: ""),
    BadInput(
      "items-50-mb", .lint, ["items", "minutes/Huge.txt"], exit: 2,
      stderr: .exactly("minutes: error: minutes/Huge.txt: file is larger than 8 MiB\n")
    ) { try putSparse(size: 50 << 20, "minutes/Huge.txt", in: $0) },
    BadInput(
      "previous-topic-50-mb", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "minutes: error: minutes/Mar15,2011ProductionMeeting.txt: file is larger than 8 MiB\n")
    ) { try putSparse(size: 50 << 20, "minutes/Mar15,2011ProductionMeeting.txt", in: $0) },
    BadInput(
      "previous-topic-binary", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "minutes/Mar15,2011ProductionMeeting.txt:1:4: error: invalid UTF-8 at byte offset 3 "
          + "(save the topic as UTF-8)\n")
    ) {
      try put([0x41, 0x42, 0x43, 0xFF, 0x0A], "minutes/Mar15,2011ProductionMeeting.txt", in: $0)
    },
  ]

  static let commandLine: [BadInput] = [
    BadInput(
      "date-with-time", .meeting, ["new", "--date", "2011-03-22T10:00"], exit: 2,
      stderr: .exactly(
        "minutes: error: bad --date '2011-03-22T10:00' (expected a day as YYYY-MM-DD, "
          + "e.g. 2011-03-22)\n")),
    BadInput(
      "date-missing-value", .meeting, ["new", "--date"], exit: 2,
      stderr: .exactly(
        "minutes: error: Missing value for '--date <YYYY-MM-DD>' (see 'minutes new --help')\n")),
    BadInput(
      "unknown-group", .lint, ["lint", "--group", "LIGOO", cleanTopic], exit: 2,
      stderr: .exactly("minutes: error: unknown group 'LIGOO' (did you mean 'LIGO'?)\n")),
    BadInput(
      "unknown-option", .meeting, ["new", "--bogus"], exit: 2,
      stderr: .exactly("minutes: error: Unknown option '--bogus' (see 'minutes new --help')\n")),
    BadInput(
      "unknown-command", .meeting, ["frob"], exit: 2,
      stderr: .exactly("minutes: error: unknown command 'frob' (see 'minutes --help')\n")),
    BadInput(
      "bad-format", .lint, ["lint", "--format", "xml", cleanTopic], exit: 2,
      stderr: .exactly(
        "minutes: error: The value 'xml' is invalid for '--format <format>'. Please provide "
          + "one of 'text', 'json', 'github' or 'sarif'. (see 'minutes lint --help')\n")),
    BadInput(
      "stdout-and-dry-run", .meeting, ["new", "--date", "2011-03-22", "--stdout", "--dry-run"],
      exit: 2,
      stderr: .exactly("minutes: error: --stdout and --dry-run do not go together (choose one)\n")),
    BadInput(
      "unknown-rule", .meeting, ["rules", "no-such-rule"], exit: 2,
      stderr: .exactly(
        "minutes: error: unknown rule 'no-such-rule' (run 'minutes rules' for the list)\n")),
  ]

  static let fileSystem: [BadInput] = [
    BadInput(
      "archive-without-dated-topics", .lint, ["lint"], exit: 2,
      stderr: .exactly(
        "minutes: error: no dated topics in archive 'minutes' (pass a topic file, a folder or -)\n")
    ) { folder in
      try FileManager.default.removeItem(at: folder.appendingPathComponent("minutes"))
      try put("index\n", "minutes/WeeklyProductionMeetings.txt", in: folder)
    },
    BadInput(
      "archive-missing", .lint, ["lint"], exit: 2,
      stderr: .exactly(
        "minutes: error: archive folder 'minutes' does not exist "
          + "(pass a topic file, a folder or -)\n")
    ) { try FileManager.default.removeItem(at: $0.appendingPathComponent("minutes")) },
    BadInput(
      "archive-is-a-file", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly("minutes: error: roster.yaml: is a file, not the archive folder\n")
    ) {
      try edit("roster.yaml", in: $0, replacing: "archive: minutes", with: "archive: roster.yaml")
    },
    BadInput(
      "archive-is-a-file-lint", .meeting, ["lint"], exit: 2,
      stderr: .exactly("minutes: error: roster.yaml: is a file, not the archive folder\n")
    ) {
      try edit("roster.yaml", in: $0, replacing: "archive: minutes", with: "archive: roster.yaml")
    },
    BadInput(
      "archive-under-a-file", .meeting, ["new", "--date", "2011-03-22"], exit: 2,
      stderr: .exactly(
        "minutes: error: roster.yaml/minutes: cannot create the folder: roster.yaml is a file\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "archive: minutes", with: "archive: roster.yaml/minutes")
    },
    BadInput(
      "target-topic-is-a-folder", .meeting, ["new", "--date", "2011-03-22", "--force"], exit: 2,
      stderr: .exactly(
        "minutes: error: minutes/Mar22,2011ProductionMeeting.txt: cannot write the file: "
          + "is a directory\n")
    ) { folder in
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("minutes/Mar22,2011ProductionMeeting.txt"),
        withIntermediateDirectories: true)
    },
  ]
}

/// Every file under `folder` and its contents, FIFOs and links included
/// without reading them (a FIFO would block).
func shallowSnapshot(of folder: URL) throws -> [String: Data] {
  var result: [String: Data] = [:]
  let manager = FileManager.default
  guard let enumerator = manager.enumerator(atPath: folder.path) else { return result }
  while let relative = enumerator.nextObject() as? String {
    let path = folder.appendingPathComponent(relative).path
    let attributes = try manager.attributesOfItem(atPath: path)
    let type = attributes[.type] as? FileAttributeType
    if type == .typeRegular {
      result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
    } else if type == .typeSymbolicLink {
      result[relative] = Data("link to \(try manager.destinationOfSymbolicLink(atPath: path))".utf8)
    } else {
      result[relative] = Data((type?.rawValue ?? "?").utf8)
    }
  }
  return result
}

@Suite struct BadInputTests {
  func folder(for base: BadInput.Base) throws -> URL {
    switch base {
    case .empty: return try makeTemporaryFolder()
    case .meeting: return try makeMeetingFolder()
    case .lint: return try copyOfFixture("lint")
    }
  }

  @Test(arguments: BadInput.all)
  func failsCleanlyAndChangesNothing(_ bad: BadInput) throws {
    let folder = try folder(for: bad.base)
    defer { try? FileManager.default.removeItem(at: folder) }
    try bad.setup(folder)
    let before = try shallowSnapshot(of: folder)
    let result = try runMinutes(bad.arguments, in: folder, input: bad.input)
    #expect(result.exitCode == bad.exitCode, "\(bad.id): \(result.stderr)")
    #expect(bad.stderr.matches(result.stderr, folder: folder), "\(bad.id): \(result.stderr)")
    if let stdout = bad.stdout {
      #expect(stdout.matches(result.stdout, folder: folder), "\(bad.id): \(result.stdout)")
    }
    if bad.exitCode == 2 { #expect(result.stdout == "") }
    #expect(try shallowSnapshot(of: folder) == before, "\(bad.id) changed files")
  }

  @Test func theTableInTheDocsListsEveryCase() throws {
    let table = try String(
      contentsOf: repositoryRoot.appendingPathComponent("docs/bad-input.md"), encoding: .utf8)
    for bad in BadInput.all {
      #expect(table.contains("| `\(bad.id)` |"), "docs/bad-input.md lacks \(bad.id)")
    }
    #expect(BadInput.all.count >= 30)
  }

  /// Root reads files of mode 000, so an unreadable file is one the kernel
  /// refuses to read: /proc/self/mem at offset 0 fails with EIO for anyone.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
  func aFileTheSystemCannotReadIsAnIOError() throws {
    let folder = try folder(for: .lint)
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try shallowSnapshot(of: folder)
    let result = try runMinutes(["lint", "/proc/self/mem"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr == "minutes: error: /proc/self/mem: cannot read the file: input/output error\n")
    #expect(result.stdout == "")
    #expect(try shallowSnapshot(of: folder) == before)
  }

  /// Mode 000 stops only users without CAP_DAC_OVERRIDE (tests often run as root).
  @Test(.enabled(if: getuid() != 0, "root reads files of mode 000"))
  func aFileOfMode000IsPermissionDenied() throws {
    let folder = try folder(for: .lint)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent(cleanTopic).path
    #expect(chmod(path, 0) == 0)
    defer { chmod(path, 0o644) }
    let result = try runMinutes(["lint", cleanTopic], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr == "minutes: error: \(cleanTopic): cannot read the file (permission denied)\n")
  }

  /// A read-only archive that holds for root too: the immutable attribute
  /// (chattr +i, Linux, needs CAP_LINUX_IMMUTABLE and a file system with it).
  @Test(.enabled(if: immutableFoldersWork(), "chattr +i is not available here"))
  func aReadOnlyArchiveIsAnIOErrorAndStaysEmpty() throws {
    let folder = try folder(for: .meeting)
    let archive = folder.appendingPathComponent("minutes")
    try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: false)
    #expect(chattr("+i", archive.path))
    defer {
      _ = chattr("-i", archive.path)
      try? FileManager.default.removeItem(at: folder)
    }
    let before = try shallowSnapshot(of: folder)
    let result = try runMinutes(["new", "--date", "2011-03-22"], in: folder)
    #expect(result.exitCode == 2)
    #expect(
      result.stderr == "minutes: error: minutes: cannot write here: operation not permitted\n")
    #expect(result.stdout == "")
    #expect(try shallowSnapshot(of: folder) == before)
  }
}

/// Runs `chattr FLAG path`; whether it worked.
func chattr(_ flag: String, _ path: String) -> Bool {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
  process.arguments = [flag, path]
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return false }
  process.waitUntilExit()
  return process.terminationStatus == 0
}

/// Whether an immutable folder can be made (and unmade) here.
func immutableFoldersWork() -> Bool {
  guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr"),
    let folder = try? makeTemporaryFolder()
  else { return false }
  defer { try? FileManager.default.removeItem(at: folder) }
  guard chattr("+i", folder.path) else { return false }
  let blocked = !FileManager.default.createFile(
    atPath: folder.appendingPathComponent("probe").path, contents: Data())
  return chattr("-i", folder.path) && blocked
}

extension BadInput {
  /// `submit` and `new --force`: what an owner or the coordinator gets wrong.
  static let ownersLoop: [BadInput] = [
    BadInput(
      "roster-stat-shape-only-a-slot", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: stat shape '{jobs}' has no words, so it would take any figure on any line "
          + "(write the words around it, like '{jobs} jobs')\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "shape: \"{jobs} jobs/day\"", with: "shape: \"{jobs}\"")
    },
    BadInput(
      "roster-stat-shape-scale-letter", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ":23: error: stat shape '{jobs}k jobs/day' cannot match: a figure reads the 'k' after "
          + "'{jobs}' as its scale (write '{jobs} jobs/day', and a figure like '12k' fills the slot)\n"
      )
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "shape: \"{jobs} jobs/day\"",
        with: "shape: \"{jobs}k jobs/day\"")
    },
    BadInput(
      "roster-stat-shape-range-of-two-slots", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: stat shape '{low}-{high} jobs/day' cannot match: '{low}-{...}' reads as one "
          + "range (write one slot, which holds a range like '200-400')\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "shape: \"{jobs} jobs/day\"",
        with: "shape: \"{low}-{high} jobs/day\"")
    },
    BadInput(
      "roster-stat-shape-empty-list", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: empty list of shapes for stat 'jobs' (write at least one, like '{jobs} jobs')\n")
    ) {
      try edit("roster.yaml", in: $0, replacing: "shape: \"{jobs} jobs/day\"", with: "shape: []")
    },
    BadInput(
      "roster-submission-gaps-unknown", .meeting, ["roster"], exit: 2,
      stderr: .endsWith(
        ": error: unknown value 'maybe' for 'submission-gaps' (use error or warning)\n")
    ) {
      try edit(
        "roster.yaml", in: $0, replacing: "# lint:\n", with: "lint:\n  submission-gaps: maybe\n")
    },
    BadInput(
      "submit-headed-by-a-sub-heading-at-section-level", .lint,
      ["submit", "--group", "Grid Operations Center", "--from", "goc.txt", cleanTopic], exit: 2,
      stderr: .exactly(
        "goc.txt:1:7: error: the submitted section is headed 'Operations Last Week', not "
          + "'Grid Operations Center'\n")
    ) { try put("---++ Operations Last Week\n   * Quiet\n", "goc.txt", in: $0) },
    BadInput(
      "new-force-over-a-report-without-a-section", .meeting,
      ["new", "--date", "2011-03-22", "--force"], exit: 2,
      stderr: .exactly(
        "minutes: error: minutes/Mar22,2011ProductionMeeting.txt: holds a report under "
          + "'Networking', and the new topic has no section for it; nothing written (move the "
          + "report out of the topic, then run 'minutes new --force' again)\n")
    ) {
      try put(
        "---++ Networking (Shawn)\n   * Two new perfSONAR hosts\n",
        "minutes/Mar22,2011ProductionMeeting.txt", in: $0)
    },
  ]
}
