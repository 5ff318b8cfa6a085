import MinutesKit

// libFuzzer entry: parse any bytes as a topic, print it back, and check the
// round trip. Lint rules join here as they land (see scripts/fuzz.sh).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTopic(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let topic = try? Topic(bytes: bytes, path: "fuzz.txt") else { return 0 }
  if topic.bytes != bytes { fatalError("round trip changed the bytes") }
  _ = topic.allSections
  if !topic.lines.isEmpty {
    let edited = topic.replacingLines(in: 0..<1, with: ["x"])
    if edited.lines.count != topic.lines.count { fatalError("edit changed the line count") }
  }
  return 0
}

// SwiftPM points the executable's `main` at `<Target>_main`; hand it to
// libFuzzer's driver, since -parse-as-library leaves no Swift main.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzTopic_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { data, size in fuzzTopic(data, size) }
}
