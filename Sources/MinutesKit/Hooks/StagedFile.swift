/// A file of the index: its path relative to the top folder and its blob id.
public struct StagedFile: Sendable, Equatable {
  public var path: String
  public var blob: String

  public init(path: String, blob: String) {
    self.path = path
    self.blob = blob
  }
}
