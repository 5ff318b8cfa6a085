/// The key two names are compared by: lowercased, each run of whitespace
/// one space, none at the ends. Group names, their other names, headings
/// and carried section titles match when their keys do, so that
/// `  grid\toperations   CENTER ` finds `Grid Operations Center`.
public func nameKey(_ name: String) -> String {
  // Names are nearly always ASCII; lint asks for the key of every section.
  var bytes: [UInt8] = []
  bytes.reserveCapacity(name.utf8.count)
  var pendingSpace = false
  for byte in name.utf8 {
    if !ASCII.isASCII(byte) {
      return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    if ASCII.isWhitespace(byte) {
      pendingSpace = !bytes.isEmpty
      continue
    }
    if pendingSpace {
      bytes.append(UInt8(ascii: " "))
      pendingSpace = false
    }
    bytes.append(ASCII.lowercased(byte))
  }
  return String(decoding: bytes, as: UTF8.self)
}
