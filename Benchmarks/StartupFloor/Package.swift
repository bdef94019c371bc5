// swift-tools-version: 6.1
// The floor under `runramp --version`: the smallest Swift program, built as `make build` builds runramp
// (release, Swift runtime linked statically, no local run path, lld with packed relative relocations).
// StartupBenchmarks runs both. Build: cd Benchmarks/StartupFloor && swift build -c release
//   --static-swift-stdlib --disable-local-rpath -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs
import PackageDescription

let package = Package(
    name: "StartupFloor",
    targets: [.executableTarget(name: "startup-floor")]
)
