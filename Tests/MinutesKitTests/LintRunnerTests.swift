import Foundation
import Testing

@testable import MinutesKit

/// `LintRunner`: parallel checking, output in input order, errors in input order.
@Suite struct LintRunnerTests {
  func finding(_ path: String) -> Finding {
    Finding(
      rule: "placeholder", severity: .warning, message: "m",
      location: SourceLocation(file: path, line: 1, column: 1))
  }

  @Test func findingsComeOutInInputOrderAcrossBatches() throws {
    let inputs = (0..<(LintRunner.batchSize * 3 + 5)).map { LintInput.file("t\($0).txt") }
    var emitted: [String] = []
    try LintRunner.run(inputs) { input throws(MinutesError) in
      // Later files finish first within a batch.
      usleep(UInt32.random(in: 0..<300))
      return [finding(input.displayPath), finding(input.displayPath)]
    } emit: { findings in
      emitted += findings.map(\.location.file)
    }
    #expect(emitted == inputs.flatMap { [$0.displayPath, $0.displayPath] })
  }

  @Test func theFirstErrorInInputOrderStopsTheRun() throws {
    let inputs = (0..<(LintRunner.batchSize * 2)).map { LintInput.file("t\($0).txt") }
    let failing: Set<String> = [
      "t\(LintRunner.batchSize + 3).txt", "t\(LintRunner.batchSize + 9).txt",
    ]
    var emitted = 0
    #expect(throws: MinutesError("t\(LintRunner.batchSize + 3).txt: bad")) {
      try LintRunner.run(inputs) { input throws(MinutesError) in
        if failing.contains(input.displayPath) { throw MinutesError("\(input.displayPath): bad") }
        return [finding(input.displayPath)]
      } emit: { _ in
        emitted += 1
      }
    }
    // The whole first batch and the files of the second before the error.
    #expect(emitted == LintRunner.batchSize + 3)
  }

  /// An error in the first batch stops the run with no later batch still
  /// being checked (a check running on would outlive the run's closure),
  /// however slow the checks.
  @Test func anErrorInTheFirstBatchLeavesNothingChecking() throws {
    let inputs = (0..<(LintRunner.batchSize * 3)).map { LintInput.file("t\($0).txt") }
    let checkedAfterTheRun = Counter()
    var emitted = 0
    var finished = false
    #expect(throws: MinutesError("t2.txt: bad")) {
      try LintRunner.run(
        inputs,
        check: { [checkedAfterTheRun] input throws(MinutesError) -> String in
          usleep(2_000)
          if input.displayPath == "t2.txt" { throw MinutesError("t2.txt: bad") }
          checkedAfterTheRun.note()
          return input.displayPath
        },
        between: { _, next in
          var count = 0
          next.forEach { _ in count += 1 }
          return count
        },
        finish: { path, _ in path },
        emit: { _ in emitted += 1 })
      finished = true
    }
    #expect(!finished)
    #expect(emitted == 2)
    let settled = checkedAfterTheRun.value
    usleep(50_000)
    #expect(checkedAfterTheRun.value == settled)
  }

  /// The between step sees each batch once, in order, before any of it is
  /// finished, with the next batch checked already (up to its first error),
  /// though the batch after it is checked meanwhile; a batch with an error is
  /// the last one it sees.
  @Test func theBetweenStepSeesEachBatchInOrderBeforeItIsFinished() throws {
    let size = LintRunner.batchSize
    let inputs = (0..<(size * 3 + 5)).map { LintInput.file("t\($0).txt") }
    var seen: [[String]] = []
    var seenNext: [[String]] = []
    var emitted: [(path: String, batches: Int)] = []
    #expect(throws: MinutesError("t\(size * 2 + 1).txt: bad")) {
      try LintRunner.run(
        inputs,
        check: { input throws(MinutesError) -> String in
          usleep(UInt32.random(in: 0..<200))
          if input.displayPath == "t\(size * 2 + 1).txt" {
            throw MinutesError("\(input.displayPath): bad")
          }
          return input.displayPath
        },
        between: { batch, next in
          seen.append(batch.map(\.checked))
          var following: [String] = []
          next.forEach { following.append($0) }
          seenNext.append(following)
          return seen.count
        },
        finish: { path, batches in (path, batches) },
        emit: { emitted.append($0) })
    }
    let paths = inputs.map(\.displayPath)
    #expect(seen == [Array(paths[..<size]), Array(paths[size..<(2 * size)]), [paths[2 * size]]])
    // The third batch stops the run: the second sees it up to its error.
    #expect(seenNext == [Array(paths[size..<(2 * size)]), [paths[2 * size]], []])
    #expect(emitted.map(\.path) == Array(paths[...(2 * size)]))
    #expect(emitted.map(\.batches) == paths[...(2 * size)].indices.map { $0 / size + 1 })
  }
}

/// A count that workers add to.
private final class Counter: @unchecked Sendable {
  private var count = 0
  private let lock = NSLock()

  func note() {
    lock.lock()
    count += 1
    lock.unlock()
  }

  var value: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}
