import Foundation

/// Comma-separated values as RFC 4180 writes them, for spreadsheets.
enum CSV {
  /// One line: fields joined with commas, each quoted when it must be.
  static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
