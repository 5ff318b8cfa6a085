extension Topic {
  /// Reads a topic file, or standard input for `-` (named `<stdin>`), with
  /// lint's size limit; bytes that are not UTF-8 are an error naming the
  /// first bad byte.
  public static func read(_ path: String) throws(MinutesError) -> Topic {
    let isStandardInput = path == "-"
    let bytes =
      isStandardInput
      ? try FileIO.readStandardInput(limit: LintInput.sizeLimit)
      : try FileIO.read(path, limit: LintInput.sizeLimit)
    do {
      return try Topic(bytes: bytes, path: isStandardInput ? "<stdin>" : path)
    } catch {
      throw error.asMinutesError
    }
  }
}
