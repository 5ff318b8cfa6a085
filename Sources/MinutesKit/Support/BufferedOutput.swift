/// Collects standard output and writes it in large pieces rather than a
/// write per topic. After a failed write (a full disk) the rest is dropped
/// and `flush` reports the failure.
final class BufferedOutput {
  private var pending: [UInt8] = []
  private var failure: MinutesError?
  private static let threshold = 1 << 16

  func append(_ bytes: [UInt8]) {
    guard failure == nil else { return }
    pending += bytes
    if pending.count >= Self.threshold { try? flush() }
  }

  func flush() throws(MinutesError) {
    if failure == nil {
      do {
        try Console.output(bytes: pending)
      } catch {
        failure = error
      }
    }
    pending.removeAll(keepingCapacity: true)
    if let failure { throw failure }
  }
}
