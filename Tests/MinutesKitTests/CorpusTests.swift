import Foundation
import Testing

@testable import MinutesKit

/// Checks against a folder of real topics, when `MINUTES_CORPUS` names one
/// (`scripts/check-corpus.sh` does). A fresh clone has no corpus: these are
/// a measurement on real pages, not part of the fixture-based suite.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["MINUTES_CORPUS"] != nil))
struct CorpusTests {
  static var corpusFiles: [URL] {
    guard let folder = ProcessInfo.processInfo.environment["MINUTES_CORPUS"] else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map {
      URL(fileURLWithPath: folder).appendingPathComponent($0)
    }
  }

  @Test func everyTopicParsesAndPrintsBackByteForByte() throws {
    let files = Self.corpusFiles
    #expect(!files.isEmpty)
    let started = Date()
    var totalBytes = 0
    var sections = 0
    for file in files {
      let bytes = try [UInt8](Data(contentsOf: file))
      totalBytes += bytes.count
      let topic = try Topic(bytes: bytes, path: file.lastPathComponent)
      #expect(topic.bytes == bytes, "\(file.lastPathComponent) does not round-trip")
      sections += topic.allSections.count
    }
    let seconds = Date().timeIntervalSince(started)
    print(
      "corpus: \(files.count) topics, \(totalBytes) bytes, \(sections) sections, "
        + "parsed and printed back in \(String(format: "%.3f", seconds)) s")
  }
}
