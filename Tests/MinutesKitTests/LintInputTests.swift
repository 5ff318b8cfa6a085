import Foundation
import Testing

@testable import MinutesKit

/// `LintInput.expand`: which files a lint run checks, in which order, once each.
@Suite struct LintInputTests {
  /// A folder with topics, things that are not topics, and links.
  func archive() throws -> String {
    let folder = NSTemporaryDirectory() + "minutes-inputs-\(UUID().uuidString)"
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/sub.txt", withIntermediateDirectories: true)
    for name in ["b.txt", "a.txt", "c.md", ".hidden.txt", "Z.txt"] {
      try "x\n".write(toFile: "\(folder)/\(name)", atomically: false, encoding: .utf8)
    }
    try manager.createSymbolicLink(atPath: folder + "/link-to-a.txt", withDestinationPath: "a.txt")
    try manager.createSymbolicLink(atPath: folder + "/dangling.txt", withDestinationPath: "gone")
    mkfifo(folder + "/fifo.txt", 0o644)
    return folder
  }

  func names(_ inputs: [LintInput]) -> [String] {
    inputs.map { String($0.displayPath.split(separator: "/").last!) }
  }

  @Test func aFolderMeansItsTopicsInNameOrderEachFileOnce() throws {
    let folder = try archive()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // The link names a.txt again; folders, FIFOs, dot files and dangling links are no topics.
    #expect(names(try LintInput.expand([folder])) == ["Z.txt", "a.txt", "b.txt"])
    #expect(try LintInput.expand([folder + "/"]).first == .file(folder + "/Z.txt"))
  }

  @Test func aFileNamedTwiceOrInsideANamedFolderIsCheckedOnce() throws {
    let folder = try archive()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let inputs = try LintInput.expand([
      folder + "/b.txt", folder, folder + "/./b.txt", "-", folder + "/link-to-a.txt",
    ])
    #expect(
      inputs == [
        .file(folder + "/b.txt"), .file(folder + "/Z.txt"), .file(folder + "/a.txt"),
        .standardInput,
      ])
  }

  @Test func missingPathsAndFoldersWithoutTopicsAreErrors() throws {
    let folder = try archive()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(throws: MinutesError("\(folder)/nope.txt: no such file or folder")) {
      try LintInput.expand([folder + "/nope.txt"])
    }
    #expect(throws: MinutesError("\(folder)/sub.txt: no *.txt topics in this folder")) {
      try LintInput.expand([folder + "/sub.txt"])
    }
  }
}
