// swift-tools-version: 6.1
// libFuzzer targets. Build one alone (ordinary executables cannot take -sanitize=fuzzer):
//   swift build --package-path Fuzz -c release --product FuzzFIT --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
// Run:
//   SWIFT_BACKTRACE=enable=no Fuzz/.build/release/FuzzFIT Fuzz/Corpus/FIT -max_total_time=600 -artifact_prefix=Fuzz/FailCases/
import PackageDescription

let package = Package(
    name: "RunRampFuzz",
    dependencies: [.package(name: "RunRamp", path: "..")],
    targets: [
        .executableTarget(name: "FuzzFIT", dependencies: [.product(name: "FIT", package: "RunRamp")]),
        .executableTarget(name: "FuzzGPX", dependencies: [.product(name: "GPX", package: "RunRamp")]),
    ]
)
