import Foundation

/// SARIF 2.1.0, which code-scanning services read: one run of `minutes`,
/// every rule in `tool.driver.rules`, one result per finding.
///
/// Columns are UTF-8 byte columns, as in every other format; they equal
/// SARIF's default UTF-16 columns on ASCII lines, which minutes pages nearly
/// always are.
public struct SARIFReporter: LintReporter {
  public var rules: [any LintRule]

  public init(rules: [any LintRule] = Linter.allRules) {
    self.rules = rules
  }

  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var results: [Result]
  }

  struct Tool: Encodable {
    var driver: Driver
  }

  struct Driver: Encodable {
    var name = "minutes"
    var version = minutesVersion
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var shortDescription: Text
    var defaultConfiguration: Configuration
  }

  struct Configuration: Encodable {
    var level: String
  }

  struct Text: Encodable {
    var text: String
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Text
    var locations: [Location]
  }

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct ArtifactLocation: Encodable {
    var uri: String
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
  }

  public func render(_ report: LintReport) -> String {
    let ids = rules.map(\.id)
    let log = Log(runs: [
      Run(
        tool: Tool(
          driver: Driver(
            rules: rules.map {
              Rule(
                id: $0.id, shortDescription: Text(text: $0.description),
                defaultConfiguration: Configuration(level: $0.severity.rawValue))
            })),
        results: report.findings.map { finding in
          Result(
            ruleId: finding.rule, ruleIndex: ids.firstIndex(of: finding.rule),
            level: finding.severity.rawValue, message: Text(text: finding.message),
            locations: [
              Location(
                physicalLocation: PhysicalLocation(
                  artifactLocation: ArtifactLocation(uri: SARIFReporter.uri(finding.location.file)),
                  region: Region(
                    startLine: finding.location.line, startColumn: finding.location.column)))
            ])
        })
    ])
    return JSONText.encodeText(log)
  }

  /// A relative URI reference for a path: spaces and other characters that
  /// URIs do not allow are percent-encoded; `-` (stdin) stays as is.
  static func uri(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}
