import Foundation
import Testing

/// `minutes init --from-archive` over `Fixtures/Adopt/archive`: eight Monday
/// topics of an "Ops Meeting" with a renamed group, a stand-in, a stat with
/// a sum and a percentage, a roll-over and a July spelled in full.
@Suite struct InitFromArchiveTests {
  private func adopt(_ extra: [String] = []) throws -> (URL, RunResult) {
    let archive = try copyOfFixture("Adopt/archive")
    let folder = archive.deletingLastPathComponent()
    let result = try runMinutes(
      ["init", "--from-archive", "archive", "meeting"] + extra, in: folder)
    return (folder, result)
  }

  private func read(_ path: String, in folder: URL) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func writesARosterThatLoadsAndRunsAtOnce() throws {
    let (folder, result) = try adopt()
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "wrote meeting/roster.yaml\nwrote meeting/templates/page.twiki\n"
        + "wrote meeting/templates/sections/storage.twiki\n"
        + "wrote meeting/templates/sections/networking.twiki\n"
        + "wrote meeting/templates/sections/security.twiki\n")
    let meeting = folder.appendingPathComponent("meeting")
    #expect(try runMinutes(["roster"], in: meeting).exitCode == 0)
    let new = try runMinutes(["new", "--date", "2011-08-01", "--stdout"], in: meeting)
    #expect(new.exitCode == 0, "\(new.stderr)")
    #expect(new.stdout.contains("---++ Networking (Bob)\n"))
    #expect(new.stdout.contains("   * This week: ? jobs (? done / ? failed = ?% done)\n"))
    #expect(new.stdout.contains("   * Last week: 60 jobs (30 done / 30 failed = 50% done)\n"))
    let lint = try runMinutes(["lint", "../archive/Jun6,2011OpsMeeting.txt"], in: meeting)
    #expect(lint.exitCode == 0, "\(lint.stdout)\(lint.stderr)")
  }

  @Test func infersTheMeetingAndItsChangesWithEvidence() throws {
    let (folder, _) = try adopt()
    let roster = try read("meeting/roster.yaml", in: folder)
    for line in [
      "  title: Ops Meeting\n", "  web: Ops\n", "  parent: WeeklyOpsMeetings\n",
      "  author: KimLee\n", "  weekday: Monday\n", "  topic: \"$mon$d,$yearOpsMeeting\"\n",
      "  months: [Jan, Feb, Mar, Apr, May, Jun, July, Aug, Sep, Oct, Nov, Dec]\n",
      "  archive: \"../archive\"\n", "  attendees: [Kim]\n",
      "  sections: [\"Action Items\"]\n",
      "    was: [{name: Network, until: 2011-07-04}]\n",
      "    deputies: [Eve]\n",
      "        shape: \"{jobs} jobs ({done} done / {failed} failed = {done2}% done)\"\n",
      "        # 2 wordings around it, seen 8 + 7 times in 8 reports, 2011-06-06 .. 2011-07-25.\n",
      "        check: [\"jobs = done + failed\", \"done2 = 100 * done / jobs\"]\n",
      "        # \"jobs = done + failed\" holds in 8 of 8 weeks.\n",
      "      - {from: \"This week\", to: \"Last week\"}\n",
      "    # Seen in 8 of 8 meetings, 2011-06-06 .. 2011-07-25; something written in 8.\n",
      "    reports: every 3 weeks from 2011-07-18\n",
    ] {
      #expect(roster.contains(line), "missing: \(line)")
    }
    let storage = try read("meeting/templates/sections/storage.twiki", in: folder)
    #expect(
      storage.contains(
        "---+++ Transfers\n   * This week: {{stat.jobs}}\n   * Last week: {{stat.jobs}}\n"))
    let page = try read("meeting/templates/page.twiki", in: folder)
    #expect(page.contains("---++ The full report is at {{report_url}}\n"))
  }

  @Test func sinceLeavesOutEarlierTopics() throws {
    let (folder, result) = try adopt(["--since", "2011-07-11"])
    #expect(result.exitCode == 0)
    let roster = try read("meeting/roster.yaml", in: folder)
    #expect(roster.contains("from 3 topics"))
    #expect(!roster.contains("was:"))
  }

  @Test func dryRunPrintsAndWritesNothing() throws {
    let (folder, result) = try adopt(["--dry-run"])
    #expect(result.exitCode == 0)
    #expect(result.stdout.hasPrefix("==> meeting/roster.yaml <==\n# roster.yaml inferred"))
    #expect(result.stdout.contains("==> meeting/templates/page.twiki <==\n"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("meeting").path))
  }

  @Test func replacesFilesOnlyWithForce() throws {
    let (folder, _) = try adopt()
    try "mine\n".write(
      to: folder.appendingPathComponent("meeting/roster.yaml"), atomically: true, encoding: .utf8)
    let before = try snapshot(of: folder)
    let refused = try runMinutes(["init", "--from-archive", "archive", "meeting"], in: folder)
    #expect(refused.exitCode == 2)
    #expect(refused.stderr.hasPrefix("minutes: error: meeting/roster.yaml, "))
    #expect(
      refused.stderr.hasSuffix(
        "(nothing written; pass --force to replace, or choose another folder)\n"))
    #expect(try snapshot(of: folder) == before)
    let forced = try runMinutes(
      ["init", "--from-archive", "archive", "meeting", "--force"], in: folder)
    #expect(forced.exitCode == 0)
    #expect(try read("meeting/roster.yaml", in: folder).hasPrefix("# roster.yaml inferred"))
  }

  /// A figure written in every latest report is declared; one that comes and
  /// goes (five of the eight) is a comment, and lint does not ask for it.
  @Test func aFigureThatComesAndGoesIsNotDeclared() throws {
    let archive = try copyOfFixture("Adopt/archive")
    let folder = archive.deletingLastPathComponent()
    let last = archive.appendingPathComponent("July25,2011OpsMeeting.txt")
    for day in [1, 8, 15, 22] {
      try String(contentsOf: last, encoding: .utf8).write(
        to: archive.appendingPathComponent("Aug\(day),2011OpsMeeting.txt"), atomically: true,
        encoding: .utf8)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: archive.path).filter {
      $0.contains(",2011")
    }.sorted { (try? weekOf($0)) ?? 0 < (try? weekOf($1)) ?? 0 }
    #expect(names.count == 12)
    for (week, name) in names.enumerated() {
      let url = archive.appendingPathComponent(name)
      var text = try String(contentsOf: url, encoding: .utf8)
      var lines = "   * Disk pool: \(40 + week) TB free on \(3 + week % 2) servers\n"
      // In 9 of the 12 reports, but only 5 of the latest 8.
      if ![5, 7, 9].contains(week) {
        lines += "   * Tape queue: \(100 + week) files waiting for migration\n"
      }
      text = text.replacingOccurrences(
        of: "---++ Storage (Ann)\n", with: "---++ Storage (Ann)\n" + lines)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let result = try runMinutes(["init", "--from-archive", "archive", "meeting"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let roster = try read("meeting/roster.yaml", in: folder)
    #expect(roster.contains("TB free on {servers} servers\"\n"))
    let comment = roster.split(separator: "\n").filter {
      $0.contains("# Not declared: \"{files} files\"")
    }
    #expect(comment.count == 1)
    #expect(
      comment.first?.contains(
        "\"{files} files\" was written in only 5 of the latest 8 reports (9 of 12 in all") == true)
    #expect(!roster.contains("\n        shape: \"{files} files\""))
    let meeting = folder.appendingPathComponent("meeting")
    let lint = try runMinutes(["lint", "../archive/\(names[5])"], in: meeting)
    #expect(!lint.stdout.contains("[missing-stat]"), "\(lint.stdout)")
  }

  /// A figure written in fewer than three in four of the reports of its life.
  @Test func aFigureWrittenInHalfTheWeeksIsNotDeclared() throws {
    let archive = try copyOfFixture("Adopt/archive")
    let folder = archive.deletingLastPathComponent()
    let names = try FileManager.default.contentsOfDirectory(atPath: archive.path).filter {
      $0.contains(",2011")
    }.sorted { (try? weekOf($0)) ?? 0 < (try? weekOf($1)) ?? 0 }
    for (week, name) in names.enumerated() where [0, 1, 3, 5, 7].contains(week) {
      let url = archive.appendingPathComponent(name)
      let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
        of: "---++ Storage (Ann)\n",
        with: "---++ Storage (Ann)\n   * Tape queue: \(100 + week) files waiting\n")
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    _ = try runMinutes(["init", "--from-archive", "archive", "meeting"], in: folder)
    let roster = try read("meeting/roster.yaml", in: folder)
    #expect(
      roster.contains(
        "# Not declared: \"{files} files\" was written in only 5 of the 8 reports while it was written"
      ))
  }

  /// Ten weeks: five of one wording, then five in new words around the same
  /// figures. One stat, the latest wording first; no gap for lint to ask in.
  @Test func aRewordedFigureStaysOneStatInItsLatestWords() throws {
    let archive = try copyOfFixture("Adopt/archive")
    let folder = archive.deletingLastPathComponent()
    let last = archive.appendingPathComponent("July25,2011OpsMeeting.txt")
    for day in [1, 8] {
      let text = try String(contentsOf: last, encoding: .utf8)
      try text.write(
        to: archive.appendingPathComponent("Aug\(day),2011OpsMeeting.txt"), atomically: true,
        encoding: .utf8)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: archive.path).filter {
      $0.contains(",2011")
    }.sorted { (try? weekOf($0)) ?? 0 < (try? weekOf($1)) ?? 0 }
    #expect(names.count == 10)
    for (week, name) in names.enumerated() {
      let url = archive.appendingPathComponent(name)
      let line =
        week < 5
        ? "   * moved \(100 + week) files to tape on \(3 + week % 2) robots\n"
        : "   * moved \(100 + week) small files to the tape on \(3 + week % 2) robots\n"
      let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
        of: "---++ Storage (Ann)\n", with: "---++ Storage (Ann)\n" + line)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    let result = try runMinutes(["init", "--from-archive", "archive", "meeting"], in: folder)
    #expect(result.exitCode == 0, "\(result.stderr)")
    let roster = try read("meeting/roster.yaml", in: folder)
    #expect(
      roster.contains(
        "        shape: [\"moved {files} small files to the tape on {robots} robots\", "
          + "\"moved {files} files to tape on {robots} robots\"]\n"))
    #expect(roster.contains("        # 2 wordings around it, seen 5 + 5 times in 10 reports"))
  }

  private func weekOf(_ name: String) throws -> Int {
    let months = ["Jun": 6, "July": 7, "Aug": 8]
    let month = try #require(months.first { name.hasPrefix($0.key) })
    let day = Int(name.dropFirst(month.key.count).prefix { $0.isNumber }) ?? 0
    return month.value * 100 + day
  }
}
