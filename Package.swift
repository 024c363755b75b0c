// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "capplan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "capplan", targets: ["capplan"]),
        .library(name: "CapplanCore", targets: ["CapplanCore"]),
        .library(name: "CapplanReports", targets: ["CapplanReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // The domain: framework, roster, diagnostics, analysis. Pure Swift, no I/O beyond its bundled data.
        .target(
            name: "CapplanCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            resources: [.copy("Resources/Frameworks")]
        ),
        // libxlsxwriter, from Debian's libxlsxwriter-dev.
        .systemLibrary(
            name: "Cxlsxwriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The only module that imports libxlsxwriter: a small safe Swift API over it.
        .target(name: "XLSXWriter", dependencies: ["Cxlsxwriter"]),
        // Report writers: CSV files, the workbook, atomic output folders.
        .target(name: "CapplanReports", dependencies: ["CapplanCore", "XLSXWriter"]),
        // The commands, as a library so tests can run them in-process.
        .target(
            name: "CapplanCLI",
            dependencies: [
                "CapplanCore", "CapplanReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(name: "capplan", dependencies: ["CapplanCLI"]),
        .testTarget(
            name: "CapplanCoreTests",
            dependencies: ["CapplanCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter"]),
        .testTarget(
            name: "CapplanCLITests",
            dependencies: ["CapplanCLI", "CapplanCore", "CapplanReports"],
            exclude: ["Expected", "Workbook"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
