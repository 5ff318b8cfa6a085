import Foundation

/// `minutes stats` output: CSV for spreadsheets, JSON for scripts.
extension StatSeries {
  /// `date,topic,usage.users,usage.sites,...`: one line per meeting, a
  /// figure's value (`1.2M` as `1200000`) or nothing where there is none.
  public var csv: String {
    var out = CSV.row(["date", "topic"] + columns.map(\.name))
    for row in rows {
      out += CSV.row(
        [row.date.iso, row.topic] + row.values.map { $0.map { StatSeries.number($0.value) } ?? "" })
    }
    return out
  }

  struct Document: Encodable {
    var group: String
    var stats: [Stat]
    var meetings: [Meeting]
  }

  struct Stat: Encodable {
    var name: String
    var shape: String
    var slots: [String]
  }

  struct Meeting: Encodable {
    var date: String
    var topic: String
    /// Stat name → slot name → value (null when blank or absent).
    var values: [String: [String: Double?]]
  }

  public var json: String {
    get throws(MinutesError) { try jsonDocument() }
  }

  private func jsonDocument() throws(MinutesError) -> String {
    let document = Document(
      group: group,
      stats: stats.map { stat in
        Stat(
          name: stat.name, shape: stat.shape,
          slots: columns.filter { $0.stat == stat.name }.map(\.slot))
      },
      meetings: rows.map { row in
        var values: [String: [String: Double?]] = [:]
        for stat in stats { values[stat.name] = [:] }
        for (column, figure) in zip(columns, row.values) {
          values[column.stat, default: [:]][column.slot] = .some(figure?.value)
        }
        return Meeting(date: row.date.iso, topic: row.topic, values: values)
      })
    return try JSONText.encode(document)
  }

  /// A value as plain decimal text: whole numbers without a fraction, others
  /// in the shortest form that reads back the same.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
