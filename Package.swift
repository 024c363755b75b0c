// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "capplan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "capplan", targets: ["capplan"]),
        .library(name: "CapplanCore", targets: ["CapplanCore"]),
        .library(name: "CapplanReports", targets: ["CapplanReports"]),
        .library(name: "XLSXReader", targets: ["XLSXReader"]),
        .library(name: "CapplanSpreadsheets", targets: ["CapplanSpreadsheets"]),
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
        // libxml2's SAX2 push parser, from Debian's libxml2-dev (the sheets' XML).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // libzip, from Debian's libzip-dev: a workbook's ZIP container, read from memory, inflated within
        // limits. (Not ZIPFoundation, which hangs and traps on hostile input: README, "Rosters in Excel".)
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        // Reads a worksheet of an .xlsx/.xlsm workbook (bytes in memory) into located cells: the only module
        // that imports libzip and libxml2. Knows nothing of rosters.
        .target(name: "XLSXReader", dependencies: ["CLibXML2", "CLibZip"]),
        // The same cell model driven by Foundation's XMLParser, kept only so xlsx-bench can compare the parsers.
        .target(name: "XLSXReaderFoundationXML", dependencies: ["XLSXReader"]),
        // Times the XLSX reader on a workbook (scripts/benchmark-xlsx.sh runs it against pandas).
        .executableTarget(name: "xlsx-bench", dependencies: ["XLSXReader", "XLSXReaderFoundationXML"]),
        // Rosters and forms in Excel (SPEC §8): a workbook's sheet as the roster reader's table, the fill-in
        // roster workbook, self-assessment forms and their collection.
        .target(name: "CapplanSpreadsheets", dependencies: ["CapplanCore", "XLSXReader", "XLSXWriter"]),
        // Report writers: CSV files, the workbook, atomic output folders.
        .target(name: "CapplanReports", dependencies: ["CapplanCore", "XLSXWriter"]),
        // The commands, as a library so tests can run them in-process.
        .target(
            name: "CapplanCLI",
            dependencies: [
                "CapplanCore", "CapplanReports", "CapplanSpreadsheets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
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
            name: "XLSXReaderTests",
            dependencies: ["XLSXReader", "XLSXReaderFoundationXML", "CapplanCore", "CapplanSpreadsheets"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CapplanCLITests",
            dependencies: ["CapplanCLI", "CapplanCore", "CapplanReports", "CapplanSpreadsheets"],
            exclude: ["Expected", "Workbook"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
