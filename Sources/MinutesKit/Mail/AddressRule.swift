import Foundation

/// `{wiki}@example.org`: the WikiName, lowercased, in place of `{wiki}`.
public struct AddressRule: Sendable, Equatable {
  public var template: String

  public init(template: String) {
    self.template = template
  }

  public static let token = "{wiki}"

  public func address(forWiki wiki: String) -> String {
    template.replacingOccurrences(of: AddressRule.token, with: wiki.lowercased())
  }
}
