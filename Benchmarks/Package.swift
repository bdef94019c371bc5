// swift-tools-version: 6.1
// Release-build benchmarks, kept out of the root package so debug builds stay fast.
// Run: cd Benchmarks && swift package --allow-writing-to-package-directory benchmark
// (StartupBenchmarks spawns the built runramp and the floor of StartupFloor/: see docs/benchmarks.md)
import PackageDescription

let package = Package(
    name: "RunRampBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "RunRamp", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        benchmark("FITBenchmarks", uses: ["FIT"]),
        benchmark("GPXBenchmarks", uses: ["GPX"]),
        benchmark("ImportBenchmarks", uses: ["RunImport", "TrainingLog", "RunModel"]),
        benchmark("PlanBenchmarks", uses: ["Planner", "Render", "RunModel", "FIT"]),
        benchmark("StartupBenchmarks", uses: []),
    ]
)

/// One benchmark executable under Benchmarks/NAME/ using the named RunRamp libraries.
func benchmark(_ name: String, uses products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: products.map { .product(name: $0, package: "RunRamp") } + [
            .product(name: "Benchmark", package: "benchmark")
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
