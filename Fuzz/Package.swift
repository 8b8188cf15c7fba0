// swift-tools-version: 6.2
// Fuzz: one libFuzzer executable per Threadline parser, each feeding the fuzzer's bytes to the parser and checking
// what it returns, not only that it returns. `scripts/fuzz.sh TARGET SECONDS` builds them with
// `-sanitize=fuzzer,address` and runs one over a scratch copy of its seed corpus in `Corpus/TARGET`.
//
// The project is a dependency by path, so the fuzzers always exercise the current code of this checkout; the main
// package never depends on this one, so CI does not build it.
import PackageDescription

// SwiftPM names a path dependency after its folder (lower-cased), not after its manifest, so a checkout called
// `threadline`, `main` or `wt-fuzz` each gives the project another package identity; work it out from the path.
let projectIdentity =
    Context.packageDirectory.split(separator: "/").dropLast(1).last.map { $0.lowercased() } ?? "threadline"

/// A libFuzzer executable over the project's formats and the shared invariant checks.
func fuzzTarget(_ name: String, extra: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "FuzzSupport",
            .product(name: "ThreadlineFormats", package: projectIdentity),
            .product(name: "ThreadlineCore", package: projectIdentity),
        ] + extra
    )
}

let package = Package(
    name: "Fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        // Already in the project's graph; the REFI-QDA fuzzer wraps its bytes in a `.qdpx` archive.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "ThreadlineFormats", package: projectIdentity),
                .product(name: "ThreadlineCore", package: projectIdentity),
            ]
        ),
        fuzzTarget("FuzzWebVTT"),
        fuzzTarget("FuzzSRT"),
        fuzzTarget("FuzzREFIProject", extra: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        fuzzTarget("FuzzBundle"),
        fuzzTarget("FuzzCSVImports"),
    ]
)
