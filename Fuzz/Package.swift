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
        // Workbooks (SPEC §8): the XLSX reader, the roster read from a sheet, the form collector.
        .target(name: "XLSXFuzzSupport", dependencies: [
            "FuzzSupport",
            .product(name: "XLSXReader", package: "capplan"),
            .product(name: "CapplanSpreadsheets", package: "capplan"),
        ]),
        // The whole file: container, parts, cells, roster.
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzSupport", "XLSXFuzzSupport"]),
        // One part's XML, wrapped in a valid workbook, so mutations reach the XML, the cell model and the roster reader.
        .executableTarget(name: "fuzz-xlsx-parts", dependencies: ["FuzzSupport", "XLSXFuzzSupport"]),
    ]
)
