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
    // Every folder first, so that a path blocked by a file stops the command
    // before any file is written.
    for parent in Set(paths.map { ($0 as NSString).deletingLastPathComponent })
    where !parent.isEmpty {
      try FileIO.createFolder(parent)
    }
    var written: [String] = []
    for (path, file) in zip(paths, Starter.files) {
      do {
        try FileIO.writeAtomically(Array(file.text.utf8), to: path, replace: false)
      } catch {
        for done in written { unlink(done) }
        throw error
      }
      written.append(path)
    }
    return paths
  }
}
