/// How the inferred roster writes strings: plain when YAML reads them back
/// as the same text, double-quoted otherwise.
enum YAMLText {
  static func scalar(_ text: String) -> String {
    isPlainName(text) ? text : quoted(text)
  }

  /// Letters, digits, spaces and `. _ -` after a leading letter, and not a
  /// word YAML reads as something else.
  static func isPlainName(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter, text.last != " " else { return false }
    let reserved = ["yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"]
    guard !reserved.contains(text.lowercased()) else { return false }
    return text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || " ._-".contains($0) }
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if scalar.isASCII && ASCII.isControl(UInt8(scalar.value)) {
          result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
