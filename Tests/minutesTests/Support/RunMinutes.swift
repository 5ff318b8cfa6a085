import Foundation
import Testing

/// What one run of the `minutes` binary did.
struct RunResult {
  var exitCode: Int32
  var stdout: String
  var stderr: String
}

/// The `minutes` binary built beside the test bundle.
let minutesBinary: URL = {
  if let override = ProcessInfo.processInfo.environment["MINUTES_BIN"] {
    return URL(fileURLWithPath: override)
  }
  var folder = Bundle.main.bundleURL
  for _ in 0..<3 {
    let candidate = folder.appendingPathComponent("minutes")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder.deleteLastPathComponent()
  }
  return Bundle.main.bundleURL.appendingPathComponent("minutes")
}()

/// Runs `minutes` with `arguments` in `directory`, feeding `input` on stdin.
/// `SOURCE_DATE_EPOCH` is fixed and colour is off unless `environment` says otherwise.
func runMinutes(
  _ arguments: [String], in directory: URL? = nil, input: String? = nil,
  environment: [String: String] = [:]
) throws -> RunResult {
  let process = Process()
  process.executableURL = minutesBinary
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  var env = ProcessInfo.processInfo.environment
  env["SOURCE_DATE_EPOCH"] = "1300752000"
  env["NO_COLOR"] = "1"
  env.merge(environment) { _, new in new }
  process.environment = env
  return try run(process, input: input)
}

/// Runs `git` in `folder` with no user configuration; the hook's `minutes`
/// runs there with a fixed date and no colour.
@discardableResult
func runGit(_ arguments: [String], in folder: URL) throws -> RunResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["git"] + arguments
  process.currentDirectoryURL = folder
  var environment = ProcessInfo.processInfo.environment
  environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
  environment["NO_COLOR"] = "1"
  environment["SOURCE_DATE_EPOCH"] = "1300752000"
  process.environment = environment
  return try run(process)
}

/// Runs `process` with pipes for its output and error (and its input:
/// `input`, else nothing) and waits for it.
func run(_ process: Process, input: String? = nil) throws -> RunResult {
  let stdout = Pipe()
  let stderr = Pipe()
  let stdin = Pipe()
  process.standardOutput = stdout
  process.standardError = stderr
  process.standardInput = stdin
  try process.run()
  if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
  try stdin.fileHandleForWriting.close()
  // Read both pipes before waiting, so a chatty run cannot fill a pipe and stall.
  let group = DispatchGroup()
  nonisolated(unsafe) var errData = Data()
  group.enter()
  DispatchQueue.global().async {
    errData = stderr.fileHandleForReading.readDataToEndOfFile()
    group.leave()
  }
  let outData = stdout.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()
  return RunResult(
    exitCode: process.terminationStatus,
    stdout: String(decoding: outData, as: UTF8.self),
    stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh empty folder under the system's temporary folder.
func makeTemporaryFolder() throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("minutes-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder
}

/// Every file under `folder` with its contents, to show that a failed command changed nothing.
func snapshot(of folder: URL) throws -> [String: Data] {
  var result: [String: Data] = [:]
  let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
  while let url = enumerator?.nextObject() as? URL {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      result[url.path] = try Data(contentsOf: url)
    }
  }
  return result
}

/// A copy of `Fixtures/<path>` (a file or a folder) in a fresh temporary
/// folder, so a test may change it freely.
func copyOfFixture(_ path: String) throws -> URL {
  let source = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    .appendingPathComponent(path)
  let copy = try makeTemporaryFolder().appendingPathComponent(source.lastPathComponent)
  try FileManager.default.copyItem(at: source, to: copy)
  return copy
}
