import Foundation

/// The bad-input rows of `minutes init --from-archive` (docs/bad-input.md).
extension BadInput {
  static let adopt: [BadInput] = [
    BadInput(
      "init-archive-missing", .empty, ["init", "--from-archive", "nowhere"], exit: 2,
      stderr: .exactly(
        "minutes: error: nowhere: no such folder (the archive given with --from-archive)\n")),
    BadInput(
      "init-archive-is-a-file", .meeting, ["init", "--from-archive", "roster.yaml", "out"],
      exit: 2, stderr: .exactly("minutes: error: roster.yaml: is a file, not a folder of topics\n")),
    BadInput(
      "init-archive-without-dates", .empty, ["init", "--from-archive", "pages"], exit: 2,
      stderr: .exactly(
        "minutes: error: pages: no topic name carries a date "
          + "(like Mar8,2011ProductionMeeting.txt)\n")
    ) { try put("hello\n", "pages/WebHome.txt", in: $0) },
    BadInput(
      "init-archive-since-after-last", .lint,
      ["init", "--from-archive", "minutes", "--since", "2030-01-01", "out"], exit: 2,
      stderr: .exactly("minutes: error: minutes: no topic from 2030-01-01 on\n")),
    BadInput(
      "init-archive-bad-since", .lint,
      ["init", "--from-archive", "minutes", "--since", "2011-02-30", "out"], exit: 2,
      stderr: .exactly(
        "minutes: error: bad --since '2011-02-30': February 2011 has no day 30 (it has 28)\n")),
    BadInput(
      "init-since-without-archive", .empty, ["init", "--since", "2011-01-01"], exit: 2,
      stderr: .exactly("minutes: error: --since, --dry-run and --force need --from-archive\n")),
  ]
}
