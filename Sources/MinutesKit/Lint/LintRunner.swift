import Foundation

/// Lints many topics on all cores while holding only a batch of them in
/// memory: each batch is read and checked in parallel, then its findings are
/// handed on in input order, so output is the same as one file after another.
public enum LintRunner {
  /// Topics per batch: enough to keep every core busy, few enough that
  /// memory stays flat however large the archive. Up to three batches are
  /// held at a time (one finished while the next, checked already, is
  /// looked at, and the one after it is checked).
  public static let batchSize = max(8, ProcessInfo.processInfo.activeProcessorCount * 32)

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
    try run(
      inputs, check: check, between: { _, _ in () },
      finish: { findings, _ in prepare(findings) }, emit: emit)
  }

  /// Checks `inputs` in two steps on the workers, a batch at a time: `check`
  /// each file, then `between` (on the calling thread) sees the batch's
  /// results in input order, and those of the next batch (checked already,
  /// ``NextBatch``), and makes what `finish` shares, and `finish`
  /// turns each result into what `emit` takes. A run whose files tell about
  /// each other (the meetings before and after a topic) learns from a batch
  /// and the one after it before it finishes it. While a batch is finished,
  /// the workers check the batch after the next, so that the cores are not
  /// idle through `between`. The first error (in input order) stops the run
  /// after the files before it were emitted.
  static func run<Checked: Sendable, Shared: Sendable, Prepared: Sendable>(
    _ inputs: [LintInput],
    check: @Sendable (LintInput) throws(MinutesError) -> Checked,
    between: (_ batch: [(input: LintInput, checked: Checked)], _ next: NextBatch<Checked>) ->
      Shared,
    finish: @Sendable (Checked, Shared) -> Prepared,
    emit: (Prepared) -> Void
  ) throws(MinutesError) {
    let batches = stride(from: 0, to: inputs.count, by: batchSize).map {
      Array(inputs[$0..<min($0 + batchSize, inputs.count)])
    }
    guard let first = batches.first else { return }
    try withoutActuallyEscaping(check) { (check) throws(MinutesError) in
      /// The batch at `number` checked on the workers, begun now; nil past the last.
      func begin(_ number: Int) -> (
        slots: Slots<Result<Checked, MinutesError>>, done: DispatchGroup
      )? {
        guard number < batches.count else { return nil }
        let slots = Slots<Result<Checked, MinutesError>>(count: batches[number].count)
        let done = DispatchGroup()
        let inputs = batches[number]
        DispatchQueue.global().async(group: done) {
          LintRunner.checkBatch(inputs, into: slots, with: check)
        }
        return (slots, done)
      }
      var outcomes = checkAll(first, check: check)
      var following = outcomes.holdsFailure() ? nil : begin(1)
      for number in batches.indices {
        let batch = batches[number]
        var checked: [(input: LintInput, checked: Checked)] = []
        var failure: MinutesError?
        // Taken out of their slots, not copied.
        for index in batch.indices {
          switch outcomes.take(at: index) {
          case .success(let value): checked.append((batch[index], value))
          case .failure(let error): failure = error
          case nil: continue
          }
          if failure != nil { break }
        }
        // The next batch, checked by now, is looked at; the one after it is
        // checked meanwhile, unless this batch stops the run.
        var next = NextBatch<Checked>(outcomes: nil)
        var ahead: (slots: Slots<Result<Checked, MinutesError>>, done: DispatchGroup)?
        if failure == nil, let following {
          following.done.wait()
          next = NextBatch(outcomes: following.slots)
          // A batch with an error is the last: nothing is checked past it,
          // and nothing may still be checking when the run stops.
          if !following.slots.holdsFailure() { ahead = begin(number + 2) }
        }
        let shared = between(checked, next)
        // Each result is handed to the worker that finishes it as the only
        // reference left, so that the worker frees it (a topic's lines and
        // its context) rather than this thread, one after another.
        var values: [Checked] = []
        values.reserveCapacity(checked.count)
        // Moved out, not copied: a result may be a whole lint context.
        while let (_, value) = checked.popLast() { values.append(value) }
        values.reverse()
        let ready = Slots(consume values)
        let prepared = Slots<Prepared>(count: ready.count)
        DispatchQueue.concurrentPerform(iterations: ready.count) { index in
          guard let value = ready.take(at: index) else { return }
          prepared.store(finish(value, shared), at: index)
        }
        for value in prepared.values { if let value { emit(value) } }
        if let failure {
          following?.done.wait()
          throw failure
        }
        if let following { outcomes = following.slots }
        following = ahead
      }
    }
  }

  /// Checks `batch` on all cores, each file's outcome in its slot.
  private static func checkAll<Checked: Sendable>(
    _ batch: [LintInput], check: @Sendable (LintInput) throws(MinutesError) -> Checked
  ) -> Slots<Result<Checked, MinutesError>> {
    let outcomes = Slots<Result<Checked, MinutesError>>(count: batch.count)
    checkBatch(batch, into: outcomes, with: check)
    return outcomes
  }

  /// Checks `batch` on all cores into `outcomes`.
  private static func checkBatch<Checked: Sendable>(
    _ batch: [LintInput], into outcomes: Slots<Result<Checked, MinutesError>>,
    with check: @Sendable (LintInput) throws(MinutesError) -> Checked
  ) {
    DispatchQueue.concurrentPerform(iterations: batch.count) { index in
      do throws(MinutesError) {
        outcomes.store(.success(try check(batch[index])), at: index)
      } catch {
        outcomes.store(.failure(error), at: index)
      }
    }
  }
}

/// One slot per item of a parallel loop, each written by exactly one
/// worker and read once the loop is over.
final class Slots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  init(_ values: [Value]) { slots = values }

  var count: Int { slots.count }

  func store(_ value: consuming Value?, at index: Int) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  /// The value at `index`, taken out of its slot: the caller holds the
  /// last reference to it, and frees it where it is done with it.
  func take(at index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    var value: Value? = nil
    swap(&value, &slots[index])
    return value
  }

  var values: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }

  /// Calls `body` with each slot's value in order, read in place rather
  /// than copied out.
  func forEach(_ body: (Value?) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    for index in slots.indices { body(slots[index]) }
  }
}

extension Slots {
  /// Whether a check whose outcome is in a slot failed.
  func holdsFailure<Success>() -> Bool where Value == Result<Success, MinutesError> {
    var failed = false
    forEach { outcome in
      if case .failure? = outcome { failed = true }
    }
    return failed
  }
}

/// The batch after the one a run's between step sees, checked already: its
/// results are read in place (a result may be a whole lint context, and
/// copying each out cost as much as the reading it saved), and kept by the
/// run, which finishes them with their own batch.
struct NextBatch<Checked> {
  fileprivate let outcomes: Slots<Result<Checked, MinutesError>>?

  /// Calls `body` with each result in input order, up to the first file
  /// whose check failed; nothing after the last batch, or after a batch
  /// that stops the run.
  func forEach(_ body: (Checked) -> Void) {
    var failed = false
    outcomes?.forEach { outcome in
      guard !failed, case .success(let checked)? = outcome else {
        failed = true
        return
      }
      body(checked)
    }
  }
}
