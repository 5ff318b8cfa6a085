import Testing

@testable import MinutesKit

/// The budget a template's output is held to before swift-mustache renders it.
@Suite struct TemplateBudgetTests {
  /// Nine groups, as the OSG meeting has.
  let context: [String: TemplateValue] = [
    "author": .text("DanFraser"),
    "groups": .list(
      (1...9).map { ["heading": .text("Group \($0) (Owner)"), "section": .text("   * ")] },
      item: ["heading": .value, "section": .value]),
  ]

  func nested(_ depth: Int, body: String = "---++ {{heading}}\n") -> StrictTemplate {
    StrictTemplate(
      path: "templates/page.twiki",
      text: "-- Main.{{author}}\n" + String(repeating: "{{#groups}}", count: depth) + body
        + String(repeating: "{{/groups}}", count: depth) + "\n")
  }

  func failure(_ template: StrictTemplate) -> MinutesError? {
    do {
      _ = try template.render(context)
      return nil
    } catch {
      return error
    }
  }

  @Test func twelveNestedListSectionsFailAtTheSectionThatGoesOverTheRunLimit() throws {
    let error = try #require(failure(nested(12)))
    // 9^7 runs is the first level past a million: the seventh `{{#groups}}`.
    #expect(error.location == SourceLocation(file: "templates/page.twiki", line: 2, column: 70))
    #expect(error.message.contains("section 'groups' here would run 4782969 times"))
  }

  @Test func aLongTextRepeatedPastTheTopicLimitFailsAtItsSection() throws {
    let body = "---++ {{heading}} " + String(repeating: "x", count: 2_000) + "\n"
    let error = try #require(failure(nested(4, body: body)))
    #expect(error.location == SourceLocation(file: "templates/page.twiki", line: 2, column: 37))
    #expect(error.message.hasPrefix("the template could write 14 MB (section 'groups' here"))
  }

  @Test func usualTemplatesAndTwoLevelsOfNestingRenderAsBefore() throws {
    #expect(failure(nested(1)) == nil)
    #expect(failure(nested(2)) == nil)
    let (text, _) = try nested(2).render(context)
    #expect(text.components(separatedBy: "---++ ").count == 82)
  }
}
