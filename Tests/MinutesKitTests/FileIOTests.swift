import Foundation
import Testing

@testable import MinutesKit

@Suite struct FileIOTests {
  func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("minutes-fileio-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func replacingKeepsTheFilesPermissions() throws {
    let folder = try folder()
    let path = folder + "/topic.txt"
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o640)
    try FileIO.writeAtomically(Array("new\n".utf8), to: path, replace: true)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o640)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
  }

  @Test func replacingASymlinkedTopicWritesWhereTheLinkPoints() throws {
    let folder = try folder()
    try FileManager.default.createDirectory(
      atPath: folder + "/real", withIntermediateDirectories: true)
    try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder + "/real/topic.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link.txt", withDestinationPath: "real/topic.txt")
    try FileIO.writeAtomically(Array("new\n".utf8), to: folder + "/link.txt", replace: true)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.txt")
        == "real/topic.txt")
    #expect(try String(contentsOfFile: folder + "/real/topic.txt", encoding: .utf8) == "new\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/real") == ["topic.txt"])
  }
}
