import Foundation

/// Compares `actual` with `Fixtures/Golden/<name>` of this target; with
/// `MINUTES_RECORD=1` writes the golden file (in the source tree) instead.
func matchesGolden(_ actual: String, named name: String) throws -> Bool {
  let source = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Golden/\(name)")
  if ProcessInfo.processInfo.environment["MINUTES_RECORD"] == "1" {
    try FileManager.default.createDirectory(
      at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: source)
    return true
  }
  guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
    return false
  }
  let golden = try String(
    contentsOf: fixtures.appendingPathComponent("Golden/\(name)"), encoding: .utf8)
  return golden == actual
}
