import Foundation

/// A self-contained SVG of a ``StatSeries``: one line chart per slot of each
/// statistic, stacked, over a shared dated x axis so that the charts line up
/// meeting for meeting.
///
/// One chart per slot rather than one per statistic because a statistic's
/// slots rarely share a scale (LIGO's `jobs` holds a count and a success
/// rate); the charts of one statistic share its colour and its shape as the
/// subtitle. No scripts, fonts or styles from outside: the file renders the
/// same in a browser, `rsvg-convert` or a TWiki attachment.
public enum StatChart {
  static let width = 880.0
  static let left = 92.0
  static let right = 28.0
  static let header = 64.0
  static let panelHeight = 224.0
  static let plotTop = 50.0
  static let plotHeight = 128.0
  static let palette = ["#1f5fa8", "#c0392b", "#2e8b57", "#7d4fa6", "#d35400", "#6d4c41"]
  /// Two figures further apart than this are not joined by a line.
  static let gapDays = 35

  /// The SVG document; `source` names where the figures came from (the
  /// archive folder), for the title.
  public static func svg(_ series: StatSeries, source: String) -> String {
    let dates = series.rows.map(\.date)
    let first = dates.min() ?? MeetingDate(year: 2000, month: 1, day: 1)!
    let last = dates.max() ?? first
    var domain = (first.daysSinceEpoch, last.daysSinceEpoch)
    if domain.0 == domain.1 { domain = (domain.0 - 7, domain.1 + 7) }
    let height = header + Double(max(series.columns.count, 1)) * panelHeight + 8
    var svg = """
      <?xml version="1.0" encoding="UTF-8"?>
      <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
      viewBox="0 0 \(n(width)) \(n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">

      """
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    let span = first == last ? first.iso : "\(first.iso) to \(last.iso)"
    svg += text(
      "\(series.group) statistics, \(span)", x: 16, y: 28, size: 20, weight: "bold",
      class: "title")
    svg += text(
      "\(series.reportedRows.count) of \(series.rows.count) meetings with figures, from \(source)",
      x: 16, y: 48, size: 12, fill: "#555555")
    if series.columns.isEmpty {
      svg += text("no statistics declared", x: 16, y: header + 30, size: 14)
    }
    for (index, column) in series.columns.enumerated() {
      let statIndex = series.stats.firstIndex { $0.name == column.stat } ?? 0
      svg += panel(
        series, column: index, top: header + Double(index) * panelHeight, domain: domain,
        color: palette[statIndex % palette.count], shape: series.stats[statIndex].shape)
    }
    return svg + "</svg>\n"
  }

  static func panel(
    _ series: StatSeries, column index: Int, top: Double, domain: (Int, Int), color: String,
    shape: String
  ) -> String {
    let column = series.columns[index]
    let plotWidth = width - left - right
    let points: [(date: MeetingDate, figure: StatFigure)] = series.rows.compactMap { row in
      row.values[index].map { (row.date, $0) }
    }
    var out = "<g class=\"chart\" id=\"\(escape(column.name))\">\n"
    out += text(
      "\(column.stat): \(column.slot)", x: 16, y: top + 20, size: 15, weight: "bold",
      class: "chart-title")
    var subtitle = shape
    if let latest = points.last {
      subtitle += "  ·  \(points.count) figures, latest \(latest.figure.text) on \(latest.date.iso)"
    }
    out += text(subtitle, x: 16, y: top + 37, size: 11, fill: "#555555")
    let y0 = top + plotTop
    let y1 = y0 + plotHeight
    func x(_ date: MeetingDate) -> Double {
      left + Double(date.daysSinceEpoch - domain.0) / Double(domain.1 - domain.0) * plotWidth
    }
    // Month ticks along the bottom.
    for (date, label) in monthTicks(from: domain.0, to: domain.1) {
      let position = x(date)
      out += line(position, y0, position, y1, stroke: "#e6e6e6")
      out += line(position, y1, position, y1 + 4, stroke: "#888888")
      out += text(label, x: position, y: y1 + 17, size: 11, anchor: "middle", fill: "#333333")
    }
    // Value ticks along the left, from zero for figures that are never negative.
    let values = points.map(\.figure.value)
    let (low, high, step) = valueScale(values)
    func y(_ value: Double) -> Double { y1 - (value - low) / (high - low) * plotHeight }
    var tick = low
    while tick <= high + step / 2 {
      out += line(left, y(tick), left + plotWidth, y(tick), stroke: "#e6e6e6")
      out += text(
        compact(tick), x: left - 8, y: y(tick) + 4, size: 11, anchor: "end", fill: "#333333")
      tick += step
    }
    out += line(left, y1, left + plotWidth, y1, stroke: "#888888")
    out += line(left, y0, left, y1, stroke: "#888888")
    let unit = StatChart.unit(of: column.slot, in: shape)
    let label = unit.map { "\(column.slot) (\($0))" } ?? column.slot
    let middle = (y0 + y1) / 2
    out +=
      "<text x=\"22\" y=\"\(n(middle))\" font-size=\"12\" text-anchor=\"middle\" "
      + "transform=\"rotate(-90 22 \(n(middle)))\" class=\"y-label\">\(escape(label))</text>\n"
    if points.isEmpty {
      out += text(
        "no figures found", x: left + plotWidth / 2, y: middle, size: 13, anchor: "middle",
        fill: "#888888")
    }
    // The line, broken where figures are more than a month apart, and a dot per figure.
    var runs: [[(Double, Double)]] = []
    var previous: MeetingDate?
    for point in points {
      let xy = (x(point.date), y(point.figure.value))
      if let previous, previous.days(until: point.date) <= gapDays {
        runs[runs.count - 1].append(xy)
      } else {
        runs.append([xy])
      }
      previous = point.date
    }
    for run in runs where run.count > 1 {
      let list = run.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
      out +=
        "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" "
        + "stroke-linejoin=\"round\"/>\n"
    }
    for point in points {
      out +=
        "<circle cx=\"\(n(x(point.date)))\" cy=\"\(n(y(point.figure.value)))\" r=\"2.6\" "
        + "fill=\"\(color)\"><title>\(point.date.iso): \(escape(point.figure.text))</title>"
        + "</circle>\n"
    }
    return out + "</g>\n"
  }

