import Foundation

/// The few git questions the hook asks, through the `git` command.
public enum Git {
  /// Runs git in `directory` and returns its standard output.
  public static func run(_ arguments: [String], in directory: String) throws(MinutesError) -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw MinutesError("cannot run git: \(error.localizedDescription)")
    }
    // Read stderr while stdout is read, so that neither pipe fills and stalls git.
    nonisolated(unsafe) var errorData = Data()
    let reader = DispatchGroup()
    reader.enter()
    DispatchQueue.global().async {
      errorData = (try? errors.fileHandleForReading.readToEnd()) ?? Data()
      reader.leave()
    }
    // `readToEnd` throws where `readDataToEndOfFile` would trap.
    let read = Result { try output.fileHandleForReading.readToEnd() ?? Data() }
    reader.wait()
    let message = String(decoding: errorData, as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let firstLine = message.split(separator: "\n").first.map(String.init) ?? "failed"
      throw MinutesError("git \(arguments.first { !$0.hasPrefix("-") } ?? ""): \(firstLine)")
    }
    guard case .success(let data) = read else {
      throw MinutesError(
        "git \(arguments.first { !$0.hasPrefix("-") } ?? ""): cannot read its output")
    }
    return data
  }

  /// The path git reads the pre-commit hook from (respects `core.hooksPath`
  /// and worktrees), absolute.
  public static func preCommitHookPath(in directory: String) throws(MinutesError) -> String {
    let data = try run(
      ["rev-parse", "--path-format=absolute", "--git-path", "hooks/pre-commit"], in: directory)
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The repository's top folder.
  public static func topLevel(in directory: String) throws(MinutesError) -> String {
    let data = try run(["rev-parse", "--show-toplevel"], in: directory)
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Files added, copied or modified in the index, each with the id of its
  /// staged blob: the content the commit will hold, read by id so that no
  /// file name is ever taken for a revision (`0:Mar15,...` would be read by
  /// `git show :0:Mar15,...` as stage 0 of another file).
  public static func stagedFiles(in directory: String) throws(MinutesError) -> [StagedFile] {
    let data = try run(
      ["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACM"],
      in: directory)
    // `:OLDMODE NEWMODE OLDID NEWID STATUS` NUL `PATH` NUL, repeated.
    var files: [StagedFile] = []
    let fields = data.split(separator: 0, omittingEmptySubsequences: false)
    var index = fields.startIndex
    while index + 1 < fields.endIndex {
      let meta = String(decoding: fields[index], as: UTF8.self).split(separator: " ")
      let path = String(decoding: fields[index + 1], as: UTF8.self)
      index += 2
      // Regular files only: not links, not submodules.
      guard meta.count == 5, meta[1] == "100644" || meta[1] == "100755" else { continue }
      files.append(StagedFile(path: path, blob: String(meta[3])))
    }
    return files
  }

  /// The staged blob of `path` (relative to the top folder), or nil when the
  /// index has no such file.
  public static func stagedBlob(of path: String, in directory: String) throws(MinutesError)
    -> String?
  {
    let data = try run(
      ["--literal-pathspecs", "ls-files", "--stage", "-z", "--", path], in: directory)
    // `MODE ID STAGE` TAB `PATH` NUL.
    guard let entry = data.split(separator: 0).first,
      let tab = entry.firstIndex(of: UInt8(ascii: "\t"))
    else { return nil }
    let fields = String(decoding: entry[..<tab], as: UTF8.self).split(separator: " ")
    return fields.count == 3 ? String(fields[1]) : nil
  }

  /// The content of a blob.
  public static func blob(_ id: String, in directory: String) throws(MinutesError) -> [UInt8] {
    [UInt8](try run(["cat-file", "blob", id], in: directory))
  }
}
