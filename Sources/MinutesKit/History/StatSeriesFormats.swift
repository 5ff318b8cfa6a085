import Foundation

/// `minutes stats` output: CSV for spreadsheets, JSON for scripts.
extension StatSeries {
  /// `date,topic,usage.users,usage.sites,...`: one line per meeting, a
  /// figure's value (`1.2M` as `1200000`) or nothing where there is none.
  /// A column that holds a range somewhere (`200~400`) is followed by its
  /// `.low` and `.high` columns; its own column holds the middle.
  public var csv: String {
    let ranged = rangedColumns
    var header = ["date", "topic"]
    for (position, column) in columns.enumerated() {
      header.append(column.name)
      if ranged.contains(position) { header += [column.name + ".low", column.name + ".high"] }
    }
    var out = CSV.row(header)
    for row in rows {
      var cells = [row.date.iso, row.topic]
      for (position, figure) in row.values.enumerated() {
        cells.append(figure.map { StatSeries.number($0.value) } ?? "")
        if ranged.contains(position) {
          cells.append(figure.map { StatSeries.number($0.low) } ?? "")
          cells.append(figure.map { StatSeries.number($0.high) } ?? "")
        }
      }
      out += CSV.row(cells)
    }
    return out
  }

  /// The positions of the columns that hold a range in some row.
  var rangedColumns: Set<Int> {
    var positions = Set<Int>()
    for row in rows {
      for (position, figure) in row.values.enumerated() where figure?.range != nil {
        positions.insert(position)
      }
    }
    return positions
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
    /// Stat name → slot name → `[low, high]`, for the figures written as
    /// a range; absent when the meeting has none.
    var ranges: [String: [String: [Double]]]?
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
        var ranges: [String: [String: [Double]]] = [:]
        for stat in stats { values[stat.name] = [:] }
        for (column, figure) in zip(columns, row.values) {
          values[column.stat, default: [:]][column.slot] = .some(figure?.value)
          if let figure, figure.range != nil {
            ranges[column.stat, default: [:]][column.slot] = [figure.low, figure.high]
          }
        }
        return Meeting(
          date: row.date.iso, topic: row.topic, values: values,
          ranges: ranges.isEmpty ? nil : ranges)
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
