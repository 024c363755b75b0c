// swift-tools-version:6.0
// libFuzzer targets for capplan's input readers. Kept out of the main package so `swift build`
// and `swift test` never build them; build and run them with `scripts/fuzz.sh` (see README, "Fuzzing").
import PackageDescription

let package = Package(
    name: "capplan-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "capplan", path: ".."),
    ],
    targets: [
        // Shared by the fuzzers: the framework each one reads against, loaded once.
        .target(name: "FuzzSupport", dependencies: [.product(name: "CapplanCore", package: "capplan")]),
        .executableTarget(name: "fuzz-roster", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-roster-custom", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-framework", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-targets", dependencies: ["FuzzSupport"]),
    ]
)
