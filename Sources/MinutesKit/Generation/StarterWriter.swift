import Foundation

/// Writes the ``Starter`` files into a folder, all or nothing.
public enum StarterWriter {
  /// Writes every starter file under `folder`, creating folders as needed, and
  /// returns the paths written. When any file exists already nothing is
  /// written and the error names every one of them.
  public static func write(into folder: String) throws(MinutesError) -> [String] {
    let paths = Starter.files.map { Archive.join(folder, $0.path) }
    let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
    guard existing.isEmpty else {
      throw MinutesError(
        "\(existing.joined(separator: ", ")): already \(existing.count == 1 ? "exists" : "exist") "
          + "(nothing written; remove \(existing.count == 1 ? "it" : "them") or choose another folder)"
      )
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      throw MinutesError("\(folder): is a file, not a folder")
    }
    for (path, file) in zip(paths, Starter.files) {
      let parent = (path as NSString).deletingLastPathComponent
      if !parent.isEmpty {
        do {
          try FileManager.default.createDirectory(
            atPath: parent, withIntermediateDirectories: true)
        } catch {
          throw MinutesError("\(parent): cannot create the folder: \(error.localizedDescription)")
        }
      }
      try FileIO.writeAtomically(Array(file.text.utf8), to: path, replace: false)
    }
    return paths
  }
}
