import Foundation

/// Lints many topics on all cores while holding only a batch of them in
/// memory: each batch is read and checked in parallel, then its findings are
/// handed on in input order, so output is the same as one file after another.
public enum LintRunner {
  /// Topics per batch: enough to keep every core busy, few enough that
  /// memory stays flat however large the archive.
  public static let batchSize = max(8, ProcessInfo.processInfo.activeProcessorCount * 64)

  /// Checks `inputs` with `check`, calling `emit` with each file's findings
  /// in input order. The first error (in input order) stops the run after
  /// the files before it were emitted.
  public static func run(
    _ inputs: [LintInput],
    check: @Sendable (LintInput) throws(MinutesError) -> [Finding],
    emit: ([Finding]) -> Void
  ) throws(MinutesError) {
    try run(inputs, check: check, prepare: { $0 }, emit: emit)
  }

  /// Like `run(_:check:emit:)`, with each file's findings turned into
  /// what `emit` takes by `prepare` on the workers (a report's text, say), so
  /// that only the writing is left to the one thread that emits.
  public static func run<Prepared: Sendable>(
    _ inputs: [LintInput],
    check: @Sendable (LintInput) throws(MinutesError) -> [Finding],
    prepare: @Sendable ([Finding]) -> Prepared,
    emit: (Prepared) -> Void
  ) throws(MinutesError) {
    var start = 0
    while start < inputs.count {
      let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
      let outcomes = Slots<Result<Prepared, MinutesError>>(count: batch.count)
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        do throws(MinutesError) {
          outcomes.store(.success(prepare(try check(batch[index]))), at: index)
        } catch {
          outcomes.store(.failure(error), at: index)
        }
      }
      for outcome in outcomes.values {
        switch outcome {
        case .success(let ready): emit(ready)
        case .failure(let error): throw error
        case nil: continue
        }
      }
      start += batch.count
    }
  }

  /// One slot per file of a batch, each written by exactly one worker.
  private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: Value?, at index: Int) {
      lock.lock()
      slots[index] = value
      lock.unlock()
    }

    var values: [Value?] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }
}
