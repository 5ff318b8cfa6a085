import Testing

@testable import MinutesKit

@Suite struct StrictTemplateTests {
  let context: [String: TemplateValue] = [
    "author": .text("DanFraser"),
    "groups": .list(
      [["heading": .text("Atlas (Armen & Xin)")], ["heading": .text("CMS (Burt)")]],
      item: ["heading": .value]),
    "stat": .object(["jobs": .text("___ jobs")]),
    "empty": .list([], item: ["skeleton": .value]),
  ]

  func error(_ text: String) -> MinutesError? {
    do {
      _ = try StrictTemplate(path: "t.twiki", text: text).render(context)
      return nil
    } catch {
      return error
    }
  }

  @Test func rendersPlainTextWithoutHTMLEscaping() throws {
    let template = StrictTemplate(
      path: "t.twiki",
      text:
        "{{%CONTENT_TYPE: TEXT}}\n-- Main.{{author}}\n{{#groups}}\n---++ {{heading}}\n{{/groups}}\n"
    )
    let (text, names) = try template.render(context)
    #expect(text == "-- Main.DanFraser\n---++ Atlas (Armen & Xin)\n---++ CMS (Burt)\n")
    #expect(names == ["author", "groups", "groups.heading"])
  }

  @Test func addsTheTextPragmaWhenATemplateOmitsIt() throws {
    let (text, _) = try StrictTemplate(path: "t", text: "{{#groups}}{{heading}};{{/groups}}")
      .render(context)
    #expect(text == "Atlas (Armen & Xin);CMS (Burt);")
  }

  @Test func anUnknownVariableIsAnErrorAtItsPosition() throws {
    let found = try #require(error("{{%CONTENT_TYPE: TEXT}}\nline\n   * {{ athor }}\n"))
    #expect(found.location == SourceLocation(file: "t.twiki", line: 3, column: 9))
    #expect(
      found.message == "unknown template variable 'athor' (known: author, empty, groups, stat)")
  }

  @Test func namesInsideASectionSeeTheItemAndEverythingOutside() throws {
    let found = try #require(error("{{#groups}}{{author}} {{heading}} {{nme}}{{/groups}}"))
    #expect(found.location?.column == 37)
    #expect(found.message.contains("known: author, empty, groups, heading, stat"))
    #expect(error("{{heading}}")?.message.hasPrefix("unknown template variable 'heading'") == true)
  }

  @Test func dottedNamesAreCheckedPartByPart() throws {
    #expect(error("{{stat.jobs}}") == nil)
    let found = try #require(error("{{stat.jbos}}"))
    #expect(found.message == "unknown template variable 'stat.jbos' (known: stat.jobs)")
    #expect(error("{{author.name}}")?.message.contains("'author' has no fields") == true)
  }

  @Test func anEmptyListStillKnowsItsItems() throws {
    #expect(error("{{#empty}}{{skeleton}}{{/empty}}") == nil)
    #expect(error("{{#empty}}{{skeletn}}{{/empty}}") != nil)
    #expect(
      try StrictTemplate(path: "t", text: "a{{#empty}}x{{/empty}}b").render(context).text == "ab")
  }

  @Test func invertedSectionsDoNotOpenTheirItems() {
    #expect(error("{{^groups}}{{heading}}{{/groups}}") != nil)
    #expect(error("{{^groups}}{{author}}{{/groups}}") == nil)
  }

  @Test(arguments: [
    (
      "{{#groups}}\n{{heading}}\n", 1, 4,
      "section 'groups' is never closed (expected '{{/groups}}')"
    ),
    (
      "{{#groups}}{{/stat}}", 1, 15,
      "'{{/stat}}' closes section 'groups' opened at line 1 (expected '{{/groups}}')"
    ),
    ("ok\n{{/groups}}", 2, 4, "'{{/groups}}' closes no section"),
    ("ok\n  {{author", 2, 3, "tag is never closed (expected '}}')"),
    ("{{> header}}", 1, 5, "partials are not supported in minutes templates"),
    (
      "{{%CONTENT_TYPE: HTML}}", 1, 1,
      "unsupported pragma '{{%CONTENT_TYPE: HTML}}' (templates are plain text: write '{{%CONTENT_TYPE: TEXT}}')"
    ),
  ])
  func syntaxErrorsNameTheirPosition(text: String, line: Int, column: Int, message: String) throws {
    let found = try #require(error(text))
    #expect(found.location == SourceLocation(file: "t.twiki", line: line, column: column))
    #expect(found.message == message)
  }

  @Test func followsSetDelimiterTagsAndSkipsComments() throws {
    #expect(error("{{! {{nothing}} }}{{=<% %>=}}<% author %> {{not a tag}}") == nil)
    let found = try #require(error("{{=<% %>=}}\n<%autor%>"))
    #expect(found.location == SourceLocation(file: "t.twiki", line: 2, column: 3))
  }

  @Test func columnsCountUTF8Bytes() throws {
    let found = try #require(error("é {{x}}"))
    #expect(found.location?.column == 6)
  }
}
