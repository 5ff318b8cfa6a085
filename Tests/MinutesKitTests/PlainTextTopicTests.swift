import Foundation
import Testing

@testable import MinutesKit

/// TWiki text as a reader sees it, in plain text for a mail.
@Suite struct PlainTextTopicTests {
  let inline = PlainTextInline(
    viewURL: "https://wiki.example.org/bin/view", web: "Ops", topic: "Mar22,2011Ops")

  @Test(arguments: [
    ("[[https://x.example.org/a_b][the *page*]]", "the page <https://x.example.org/a_b>"),
    ("[[https://x.example.org/a_b]]", "https://x.example.org/a_b"),
    (
      "see [[Production.AtlasStatus][status]]",
      "see status <https://wiki.example.org/bin/view/Production/AtlasStatus>"
    ),
    ("[[WebHome]]", "WebHome <https://wiki.example.org/bin/view/Ops/WebHome>"),
    ("*bold* _it_ __both__ =code= ==bold code==", "bold it both code bold code"),
    ("a_snake_case_name and 2*3*4", "a_snake_case_name and 2*3*4"),
    ("http://x.example.org/_under_score_", "http://x.example.org/_under_score_"),
    ("%Y% fixed %RED%now%ENDCOLOR% by Main.BurtHolzman", "(done) fixed now by BurtHolzman"),
    ("<del>old</del> new<br/>line &amp; more&nbsp;here", "~~old~~ new line & more here"),
    ("!WikiWord <nop>NoLink", "WikiWord NoLink"),
    (
      "%ACTION{ who=\"Main.BurtHolzman\" due=\"29 Mar 2011\" }% Renew it",
      "ACTION (BurtHolzman, due 29 Mar 2011): Renew it"
    ),
    ("%ATTACHURLPATH%/plot.png", "https://wiki.example.org/pub/Ops/Mar22,2011Ops/plot.png"),
  ])
  func inlineMarkupBecomesPlainText(twiki: String, plain: String) {
    #expect(inline.render(twiki) == plain)
  }

  @Test func headingsListsAndNestingReadAsOnThePage() {
    let topic = Topic(
      text: """
        %META:TOPICINFO{author="A" date="1" format="1.1" version="1.1"}%
        ---+ Title
        ---++ CMS (Burt)
           * First
              * Nested item whose words run on for long enough that the line must be wrapped at seventy-eight
           * 
           1. one
           1. two
        <!-- a comment -->
        <verbatim>
        *kept* as   written
        </verbatim>
        | *a* | b |
        """, path: "t.txt")
    #expect(
      PlainTextTopic.render(topic, inline: inline) == """
        Title
        =====

        CMS (Burt)
        ----------

        - First
          - Nested item whose words run on for long enough that the line must be
            wrapped at seventy-eight
        1. one
        2. two
            *kept* as   written
        | a | b |

        """)
  }
}
