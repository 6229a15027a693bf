// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "entity-screen",
    products: [
        .executable(name: "entity-screen", targets: ["entity-screen"]),
        .library(name: "ScreeningCore", targets: ["ScreeningCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Thin C shim over the system ICU: its header exposes plain C types only, because
        // ICU's own headers clash with Foundation's bundled ICU when imported into Swift.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Thin C shim over the system zlib (gzip streams, zip members of an xlsx).
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        // Thin C shim over the system SQLite (the rescan state store).
        .target(name: "CSQLite", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "ScreeningCore", dependencies: ["CICU", "CZlib", "CSQLite"]),
        .executableTarget(
            name: "entity-screen",
            dependencies: [
                "ScreeningCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "normalizer-benchmark",
            dependencies: ["ScreeningCore"],
            path: "Benchmarks/NormalizerBenchmark"
        ),
        .executableTarget(
            name: "index-benchmark",
            dependencies: ["ScreeningCore"],
            path: "Benchmarks/IndexBenchmark"
        ),
        .executableTarget(
            name: "import-benchmark",
            dependencies: ["ScreeningCore"],
            path: "Benchmarks/ImportBenchmark"
        ),
        .executableTarget(
            name: "affiliation-eval",
            dependencies: ["ScreeningCore"],
            path: "Benchmarks/AffiliationEval"
        ),
        // Generates Data/Tables/word-weights.tsv from the ROR data dump.
        .executableTarget(
            name: "word-weights-generator",
            dependencies: ["ScreeningCore"],
            path: "Data/Generators/WordWeights"
        ),
        .executableTarget(
            name: "rescan-benchmark",
            dependencies: ["ScreeningCore"],
            path: "Benchmarks/RescanBenchmark"
        ),
        // Fixtures/ holds input files the tests read by path (hostile inputs), not resources.
        .testTarget(name: "ScreeningCoreTests", dependencies: ["ScreeningCore"], exclude: ["Fixtures"]),
        // Runs the built `entity-screen` binary as a user would.
        .testTarget(name: "EntityScreenTests", dependencies: ["entity-screen"]),
    ],
    swiftLanguageModes: [.v6]
)
