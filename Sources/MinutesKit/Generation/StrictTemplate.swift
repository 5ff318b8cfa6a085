import Mustache

/// A Mustache template that refuses to guess: every name it uses must exist in
/// the context it is rendered with.
///
/// swift-mustache renders a missing variable as nothing, which would turn a
/// typo in a template into a silently blank line in every week's minutes.
/// The template is scanned here first, with positions, and a name the context
/// does not offer is an error pointing at it.
public struct StrictTemplate: Sendable {
  /// The file the template was read from, for messages.
  public let path: String
  public let text: String
  /// Whether the template starts its own `{{%CONTENT_TYPE: TEXT}}`.
  private let hasTextPragma: Bool

  public init(path: String, text: String) {
    self.path = path
    self.text = text
    var scanner = TagScanner(text: text, path: path)
    var found = false
    while let tag = try? scanner.next() {
      if case .pragma = tag.kind {
        found = true
        break
      }
    }
    self.hasTextPragma = found
  }

  /// Checks the template against `context` and renders it as plain text.
  /// Returns the text and the names the template used, as dotted paths from
  /// the top of the context (`stat.jobs`, `groups.heading`).
  public func render(_ context: [String: TemplateValue]) throws(MinutesError) -> (
    text: String, names: Set<String>
  ) {
    let names = try check(against: context.mapValues(\.shape))
    return (try renderChecked(context), names)
  }

  /// Renders a template already checked against a context of the same shape.
  public func renderChecked(_ context: [String: TemplateValue]) throws(MinutesError) -> String {
    try TemplateBudget.check(self, context: context)
    // Templates write TWiki, not HTML: without this pragma swift-mustache
    // would write `Armen &amp; Xin`. It is added when a template omits it.
    let source = hasTextPragma ? text : "{{%CONTENT_TYPE: TEXT}}" + text
    let template: MustacheTemplate
    do {
      template = try MustacheTemplate(string: source)
    } catch let error as MustacheTemplate.ParserError {
      throw MinutesError(
        "template syntax error: \(StrictTemplate.describe(error.error))",
        at: SourceLocation(
          file: path, line: error.context.lineNumber, column: error.context.columnNumber))
    } catch {
      throw MinutesError(
        "template syntax error: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
    }
    return template.render(context.mapValues(\.mustacheValue))
  }

  /// Scans every tag and resolves every name as Mustache would, innermost
  /// section first. Returns the names used, as paths from the top.
  public func check(against root: [String: TemplateShape]) throws(MinutesError) -> Set<String> {
    struct Scope {
      var fields: [String: TemplateShape]
      /// Path of this scope from the top: "" or "groups." or "stat.".
      var prefix: String
    }
    struct OpenSection {
      var name: String
      var location: SourceLocation
    }
    var scopes = [Scope(fields: root, prefix: "")]
    var open: [OpenSection] = []
    var used: Set<String> = []
    var scanner = TagScanner(text: text, path: path)

    func resolve(_ name: String, at location: SourceLocation) throws(MinutesError) -> (
      TemplateShape, String
    ) {
      if name == "." { return (.object(scopes.last!.fields), scopes.last!.prefix) }
      let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      guard !parts.contains("") else {
        throw MinutesError("bad template variable name '\(name)'", at: location)
      }
      guard let scope = scopes.last(where: { $0.fields[parts[0]] != nil }),
        var shape = scope.fields[parts[0]]
      else {
        let known = Set(scopes.flatMap { $0.fields.keys }).sorted()
        throw MinutesError(
          "unknown template variable '\(name)' (known: \(StrictTemplate.list(known)))",
          at: location)
      }
      var path = scope.prefix + parts[0]
      for index in parts.indices.dropFirst() {
        let reached = parts[..<index].joined(separator: ".")
        guard case .object(let fields) = shape else {
          throw MinutesError(
            "unknown template variable '\(name)' ('\(reached)' has no fields)", at: location)
        }
        guard let next = fields[parts[index]] else {
          let known = fields.keys.sorted().map { "\(reached).\($0)" }
          throw MinutesError(
            "unknown template variable '\(name)' (known: \(StrictTemplate.list(known)))",
            at: location)
        }
        shape = next
        path += "." + parts[index]
      }
      return (shape, path)
    }

    while let tag = try scanner.next() {
      switch tag.kind {
      case .comment, .pragma:
        continue
      case .variable(let name):
        let (_, path) = try resolve(name, at: tag.location)
        used.insert(path)
      case .section(let name, let inverted):
        let (shape, path) = try resolve(name, at: tag.location)
        used.insert(path)
        open.append(OpenSection(name: name, location: tag.location))
        switch shape {
        case .object(let fields) where !inverted:
          scopes.append(Scope(fields: fields, prefix: path + "."))
        case .list(let fields) where !inverted:
          scopes.append(Scope(fields: fields, prefix: path + "."))
        default:
          scopes.append(Scope(fields: [:], prefix: scopes.last!.prefix))
        }
      case .close(let name):
        guard let last = open.last else {
          throw MinutesError("'{{/\(name)}}' closes no section", at: tag.location)
        }
        guard last.name == name else {
          throw MinutesError(
            "'{{/\(name)}}' closes section '\(last.name)' opened at line \(last.location.line) "
              + "(expected '{{/\(last.name)}}')",
            at: tag.location)
        }
        open.removeLast()
        scopes.removeLast()
      case .unsupported(let what):
        throw MinutesError("\(what) are not supported in minutes templates", at: tag.location)
      }
    }
    if let last = open.last {
      throw MinutesError(
        "section '\(last.name)' is never closed (expected '{{/\(last.name)}}')",
        at: last.location)
    }
    return used
  }

  static func list(_ names: [String]) -> String {
    names.isEmpty ? "none" : names.joined(separator: ", ")
  }

  static func describe(_ error: Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect: "section closed with the wrong name"
    case .unfinishedName: "unfinished tag"
    case .expectedSectionEnd: "section is never closed"
    case .invalidSetDelimiter: "bad set-delimiter tag (write '{{=<% %>=}}')"
    case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
      "bad pragma (write '{{%CONTENT_TYPE: TEXT}}')"
    default: "\(error)"
    }
  }
}

