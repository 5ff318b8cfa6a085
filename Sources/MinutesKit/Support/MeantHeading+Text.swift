extension MeantHeading {
  /// ``start(in:)`` asked of a line's text: where its meant heading starts
  /// (a UTF-8 offset) and its marks, nil for a line that holds none.
  static func start(in text: String) -> (offset: Int, dashes: Int, pluses: Int)? {
    start(in: Array(text.utf8))
  }
}
