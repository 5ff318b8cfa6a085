import Foundation

/// One line of TWiki text as a reader of the rendered page sees it, as
/// plain text: links as `label <url>`, no emphasis marks, variables,
/// HTML tags or escapes.
public struct PlainTextInline: Sendable {
  /// The TWiki view script URL (`https://twiki.example.org/bin/view`).
  public var viewURL: String
  /// The web and topic a relative link or attachment is resolved in.
  public var web: String
  public var topic: String

  public init(viewURL: String, web: String, topic: String) {
    self.viewURL = viewURL
    self.web = web
    self.topic = topic
  }

  /// Where attachments of the topic live: `<site>/pub/<web>/<topic>` for a
  /// view URL ending in `/bin/view`.
  var attachmentURL: String {
    let base = viewURL.hasSuffix("/bin/view") ? String(viewURL.dropLast(9)) : viewURL
    return "\(base)/pub/\(web)/\(topic)"
  }

  /// A link target as a URL: external ones as they are, `Web.Topic` and
  /// `Topic` on the wiki.
  func url(of target: String) -> String {
    let trimmed = target.trimmingCharacters(in: .whitespaces)
    if trimmed.contains("://") || trimmed.hasPrefix("mailto:") { return trimmed }
    if trimmed.hasPrefix("%ATTACHURL") {
      return trimmed.replacingOccurrences(
        of: #"%ATTACHURL(PATH)?%"#, with: attachmentURL, options: .regularExpression)
    }
    let parts = trimmed.split(separator: ".", maxSplits: 1).map(String.init)
    let path = parts.count == 2 ? "\(parts[0])/\(parts[1])" : "\(web)/\(trimmed)"
    return "\(viewURL)/\(path.replacingOccurrences(of: " ", with: ""))"
  }

  public func render(_ line: String) -> String {
    var protected: [String] = []
    func protect(_ text: String) -> String {
      protected.append(text)
      return "\u{E000}\(protected.count - 1)\u{E001}"
    }
    var text = line
    // Links first, so that no emphasis rule reads the `_` of a URL.
    text = replace(#"\[\[([^\]\[]+)\]\[([^\]]*)\]\]"#, in: text) { groups in
      let url = url(of: groups[1])
      let label = render(groups[2])
      return label.isEmpty || label == url ? protect(url) : label + " " + protect("<\(url)>")
    }
    text = replace(#"\[\[([^\]\[]+)\]\]"#, in: text) { groups in
      let url = url(of: groups[1])
      if groups[1].contains("://") { return protect(url) }
      return groups[1] + " " + protect("<\(url)>")
    }
    text = replace(#"<a\s[^>]*href="([^"]*)"[^>]*>(.*?)</a>"#, in: text) { groups in
      let url = url(of: groups[1])
      let label = render(groups[2])
      return label.isEmpty || label == url ? protect(url) : label + " " + protect("<\(url)>")
    }
    text = replace(#"<img\s[^>]*src="([^"]*)"[^>]*>"#, in: text) { groups in
      "[image " + protect(url(of: groups[1])) + "]"
    }
    text = replace(#"%ATTACHURL(PATH)?%(\S*)"#, in: text) { groups in
      protect(attachmentURL + groups[2])
    }
    text = replace(#"%SCRIPTURL(\{"?view"?\})?%(\S*)"#, in: text) { groups in
      protect(viewURL + groups[2])
    }
    text = replace(#"(https?|ftp)://[^\s<>"]+"#, in: text) { groups in protect(groups[0]) }
    // ActionTracker: the action's words with who and when.
    text = replace(#"%ACTION\{([^}]*)\}%"#, in: text) { groups in
      let attributes = ActionTracker.parseAttributes(Substring(groups[1]))
      let who = attributes.first { $0.key == "who" }?.value.replacingOccurrences(
        of: "Main.", with: "")
      let due = attributes.first { $0.key == "due" }?.value
      let details = [who, due.map { "due \($0)" }].compactMap { $0 }.filter { !$0.isEmpty }
      return "ACTION" + (details.isEmpty ? ":" : " (\(details.joined(separator: ", "))):")
    }
    let icons = ["Y": "(done)", "X": "(!)", "N": "(new)", "Q": "(?)", "I": "(idea)", "T": "(tip)"]
    text = replace(#"%([A-Z][A-Z0-9_]*)(\{[^}]*\})?%"#, in: text) { groups in
      icons[groups[1]] ?? ""
    }
    text = replace(#"<del>(.*?)</del>|<s>(.*?)</s>|<strike>(.*?)</strike>"#, in: text) { groups in
      "~~" + groups[1] + groups[2] + groups[3] + "~~"
    }
    text = replace(#"<br\s*/?>"#, in: text) { _ in " " }
    text = replace(#"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>"#, in: text) { _ in "" }
    // Emphasis: *bold*, _italic_, __bold italic__, =fixed=, ==bold fixed==.
    for _ in 0..<2 {
      text = replace(
        #"(^|[\s(\[])(\*|__|_|==|=)(\S|\S.*?\S)\2(?=$|[\s,.;:!?)\]])"#, in: text
      ) { groups in groups[1] + groups[3] }
    }
    text = replace(#"(^|[\s(])!(?=[A-Za-z])"#, in: text) { groups in groups[1] }
    text = replace(#"\b(Main|%MAINWEB%)\.(?=[A-Z])"#, in: text) { _ in "" }
    text = PlainTextInline.decodeEntities(text)
    // Put the protected pieces back.
    text = replace("\u{E000}([0-9]+)\u{E001}", in: text) { groups in
      protected[Int(groups[1]) ?? 0]
    }
    return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = text
    for (entity, value) in [
      ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
      ("&amp;", "&"),
    ] {
      out = out.replacingOccurrences(of: entity, with: value)
    }
    return out
  }

  private func replace(
    _ pattern: String, in text: String, with transform: ([String]) -> String
  ) -> String {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: []) else {
      return text
    }
    let source = text as NSString
    var result = ""
    var last = 0
    for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
      result += source.substring(with: NSRange(location: last, length: match.range.location - last))
      let groups = (0..<match.numberOfRanges).map { index -> String in
        let range = match.range(at: index)
        return range.location == NSNotFound ? "" : source.substring(with: range)
      }
      result += transform(groups)
      last = match.range.location + match.range.length
    }
    result += source.substring(from: last)
    return result
  }
}
