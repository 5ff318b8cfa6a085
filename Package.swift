// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
  name: "minutes",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "minutes", targets: ["minutes"]),
    .library(name: "MinutesKit", targets: ["MinutesKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
  ],
  targets: [
    .target(
      name: "MinutesKit",
      dependencies: [
        "Yams",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .executableTarget(
      name: "minutes",
      dependencies: [
        "MinutesKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "MinutesKitTests",
      dependencies: ["MinutesKit"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "minutesTests",
      dependencies: ["minutes", "MinutesKit"],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)

// Fuzz targets build only for scripts/fuzz.sh (they need -sanitize=fuzzer to link).
if ProcessInfo.processInfo.environment["MINUTES_FUZZ"] != nil {
  package.targets += [
    .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
    .executableTarget(
      name: "FuzzTopic", dependencies: ["MinutesKit", "FuzzSupport"], path: "Fuzz/FuzzTopic"),
    .executableTarget(
      name: "FuzzRoster", dependencies: ["MinutesKit", "FuzzSupport"], path: "Fuzz/FuzzRoster"),
    .executableTarget(
      name: "FuzzSubmit", dependencies: ["MinutesKit", "FuzzSupport"], path: "Fuzz/FuzzSubmit"),
    .executableTarget(
      name: "FuzzTemplate", dependencies: ["MinutesKit", "FuzzSupport"],
      path: "Fuzz/FuzzTemplate"),
  ]
}
