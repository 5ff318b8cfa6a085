import Foundation

/// `minutes history` output: a table for people, CSV for spreadsheets, JSON
/// for scripts.
extension MeetingHistory {
  /// The table's word for a status, seven characters at most.
  static func cell(_ status: ReportStatus) -> String {
    switch status {
    case .reported: "yes"
    case .empty: "empty"
    case .missing: "none"
    case .away: "away"
    case .notDue: "-"
    case .noNews: "no news"
    case .notHeld: "later"
    case .noGroup: ""
    }
  }

  /// A table of groups × meetings (columns headed `MM-DD`), each group's count
  /// of reports and a `!` note for a flagged group, then a legend.
  public func text(archive: String) -> String {
    guard let first = meetings.first, let last = meetings.last else {
      return "no dated topics in \(archive)\n"
    }
    let span = first.date == last.date ? first.date.iso : "\(first.date.iso) to \(last.date.iso)"
    let plural = meetings.count == 1 ? "meeting" : "meetings"
    var out = "The last \(meetings.count) \(plural) of \(archive) (\(span))\n\n"
    let nameWidth = max(5, rows.map(\.group.count).max() ?? 0)
    func pad(_ text: String, _ width: Int) -> String {
      text + String(repeating: " ", count: max(0, width - text.count))
    }
    // Columns as wide as their widest word: "MM-DD", or "no news".
    let used = Set(rows.flatMap(\.statuses))
    let cellWidth = max(5, used.map { MeetingHistory.cell($0).count }.max() ?? 0)
    var header = pad("group", nameWidth)
    for meeting in meetings {
      header +=
        "  " + pad(String(format: "%02d-%02d", meeting.date.month, meeting.date.day), cellWidth)
    }
    out += header + "  reported\n"
    for row in rows {
      var line = pad(row.group, nameWidth)
      for status in row.statuses { line += "  " + pad(MeetingHistory.cell(status), cellWidth) }
      line += "  " + pad("\(row.reported) of \(row.due)", 8)
      if row.isFlagged { line += "  ! " + MeetingHistory.note(row) }
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    out += "\n"
    out += "yes: reported   empty: section without a report   none: no section\n"
    out += "away: owners away   -: not due (roster 'reports:')\n"
    var more: [String] = []
    if used.contains(.noNews) { more.append("no news: reports when it has news") }
    if used.contains(.notHeld) { more.append("later: meeting not held yet") }
    if used.contains(.noGroup) { more.append("(blank): the group did not exist then") }
    if !more.isEmpty { out += more.joined(separator: "   ") + "\n" }
    for row in rows where !row.formerNames.isEmpty {
      out += "\(row.group): earlier \(row.formerNames.joined(separator: ", then "))\n"
    }
    let flagged = rows.filter(\.isFlagged).count
    out +=
      "!: \(MeetingHistory.flagThreshold) or more missed reports in a row "
      + "(\(flagged) of \(rows.count) groups)\n"
    return out
  }

  /// `missed 3 in a row`, and how many of the latest meetings were missed.
  static func note(_ row: Row) -> String {
    var note = "missed \(row.longestMissedRun) in a row"
    if row.missedInARow == row.longestMissedRun {
      note += ", up to the latest meeting"
    } else if row.missedInARow >= MeetingHistory.flagThreshold {
      note += "; the latest \(row.missedInARow) too"
    }
    return note
  }

  /// One line per group: its status at each meeting (a column per date),
  /// then its counts and whether it is flagged.
  public var csv: String {
    var out = CSV.row(
      ["group"] + meetings.map(\.date.iso)
        + ["reported", "due", "longest_missed_run", "missed_in_a_row", "flagged"])
    for row in rows {
      out += CSV.row(
        [row.group] + row.statuses.map(\.rawValue)
          + [
            "\(row.reported)", "\(row.due)", "\(row.longestMissedRun)", "\(row.missedInARow)",
            row.isFlagged ? "yes" : "no",
          ])
    }
    return out
  }

  struct Document: Encodable {
    var archive: String
    var flagThreshold: Int
    var meetings: [Meeting]
    var groups: [GroupEntry]
  }

  struct GroupEntry: Encodable {
    var name: String
    var formerNames: [String]
    var statuses: [ReportStatus]
    var reported: Int
    var due: Int
    var longestMissedRun: Int
    var missedInARow: Int
    var flagged: Bool
  }

  public func json(archive: String) throws(MinutesError) -> String {
    let document = Document(
      archive: archive, flagThreshold: MeetingHistory.flagThreshold, meetings: meetings,
      groups: rows.map {
        GroupEntry(
          name: $0.group, formerNames: $0.formerNames, statuses: $0.statuses, reported: $0.reported,
          due: $0.due,
          longestMissedRun: $0.longestMissedRun, missedInARow: $0.missedInARow,
          flagged: $0.isFlagged)
      })
    return try JSONText.encode(document)
  }
}

/// Pretty, key-sorted JSON with a final newline, the way every command writes it.
enum JSONText {
  /// Fails on a number JSON cannot hold (a figure too large for a double is
  /// infinite).
  static func encode(_ value: some Encodable) throws(MinutesError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch let EncodingError.invalidValue(value, _) {
      throw MinutesError(
        "cannot write JSON: a figure is \(value), which JSON cannot hold (write it with fewer digits)"
      )
    } catch {
      throw MinutesError("cannot write JSON: \(error)")
    }
  }

  /// A document of strings, integers and flags only, which always encodes.
  static func encodeText(_ value: some Encodable) -> String {
    (try? encode(value)) ?? "{}\n"
  }
}
