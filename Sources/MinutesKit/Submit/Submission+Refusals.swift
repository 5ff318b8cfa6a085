extension Submission {
  /// The refusals that are not lint findings, one error message each at its
  /// line of the topic at `path` (`original`, as read before the check): a
  /// report replaced by none, and every open item or action the submission
  /// drops, quoted as the topic has it (uid included: pasted back, it is
  /// kept).
  public func refusals(topicPath path: String, original: Topic) -> [String] {
    var messages: [String] = []
    if let line = replacedReport {
      messages.append(
        "\(path):\(line):1: error: the section holds a report and the submission holds "
          + "none; submit the report, or leave the section as it is")
    }
    for item in droppedItems {
      let what = item.kind == .action ? "open action" : "open item"
      messages.append(
        "\(path):\(item.line):1: error: the submission drops this \(what) of the "
          + "section; keep it, or close it (DONE, state=\"closed\"):\n"
          + Submission.quote(item, in: original).joined(separator: "\n"))
    }
    return messages
  }

  /// The submitted topic made ready to replace `original` at `path`, written
  /// in full aside (`AtomicWrite`): the caller reports, then commits, so a
  /// report that cannot be written leaves the topic unchanged. Refused when
  /// someone saved the topic while it was checked: their edit is never
  /// overwritten.
  public func prepareWrite(over original: Topic, at path: String) throws(MinutesError)
    -> AtomicWrite
  {
    guard try FileIO.read(path, limit: LintInput.sizeLimit) == original.bytes else {
      throw MinutesError("\(path): changed while submitting; nothing written, try again")
    }
    return try AtomicWrite.prepare(topic.bytes, to: path, replace: true)
  }
}
