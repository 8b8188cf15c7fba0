// swift-tools-version: 6.2
// Threadline: an evidence and learning platform for whole-system, place-based change.
//
// Layering (dependencies point down only; the target graph below enforces it):
//
//   threadline (executable)  → ThreadlineWeb (only `serve` and `demo`), ThreadlineSite, ThreadlineServices,
//                              ThreadlineStore
//   threadline-bench         → ThreadlineCharts, ThreadlineFormats, ThreadlineCore (timings on generated data, and
//                              on a network read from CSV files with the import's own reader)
//   ThreadlineWeb            → ThreadlineSite, ThreadlineServices, … (HTTP only: the Hummingbird application,
//                              middleware, thin controllers by feature; ThreadlineByteRanges for media answers)
//   ThreadlineSite           → ThreadlineServices, ThreadlineStore, ThreadlineCharts, ThreadlineMarkdown,
//                              ThreadlineFormats, ThreadlineCore (page models and builders, rendering, the layout,
//                              the static site exporter, templates and assets; no Hummingbird)
//   ThreadlineServices       → ThreadlineStore, ThreadlineFormats, ThreadlineMedia, ThreadlineCore (the use cases
//                              every door calls, each over the narrow repositories it needs; no Hummingbird)
//   ThreadlineStore          → ThreadlineFormats, ThreadlineMarkdown (plain text for the search index), ThreadlineCore
//   ThreadlineCharts         → ThreadlineCore
//   ThreadlineFormats        → ThreadlineCore, ZIPFoundation (bundles, feeds, transcripts: bytes in, values out, no
//                              I/O; REFI-QDA archives alone read and write files, since they carry recordings)
//   ThreadlineMedia          → Foundation only (reads recordings' headers from files to tell type and length)
//   ThreadlineMarkdown       → Foundation only
//   ThreadlineByteRanges     → Foundation only (HTTP Range, ETag and date rules, no server types)
//   ThreadlineCore           → Foundation only, no I/O
import PackageDescription

// Core layers declare which imports they re-export; the layers on top of Hummingbird use its re-exports.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]
let appSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "threadline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "threadline", targets: ["threadline"]),
        // For the benchmark packages under Benchmarks/, which depend on this package by path.
        .library(name: "ThreadlineCore", targets: ["ThreadlineCore"]),
        .library(name: "ThreadlineStore", targets: ["ThreadlineStore"]),
        // For the fuzzing package under Fuzz/, which feeds hostile bytes to the parsers.
        .library(name: "ThreadlineFormats", targets: ["ThreadlineFormats"]),
        // Timings of Threadline's own code on generated data: `swift run -c release threadline-bench …`.
        .executable(name: "threadline-bench", targets: ["threadline-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(name: "ThreadlineCore", exclude: ["README.md"], swiftSettings: strictSettings),
        .target(name: "ThreadlineMarkdown", exclude: ["README.md"], swiftSettings: strictSettings),
        .target(name: "ThreadlineByteRanges", swiftSettings: strictSettings),
        .target(name: "ThreadlineMedia", swiftSettings: strictSettings),
        .target(
            name: "ThreadlineFormats", dependencies: ["ThreadlineCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["README.md"], swiftSettings: strictSettings),
        .target(name: "ThreadlineCharts", dependencies: ["ThreadlineCore"], exclude: ["README.md"], swiftSettings: strictSettings),
        .target(
            name: "ThreadlineStore",
            dependencies: [
                "ThreadlineCore", "ThreadlineFormats", "ThreadlineMarkdown",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ThreadlineServices",
            dependencies: [
                "ThreadlineCore", "ThreadlineFormats", "ThreadlineStore", "ThreadlineMedia",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"],
            resources: [.copy("Resources")],
            swiftSettings: appSettings
        ),
        .target(
            name: "ThreadlineSite",
            dependencies: [
                "ThreadlineServices", "ThreadlineStore", "ThreadlineCore", "ThreadlineMarkdown", "ThreadlineFormats",
                "ThreadlineCharts",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"],
            resources: [.copy("Resources")],
            swiftSettings: appSettings
        ),
        .target(
            name: "ThreadlineWeb",
            dependencies: [
                "ThreadlineSite", "ThreadlineServices", "ThreadlineCore", "ThreadlineMarkdown", "ThreadlineFormats",
                "ThreadlineCharts", "ThreadlineStore", "ThreadlineByteRanges", "ThreadlineMedia",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            exclude: ["README.md"],
            swiftSettings: appSettings
        ),
        .executableTarget(
            name: "threadline",
            dependencies: [
                "ThreadlineWeb", "ThreadlineSite", "ThreadlineServices", "ThreadlineStore", "ThreadlineFormats",
                "ThreadlineCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: appSettings
        ),
        .executableTarget(
            name: "threadline-bench",
            dependencies: [
                "ThreadlineCore", "ThreadlineCharts", "ThreadlineFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: appSettings
        ),
        .target(
            name: "ThreadlineTestSupport",
            dependencies: [
                "ThreadlineCore", "ThreadlineStore", "ThreadlineServices", "ThreadlineSite", "ThreadlineWeb",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: appSettings
        ),
        .testTarget(name: "ThreadlineCoreTests", dependencies: ["ThreadlineCore"], swiftSettings: appSettings),
        .testTarget(
            name: "ThreadlineMarkdownTests",
            dependencies: ["ThreadlineMarkdown"],
            resources: [.copy("Fixtures")],
            swiftSettings: appSettings
        ),
        .testTarget(
            name: "ThreadlineFormatsTests",
            dependencies: ["ThreadlineFormats", "ThreadlineCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Transcript files in the shapes real tools export, read byte for byte (BOMs, CRLF, lines of spaces).
            resources: [.copy("Transcripts/Fixtures")],
            swiftSettings: appSettings
        ),
        .testTarget(
            name: "ThreadlineByteRangesTests", dependencies: ["ThreadlineByteRanges"], swiftSettings: appSettings),
        .testTarget(name: "ThreadlineMediaTests", dependencies: ["ThreadlineMedia"], swiftSettings: appSettings),
        .testTarget(
            name: "ThreadlineChartsTests", dependencies: ["ThreadlineCharts"],
            // Golden drawings are read by path (#filePath), so the build need not copy them.
            exclude: ["Network/Golden"], swiftSettings: appSettings),
        .testTarget(
            name: "ThreadlineStoreTests",
            dependencies: [
                "ThreadlineStore", "ThreadlineCore", "ThreadlineFormats", "ThreadlineTestSupport",
                // For creating and dropping each PostgreSQL test's schema outside the store.
                .product(name: "PostgresKit", package: "postgres-kit"),
            ],
            swiftSettings: appSettings
        ),
        .testTarget(
            name: "ThreadlineWebTests",
            dependencies: [
                "ThreadlineWeb", "ThreadlineSite", "ThreadlineServices", "ThreadlineStore", "ThreadlineCore",
                "ThreadlineFormats", "ThreadlineTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            // The golden pages are read from the source tree (and rewritten there on purpose), not bundled.
            exclude: ["Golden"],
            swiftSettings: appSettings
        ),
    ]
)
