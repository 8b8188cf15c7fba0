// swift-tools-version: 6.2
// MarkdownThroughput: renders the generated story corpus with Threadline's Markdown renderer and with Ink in the
// same run, and reports MB/s and stories/s for each.
//
// `Sources/ThreadlineMarkdown` is a symlink to the renderer's sources in the main package, so the benchmark always
// measures the current code without copying it. Only that symlink changes when this package moves into the
// repository at `Benchmarks/MarkdownThroughput` (it then points at `../../../Sources/ThreadlineMarkdown`); this
// manifest stays as it is. The target declaration mirrors the main manifest's (same exclude, same features).
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "MarkdownThroughput",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "markdown-throughput", targets: ["markdown-throughput"])
    ],
    dependencies: [
        // The baseline: a widely used pure-Swift Markdown parser, pinned so runs stay comparable.
        .package(url: "https://github.com/JohnSundell/Ink", exact: "0.6.0")
    ],
    targets: [
        .target(name: "ThreadlineMarkdown", exclude: ["README.md"], swiftSettings: strictSettings),
        .target(name: "ThroughputSupport", swiftSettings: strictSettings),
        .executableTarget(
            name: "markdown-throughput",
            dependencies: [
                "ThreadlineMarkdown",
                "ThroughputSupport",
                .product(name: "Ink", package: "Ink"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ThroughputSupportTests",
            dependencies: ["ThroughputSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
