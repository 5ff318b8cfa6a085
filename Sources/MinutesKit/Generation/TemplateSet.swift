import Foundation

/// The templates a roster needs: `page.twiki` and `sections/<name>.twiki` for
/// every group that names a section template.
public struct TemplateSet: Sendable {
  public var page: StrictTemplate
  /// Section templates by the name groups use (`ligo`).
  public var sections: [String: StrictTemplate]

  public init(page: StrictTemplate, sections: [String: StrictTemplate] = [:]) {
    self.page = page
    self.sections = sections
  }

  /// The page template's path inside a templates folder.
  public static let pageFile = "page.twiki"

  /// A section template's path inside a templates folder.
  public static func sectionFile(_ name: String) -> String { "sections/\(name).twiki" }

  /// Reads the page template and the section templates the roster's groups
  /// name. A missing file is an error naming the path it looked at.
  public static func load(folder: String, for roster: Roster) throws(MinutesError) -> TemplateSet {
    func read(_ file: String, for group: Group?) throws(MinutesError) -> StrictTemplate {
      let path = Archive.join(folder, file)
      guard FileManager.default.fileExists(atPath: path) else {
        let why = group.map { " (the template of group '\($0.name)')" } ?? ""
        throw MinutesError(
          "\(path): template not found\(why)", at: group?.templateLocation ?? group?.location)
      }
      let bytes = try FileIO.read(path, limit: 1 << 20)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw MinutesError("\(path): template is not valid UTF-8")
      }
      return StrictTemplate(path: path, text: text)
    }
    var sections: [String: StrictTemplate] = [:]
    for group in roster.groups {
      guard let name = group.template, sections[name] == nil else { continue }
      guard !name.isEmpty, !name.split(separator: "/").contains(".."), !name.hasPrefix("/") else {
        throw MinutesError(
          "template '\(name)' of group '\(group.name)' must be a name inside the templates folder",
          at: group.location)
      }
      sections[name] = try read(sectionFile(name), for: group)
    }
    let page = try read(pageFile, for: nil)
    if page.text.allSatisfy(\.isWhitespace) {
      throw MinutesError(
        "\(Archive.join(folder, pageFile)): the page template is empty "
          + "(it lays out the topic: signature, attendees and {{#groups}} sections)")
    }
    return TemplateSet(page: page, sections: sections)
  }
}