  /// The first day of each month in the range, every `step` months so that
  /// at most eight are labelled; January and the first tick carry the year.
  static func monthTicks(from start: Int, to end: Int) -> [(MeetingDate, String)] {
    let first = MeetingDate.fromDaysSinceEpoch(start)
    let last = MeetingDate.fromDaysSinceEpoch(end)
    let months = (last.year - first.year) * 12 + last.month - first.month + 1
    let step = [1, 2, 3, 4, 6, 12, 24].first { months / $0 <= 8 } ?? 60
    var ticks: [(MeetingDate, String)] = []
    var year = first.year
    var month = first.month
    while (year, month) <= (last.year, last.month) {
      let date = MeetingDate(year: year, month: month, day: 1)!
      if date.daysSinceEpoch >= start, (month - 1) % step == 0 {
        let name = MeetingDate.shortMonthNames[month - 1]
        ticks.append((date, month == 1 || ticks.isEmpty ? "\(name) \(year)" : name))
      }
      month += 1
      if month == 13 {
        month = 1
        year += 1
      }
    }
    return ticks
  }

  /// A round step (1, 2, 2.5 or 5 times a power of ten) giving about four
  /// intervals, and the range rounded out to it.
  static func valueScale(_ values: [Double]) -> (low: Double, high: Double, step: Double) {
    guard var low = values.min(), var high = values.max() else { return (0, 1, 0.25) }
    if low >= 0 { low = 0 }
    if high == low { high = low + max(1, abs(low)) }
    let raw = (high - low) / 4
    let power = pow(10, (log10(raw)).rounded(.down))
    let step = ([1, 2, 2.5, 5, 10].first { $0 * power >= raw } ?? 10) * power
    return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
  }

  /// `%` when the shape writes one right after the slot (`{rate}% success`).
  static func unit(of slot: String, in shape: String) -> String? {
    shape.contains("{\(slot)}%") ? "%" : nil
  }

  /// `1.2M`, `75K`, `92.5`: short labels for axis ticks.
  static func compact(_ value: Double) -> String {
    let magnitude = abs(value)
    for (limit, suffix) in [(1e9, "G"), (1e6, "M"), (1e3, "K")] where magnitude >= limit {
      return trimmed(String(format: "%.2f", value / limit)) + suffix
    }
    return trimmed(String(format: "%.2f", value))
  }

  static func trimmed(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var text = text
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  static func text(
    _ content: String, x: Double, y: Double, size: Int, weight: String? = nil,
    anchor: String? = nil, fill: String? = nil, class name: String? = nil
  ) -> String {
    var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\""
    if let weight { attributes += " font-weight=\"\(weight)\"" }
    if let anchor { attributes += " text-anchor=\"\(anchor)\"" }
    if let fill { attributes += " fill=\"\(fill)\"" }
    if let name { attributes += " class=\"\(name)\"" }
    return "<text \(attributes)>\(escape(content))</text>\n"
  }

  static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String)
    -> String
  {
    "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\"/>\n"
  }

  /// A coordinate with at most one decimal, the same on every platform.
  static func n(_ value: Double) -> String { trimmed(String(format: "%.1f", value)) }

  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
