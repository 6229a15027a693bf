// swift-tools-version:6.0
import Foundation
import PackageDescription

// A path dependency is known by its folder's name (the worktree's name varies).
let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

// A libFuzzer target over the normalizer and the readers, in a package of its own because
// it only links with `-sanitize=fuzzer` (libFuzzer supplies `main`):
//   cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   .build/release/entity-screen-fuzz -max_total_time=600 corpus/
let package = Package(
    name: "entity-screen-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "entity-screen-fuzz",
            dependencies: [.product(name: "ScreeningCore", package: project)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
