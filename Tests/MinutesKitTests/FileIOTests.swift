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

  /// A link planted under the name a temporary file would take is not
  /// followed: the next name is taken and the link's target is untouched.
  @Test func aTemporaryFileNeverOpensAPlantedName() throws {
    let folder = try folder()
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: folder + "/victim"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/.topic.txt.minutes-a.tmp", withDestinationPath: folder + "/victim")
    try Data("theirs\n".utf8).write(to: URL(fileURLWithPath: folder + "/.topic.txt.minutes-b.tmp"))
    var names: [UInt64] = [0xa, 0xb, 0xc]
    let file = try TemporaryFile.create(for: "topic.txt", in: folder, mode: 0o600) {
      names.removeFirst()
    }
    defer { file.discard() }
    #expect(file.path == folder + "/.topic.txt.minutes-c.tmp")
    #expect(FileIO.write(Array("new\n".utf8), to: file.descriptor))
    #expect(try String(contentsOfFile: folder + "/victim", encoding: .utf8) == "precious\n")
    #expect(
      try String(contentsOfFile: folder + "/.topic.txt.minutes-b.tmp", encoding: .utf8)
        == "theirs\n")
  }

  /// Abandoned temporary files go whatever their names' numbers; one that a
  /// live process holds locked stays, and links are removed, never followed.
  @Test func onlyUnlockedTemporaryFilesAreAbandoned() throws {
    let folder = try folder()
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: folder + "/victim"))
    for name in [
      ".a.txt.1.tmp", ".b.txt.\(getpid()).tmp", ".c.txt.minutes-ff.tmp", ".notes.tmp", "d.1.tmp",
      ".backup.face.tmp",
    ] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/.e.txt.2.tmp", withDestinationPath: folder + "/victim")
    let busy = try TemporaryFile.create(for: "f.txt", in: folder, mode: 0o600)
    defer { busy.discard() }
    TemporaryFile.removeAbandoned(in: folder)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == [
          busy.path.split(separator: "/").last.map(String.init) ?? "", ".backup.face.tmp",
          ".notes.tmp",
          "d.1.tmp",
          "victim",
        ].sorted())
    #expect(try String(contentsOfFile: folder + "/victim", encoding: .utf8) == "precious\n")
  }

  @Test func aLinkOutOfItsFolderIsNeverWrittenThrough() throws {
    let folder = try folder()
    try FileManager.default.createDirectory(
      atPath: folder + "/archive", withIntermediateDirectories: true)
    try Data("precious\n".utf8).write(to: URL(fileURLWithPath: folder + "/victim"))
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/archive/topic.txt", withDestinationPath: "../victim")
    #expect(throws: MinutesError.self) {
      try FileIO.writeAtomically(
        Array("new\n".utf8), to: folder + "/archive/topic.txt", replace: true)
    }
    #expect(try String(contentsOfFile: folder + "/victim", encoding: .utf8) == "precious\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/archive") == ["topic.txt"])
  }
}