/// Finds Mustache tags in template text, with their 1-based line and column
/// (columns in UTF-8 bytes, as everywhere in minutes).
struct TagScanner {
  enum Kind: Equatable {
    case variable(String)
    case section(String, inverted: Bool)
    case close(String)
    case comment
    case pragma
    case unsupported(String)
  }

  struct Tag {
    var kind: Kind
    /// Where the tag's name starts (the tag itself for comments).
    var location: SourceLocation
    /// Offset of the tag's opening delimiter in the template's bytes.
    var start: Int = 0
  }

  let bytes: [UInt8]
  let path: String
  /// Offset just past the last tag read.
  private(set) var position = 0
  var line = 1
  var lineStart = 0
  var opening: [UInt8] = Array("{{".utf8)
  var closing: [UInt8] = Array("}}".utf8)

  init(text: String, path: String) {
    self.bytes = Array(text.utf8)
    self.path = path
  }

  private func location(_ offset: Int) -> SourceLocation {
    // `line` and `lineStart` are kept current up to `position`.
    var line = self.line
    var lineStart = self.lineStart
    var index = position
    while index < offset {
      if bytes[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return SourceLocation(file: path, line: line, column: offset - lineStart + 1)
  }

  private mutating func advance(to offset: Int) {
    while position < offset {
      if bytes[position] == UInt8(ascii: "\n") {
        line += 1
        lineStart = position + 1
      }
      position += 1
    }
  }

  private func find(_ needle: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index] == needle[0] && Array(bytes[index..<index + needle.count]) == needle {
        return index
      }
      index += 1
    }
    return nil
  }

