import FuzzSupport
import MinutesKit

// libFuzzer entry: load any bytes as roster.yaml. Every input must end in a
// roster or a MinutesError, within the loader's size and node budgets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRoster(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = try? RosterLoader.load(yaml: text, path: "roster.yaml")
  return 0
}

@_cdecl("FuzzRoster_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runFuzzer(argc, argv) { data, size in fuzzRoster(data, size) }
}
