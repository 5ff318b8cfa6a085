import Foundation

/// A figure as someone wrote it in the minutes: `74,775`, `781844.0`, `1.2M`,
/// `1.3 M`, `-7`, a range (`200~400`, `8-9k`) or an approximation (`~10k`,
/// `about 400`).
///
/// The written precision matters as much as the value. A whole count
/// (`74775`) is exact; a figure written with decimals (`80.4`), a scale
/// (`1.2M`) or as an approximation stands for anything that rounds to it, so
/// equations compare it within half a unit of its last written digit (times
/// the scale). A range stands for any value between its ends.
public struct StatFigure: Sendable, Equatable {
  /// The figure exactly as written.
  public var text: String
  /// The value; for a range, the middle of it.
  public var value: Double
  /// Digits written after the decimal point (the most of either end of a range).
  public var decimals: Int
  /// 1, 1e3 (`k`), 1e6 (`M`) or 1e9 (`G`).
  public var scale: Double
  /// The two ends of a range (`200~400`, `8-9k`); nil for one value.
  public var range: ClosedRange<Double>?
  /// Written with `~`, `about`, `around`, `approx.` or the like before it.
  public var isApproximate: Bool

  /// Figures are below this in magnitude (10^15): larger digit runs are no
  /// figure, so `stats` and `history` never print `inf` or `nan`.
  public static let limit = 1e15

  /// The low end of a range; the value itself otherwise.
  public var low: Double { range?.lowerBound ?? value }
  /// The high end of a range; the value itself otherwise.
  public var high: Double { range?.upperBound ?? value }

  /// Whether the writer rounded the figure: it has decimals, a scale, or is
  /// an approximation. A whole count (`74775`) is exact.
  public var isRounded: Bool { decimals > 0 || scale != 1 || isApproximate }

  /// Half a unit of the last written digit: how far the true value may lie
  /// from `value` when the writer rounded.
  public var tolerance: Double { 0.5 * pow(10, Double(-decimals)) * scale }

  /// Reads a whole string as a figure (surrounding spaces and trailing
  /// punctuation allowed: `" 1.5M."`); nil when it is not one.
  public init?(_ text: String) {
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count, ASCII.isSpace(bytes[start]) { start += 1 }
    var end = bytes.count
    while end > start, ASCII.isSpace(bytes[end - 1]) || StatFigure.closing.contains(bytes[end - 1])
    {
      end -= 1
    }
    guard let (figure, stop) = StatFigure.read(Array(bytes[..<end]), at: start), stop == end
    else { return nil }
    self = figure
  }

  /// The first figure in `text` that starts a word, nil when there is none:
  /// `StatFigure.first(in: "about 441 khour/week")` reads `about 441`.
  public static func first(in text: String) -> StatFigure? {
    let bytes = Array(text.utf8)
    for start in bytes.indices
    where start == 0 || !(ASCII.isDigit(bytes[start - 1]) || ASCII.isLetter(bytes[start - 1])) {
      if let (figure, _) = read(bytes, at: start) { return figure }
    }
    return nil
  }

  init(
    text: String, value: Double, decimals: Int, scale: Double,
    range: ClosedRange<Double>? = nil, isApproximate: Bool = false
  ) {
    self.text = text
    self.value = value
    self.decimals = decimals
    self.scale = scale
    self.range = range
    self.isApproximate = isApproximate
  }

  /// Punctuation a figure may end a sentence with.
  static let closing: Set<UInt8> = Set(".,;:!\"')".utf8)

  /// Words (lowercase, each with the space after it) or marks that say a
  /// figure is approximate.
  static let approximations: [[UInt8]] = [
    "~", "about ", "around ", "approx. ", "approx ", "approximately ", "roughly ", "ca. ",
  ].map { Array($0.utf8) }