  mutating func next() throws(MinutesError) -> Tag? {
    guard let start = find(opening, from: position) else {
      advance(to: bytes.count)
      return nil
    }
    let tagLocation = location(start)
    var contentStart = start + opening.count
    var close = closing
    var triple = false
    if opening == Array("{{".utf8), contentStart < bytes.count,
      bytes[contentStart] == UInt8(ascii: "{")
    {
      triple = true
      contentStart += 1
      close = Array("}}}".utf8)
    }
    guard let end = find(close, from: contentStart) else {
      throw MinutesError(
        "tag is never closed (expected '\(String(decoding: close, as: UTF8.self))')",
        at: tagLocation)
    }
    // Skip spaces to find the sigil and the name, for the column.
    var nameStart = contentStart
    while nameStart < end,
      bytes[nameStart] == UInt8(ascii: " ") || bytes[nameStart] == UInt8(ascii: "\t")
    {
      nameStart += 1
    }
    let sigil: UInt8? = triple ? nil : (nameStart < end ? bytes[nameStart] : nil)
    let sigils = Set("#^/!>&=%<$".utf8)
    var nameOffset = nameStart
    if let sigil, sigils.contains(sigil) {
      nameOffset += 1
      while nameOffset < end,
        bytes[nameOffset] == UInt8(ascii: " ") || bytes[nameOffset] == UInt8(ascii: "\t")
      {
        nameOffset += 1
      }
    }
    let nameLocation = location(nameOffset)
    let name = String(decoding: bytes[nameOffset..<end], as: UTF8.self)
      .trimmedSpaces()
    advance(to: end + close.count)
    let kind: Kind
    switch sigil.flatMap({ sigils.contains($0) ? $0 : nil }) {
    case UInt8(ascii: "#"): kind = .section(name, inverted: false)
    case UInt8(ascii: "^"): kind = .section(name, inverted: true)
    case UInt8(ascii: "/"): kind = .close(name)
    case UInt8(ascii: "!"): kind = .comment
    case UInt8(ascii: "&"): kind = .variable(name)
    case UInt8(ascii: ">"), UInt8(ascii: "<"): kind = .unsupported("partials")
    case UInt8(ascii: "$"): kind = .unsupported("blocks")
    case UInt8(ascii: "%"):
      let pragma = name.filter { $0 != " " }
      guard pragma == "CONTENT_TYPE:TEXT" else {
        throw MinutesError(
          "unsupported pragma '{{%\(name)}}' (templates are plain text: write '{{%CONTENT_TYPE: TEXT}}')",
          at: tagLocation)
      }
      kind = .pragma
    case UInt8(ascii: "="):
      // {{=<% %>=}}: new delimiters for the rest of the template.
      let inner = name.hasSuffix("=") ? String(name.dropLast()) : ""
      let parts = inner.split(whereSeparator: { $0 == " " || $0 == "\t" })
      guard parts.count == 2 else {
        throw MinutesError("bad set-delimiter tag (write '{{=<% %>=}}')", at: tagLocation)
      }
      opening = Array(parts[0].utf8)
      closing = Array(parts[1].utf8)
      kind = .comment
    default:
      kind = .variable(StrictTemplate.stripTransforms(name))
    }
    if case .section(let sectionName, let inverted) = kind {
      return Tag(
        kind: .section(StrictTemplate.stripTransforms(sectionName), inverted: inverted),
        location: nameLocation, start: start)
    }
    if case .comment = kind { return Tag(kind: kind, location: tagLocation, start: start) }
    return Tag(kind: kind, location: nameLocation, start: start)
  }
}

extension StrictTemplate {
  /// `uppercased(name)` names `name`: swift-mustache's transforms apply to a
  /// variable, and the variable is what must exist.
  static func stripTransforms(_ name: String) -> String {
    var name = Substring(name)
    while name.hasSuffix(")"), let open = name.firstIndex(of: "(") {
      name = name[name.index(after: open)..<name.index(before: name.endIndex)]
    }
    return String(name).trimmedSpaces()
  }
}
