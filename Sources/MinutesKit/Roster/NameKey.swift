/// The key two names are compared by: lowercased, each run of whitespace
/// one space, none at the ends. Group names, their other names, headings
/// and carried section titles match when their keys do, so that
/// `  grid\toperations   CENTER ` finds `Grid Operations Center`.
public func nameKey(_ name: String) -> String {
  // Names are nearly always ASCII; lint asks for the key of every section.
  // The key is written straight into the string's storage: it is never
  // longer than the name.
  var isASCII = true
  let key = String(unsafeUninitializedCapacity: name.utf8.count) { buffer in
    var count = 0
    var pendingSpace = false
    for byte in name.utf8 {
      if !ASCII.isASCII(byte) {
        isASCII = false
        return 0
      }
      if ASCII.isWhitespace(byte) {
        pendingSpace = count > 0
        continue
      }
      if pendingSpace {
        buffer[count] = UInt8(ascii: " ")
        count += 1
        pendingSpace = false
      }
      buffer[count] = ASCII.lowercased(byte)
      count += 1
    }
    return count
  }
  guard isASCII else {
    return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
  return key
}