  /// Reads the longest figure starting at `start`: an optional approximation
  /// (`~`, `about `), one number, then optionally `~` or `-` and a second
  /// number for a range. A number is an optional sign, digits (plain or
  /// grouped by commas in threes), an optional fraction and an optional
  /// `k`, `M` or `G` that no letter follows, glued or (with `spacedScale`)
  /// after one space, uppercase only (`1.3 M`). Letters may follow the
  /// figure (`300TB/day`): whether they belong is the shape's to say.
  /// Bounded work: at most two numbers are read, each to its digits' end.
  static func read(_ bytes: [UInt8], at start: Int, spacedScale: Bool = true)
    -> (StatFigure, end: Int)?
  {
    var index = start
    var approximate = false
    if let end = approximationEnd(bytes, at: index) {
      approximate = true
      index = end
    }
    guard let first = number(bytes, at: index, signed: true, spacedScale: spacedScale) else {
      return nil
    }
    index = first.end
    var low = first
    var high: Number? = nil
    // A range: `200~400`, `200 ~ 400`, `8-9k` (a dash only when glued, so
    // that `5 -7` stays two figures).
    var separator = index
    // A unit written on both ends (`200TB~400TB`, `200T~400T/day`): up to
    // three letters before the mark, the same after the second number.
    var unit = index..<index
    while unit.upperBound < bytes.count, unit.count < 3, ASCII.isLetter(bytes[unit.upperBound]) {
      unit = unit.lowerBound..<(unit.upperBound + 1)
    }
    if !unit.isEmpty, unit.upperBound < bytes.count,
      bytes[unit.upperBound] == UInt8(ascii: "~") || bytes[unit.upperBound] == UInt8(ascii: "-")
    {
      separator = unit.upperBound
    } else {
      unit = index..<index
    }
    while separator < bytes.count, ASCII.isSpace(bytes[separator]) { separator += 1 }
    if separator < bytes.count {
      let mark = bytes[separator]
      let glued = separator == index + unit.count
      if mark == UInt8(ascii: "~") || (mark == UInt8(ascii: "-") && glued) {
        var next = separator + 1
        if mark == UInt8(ascii: "~") {
          while next < bytes.count, ASCII.isSpace(bytes[next]) { next += 1 }
        }
        if let second = number(bytes, at: next, signed: false, spacedScale: spacedScale),
          unit.isEmpty
            || (second.end + unit.count <= bytes.count
              && bytes[second.end..<second.end + unit.count].elementsEqual(bytes[unit]))
        {
          var adjusted = low
          // `8-9k`: the scale written once, on the high end, holds for both.
          if low.scale == 1, second.scale != 1, low.value * second.scale <= second.value {
            adjusted.value *= second.scale
            adjusted.scale = second.scale
          }
          if adjusted.value <= second.value {
            low = adjusted
            high = second
            index = second.end
          }
        }
      }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let high else {
      return (
        StatFigure(
          text: text, value: low.value, decimals: low.decimals, scale: low.scale,
          isApproximate: approximate), index
      )
    }
    let figure = StatFigure(
      text: text, value: (low.value + high.value) / 2, decimals: max(low.decimals, high.decimals),
      scale: min(low.scale, high.scale), range: low.value...high.value,
      isApproximate: approximate)
    return (figure, index)
  }

  /// The end of an approximation word or mark at `index` (`~`, `about `),
  /// nil when there is none.
  static func approximationEnd(_ bytes: [UInt8], at index: Int) -> Int? {
    for word in approximations
    where index + word.count <= bytes.count
      && zip(bytes[index..<index + word.count], word).allSatisfy({ ASCII.lowercased($0) == $1 })
    {
      return index + word.count
    }
    return nil
  }

  /// One number as ``read(_:at:spacedScale:)`` reads it.
  private struct Number {
    var value: Double
    var decimals: Int
    var scale: Double
    var end: Int
  }

  private static func number(_ bytes: [UInt8], at start: Int, signed: Bool, spacedScale: Bool)
    -> Number?
  {
    var index = start
    var negative = false
    if signed, index < bytes.count,
      bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
    {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    // The digits are read as byte ranges; the number's text is made once,
    // in one piece unless thousands groups are taken out.
    let integerStart = index
    while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
    guard index > integerStart else { return nil }
    var groupedInteger: String? = nil
    // Thousands groups: `74,775` and `943,425.62865`, but not `91,92`.
    if index - integerStart <= 3 {
      while index + 3 < bytes.count, bytes[index] == UInt8(ascii: ","),
        ASCII.isDigit(bytes[index + 1]), ASCII.isDigit(bytes[index + 2]),
        ASCII.isDigit(bytes[index + 3]),
        index + 4 >= bytes.count || !ASCII.isDigit(bytes[index + 4])
      {
        groupedInteger =
          (groupedInteger ?? String(decoding: bytes[integerStart..<index], as: UTF8.self))
          + String(decoding: bytes[(index + 1)...(index + 3)], as: UTF8.self)
        index += 4
      }
    }
    let integerEnd = index
    var fraction = index..<index
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), ASCII.isDigit(bytes[index + 1]) {
      index += 1
      let fractionStart = index
      while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
      fraction = fractionStart..<index
    }
    var scale = 1.0
    if let (found, end) = StatFigure.scale(bytes, at: index, afterSpace: false) {
      scale = found
      index = end
    } else if spacedScale, index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "),
      let (found, end) = StatFigure.scale(bytes, at: index + 1, afterSpace: true)
    {
      scale = found
      index = end
    }
    // Digits straight after a scale letter (`5k3`) make no figure.
    guard scale == 1 || index == bytes.count || !ASCII.isDigit(bytes[index]) else { return nil }
    // Digits, and `.` and digits when there is a fraction.
    let numberText =
      if let groupedInteger {
        groupedInteger
          + (fraction.isEmpty ? "" : "." + String(decoding: bytes[fraction], as: UTF8.self))
      } else {
        String(
          decoding: bytes[integerStart..<(fraction.isEmpty ? integerEnd : fraction.upperBound)],
          as: UTF8.self)
      }
    // A figure no meeting reports (and Double cannot hold exactly, or at
    // all: 400 digits read as infinity) is not taken for one.
    guard let number = Double(numberText), abs(number * scale) < StatFigure.limit else {
      return nil
    }
    return Number(
      value: (negative ? -number : number) * scale, decimals: fraction.count, scale: scale,
      end: index)
  }

  /// A scale letter at `index` that no letter or digit follows: `k`/`K`,
  /// `M`, `G` glued to the number; after a space only `K`, `M`, `G`.
  private static func scale(_ bytes: [UInt8], at index: Int, afterSpace: Bool) -> (
    Double, Int
  )? {
    guard index < bytes.count else { return nil }
    if index + 1 < bytes.count, ASCII.isLetter(bytes[index + 1]) || ASCII.isDigit(bytes[index + 1])
    {
      return nil
    }
    switch bytes[index] {
    case UInt8(ascii: "K"): return (1e3, index + 1)
    case UInt8(ascii: "k") where !afterSpace: return (1e3, index + 1)
    case UInt8(ascii: "M"): return (1e6, index + 1)
    case UInt8(ascii: "m") where !afterSpace: return (1e6, index + 1)
    case UInt8(ascii: "G"): return (1e9, index + 1)
    case UInt8(ascii: "g") where !afterSpace: return (1e9, index + 1)
    default: return nil
    }
  }
}
