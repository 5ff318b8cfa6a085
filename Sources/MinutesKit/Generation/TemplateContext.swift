/// A value a template can name: the render context of a page or section
/// template, with the shape that the strict check compares templates against.
public indirect enum TemplateValue: Sendable, Equatable {
  case text(String)
  case flag(Bool)
  case object([String: TemplateValue])
  /// A list of objects; `item` is what every element offers, so a template
  /// can be checked even when the list is empty this week.
  case list([[String: TemplateValue]], item: [String: TemplateShape])

  public var shape: TemplateShape {
    switch self {
    case .text, .flag: .value
    case .object(let fields): .object(fields.mapValues(\.shape))
    case .list(_, let item): .list(item)
    }
  }

  /// The value as swift-mustache renders it.
  var mustacheValue: Any {
    switch self {
    case .text(let text): text
    case .flag(let flag): flag
    case .object(let fields): fields.mapValues(\.mustacheValue)
    case .list(let items, _): items.map { $0.mapValues(\.mustacheValue) }
    }
  }
}

/// What a name in a template refers to.
public indirect enum TemplateShape: Sendable, Equatable {
  /// Text or a flag: `{{name}}`, or a condition `{{#flag}}…{{/flag}}`.
  case value
  /// Fields reached with dots (`{{stat.jobs}}`) or inside `{{#name}}`.
  case object([String: TemplateShape])
  /// A list iterated with `{{#name}}…{{/name}}`; each element has these fields.
  case list([String: TemplateShape])
}
