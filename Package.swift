// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "RunRamp",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "runramp", targets: ["runramp"]),
        // Libraries exported for the separate Benchmarks/ and Fuzz/ packages.
        .library(name: "FIT", targets: ["FIT"]),
        .library(name: "GPX", targets: ["GPX"]),
        .library(name: "RunModel", targets: ["RunModel"]),
        .library(name: "RunImport", targets: ["RunImport"]),
        .library(name: "TrainingLog", targets: ["TrainingLog"]),
        .library(name: "Planner", targets: ["Planner"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "ZoneInfo", targets: ["ZoneInfo"]),
        .library(name: "RunAnalysis", targets: ["RunAnalysis"]),
        .library(name: "UseCases", targets: ["UseCases"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CZlibShim", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "FIT"),
        .target(name: "GPX", dependencies: ["CLibXML2", "RunModel"]),
        // Paths on this machine: joining a folder and a name, what a path names (device and inode).
        .target(name: "FilePaths"),
        // Untrusted text (file names, text read from files) made safe to print on one terminal line.
        .target(name: "PrintableText"),
        .target(name: "RunModel"),
        // Time-zone rules (TZif, POSIX TZ strings, the user's zone) and the offline boundary table.
        .target(name: "ZoneInfo", dependencies: ["RunModel", "FilePaths"]),
        .target(name: "CZoneBoundaries"),
        .target(name: "ZoneBoundaries", dependencies: ["CZoneBoundaries"]),
        .target(
            name: "TrainingLog",
            dependencies: ["RunModel", "RunImport", "FilePaths", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "RunImport",
            dependencies: [
                "FIT", "GPX", "RunModel", "FilePaths", "PrintableText", "CZlibShim", "ZoneInfo", "ZoneBoundaries",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "Planner", dependencies: ["RunModel"]),
        // Figures from a run's samples (heart-rate load and intensity, form) and the causes `runramp why` names.
        .target(name: "RunAnalysis", dependencies: ["RunModel"]),
        .target(
            name: "Render", dependencies: ["FIT", "Planner", "RunModel", "PrintableText", "ZoneInfo", "RunAnalysis"]),
        // The use cases (plan and remember, review, export, inspect, …): the log, the rules and the files meet here.
        .target(
            name: "UseCases",
            dependencies: [
                "FIT", "GPX", "RunModel", "FilePaths", "PrintableText", "TrainingLog", "RunImport", "Planner", "Render",
                "ZoneInfo", "RunAnalysis",
            ]),
        .executableTarget(
            name: "runramp",
            dependencies: [
                "FIT", "GPX", "RunModel", "FilePaths", "PrintableText", "TrainingLog", "RunImport", "Planner", "Render",
                "ZoneInfo", "UseCases", "RunAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test-only helpers several test targets share: the FIT byte builder, SplitMix64, the corpus locator.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FITTests", dependencies: ["FIT", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "GPXTests", dependencies: ["GPX", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RunModelTests", dependencies: ["RunModel"]),
        .testTarget(name: "PrintableTextTests", dependencies: ["PrintableText"]),
        .testTarget(name: "RunAnalysisTests", dependencies: ["RunAnalysis", "RunModel", "RunImport", "TestSupport"]),
        .testTarget(name: "FilePathsTests", dependencies: ["FilePaths"]),
        .testTarget(
            name: "ZoneInfoTests", dependencies: ["ZoneInfo", "ZoneBoundaries", "RunModel"],
            resources: [.copy("Fixtures")]),
        // GRDB only for TrainingLog's own tests (raw SQL through `@testable import TrainingLog`).
        .testTarget(
            name: "TrainingLogTests",
            dependencies: [
                "TrainingLog", "RunModel", "RunImport", "FilePaths", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // The system SQLite C API, for end-to-end tests that change a log file behind runramp's back.
        .systemLibrary(name: "CSQLite", path: "Tests/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .testTarget(
            name: "RunImportTests", dependencies: ["RunImport", "RunModel", "FIT", "GPX", "ZoneInfo", "TestSupport"]),
        .testTarget(
            name: "PlannerTests",
            dependencies: [
                "Planner", "RunModel", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RenderTests",
            dependencies: [
                "Render", "Planner", "RunModel", "ZoneInfo", "FIT",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "UseCasesTests",
            dependencies: [
                "UseCases", "TrainingLog", "Planner", "Render", "RunModel", "RunImport", "TestSupport", "FIT",
                "RunAnalysis",
            ]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "runramp", "Render", "Planner", "RunModel", "ZoneInfo", "UseCases", "TrainingLog", "RunImport",
                "CSQLite",
                "TestSupport",
            ]),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
