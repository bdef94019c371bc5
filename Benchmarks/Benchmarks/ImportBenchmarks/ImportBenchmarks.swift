import Benchmark
import Foundation
import RunImport
import TrainingLog

/// Import of a generated mixed archive (GPX, GPX.gz, TCX, FIT; 3,000 files by default) into a
/// fresh log, and re-import of the unchanged folder. The archive is `$RUNRAMP_IMPORT_ARCHIVE`, else
/// /tmp/runramp-import-archive, generated here when absent (never committed). Its size is set by
/// `$RUNRAMP_IMPORT_FILES` (default 3000) and `$RUNRAMP_IMPORT_POINTS` (points per track, default 1800).
let benchmarks: @Sendable () -> Void = {
    let environment = ProcessInfo.processInfo.environment
    let folder = environment["RUNRAMP_IMPORT_ARCHIVE"] ?? "/tmp/runramp-import-archive"
    let files = Int(environment["RUNRAMP_IMPORT_FILES"] ?? "") ?? 3_000
    let points = Int(environment["RUNRAMP_IMPORT_POINTS"] ?? "") ?? 1_800
    guard let archive = ImportArchive.ensure(folder: folder, files: files, points: points) else {
        print("ImportBenchmarks: cannot create \(folder)")
        return
    }
    print(
        "ImportBenchmarks: \(folder), \(archive.files) files, \(String(format: "%.0f", Double(archive.bytes) / 1e6)) MB on disk"
    )

    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        scalingFactor: .one,
        maxDuration: .seconds(120),
        maxIterations: 3
    )

    Benchmark("Import archive into a new log", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let database = ImportArchive.freshDatabasePath()
            defer { ImportArchive.remove(database) }
            let log = try LogDatabase(path: database)
            benchmark.startMeasurement()
            let report = try await ImportArchive.importFolder(folder, into: log)
            benchmark.stopMeasurement()
            precondition(report.failures.isEmpty && report.imported > 0, "import failed: \(report.summary)")
            blackHole(report.imported)
        }
    }

    Benchmark(
        "SHA-256 of 64 MB",
        configuration: .init(
            metrics: [.wallClock, .throughput], timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
        let bytes = [UInt8](repeating: 0x5a, count: 64 << 20)
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            blackHole(ContentHash.sha256Hex(bytes))
            benchmark.stopMeasurement()
        }
    }

    Benchmark("Re-import unchanged archive", configuration: configuration) { benchmark in
        let database = ImportArchive.freshDatabasePath()
        defer { ImportArchive.remove(database) }
        let log = try LogDatabase(path: database)
        _ = try await ImportArchive.importFolder(folder, into: log)
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            let report = try await ImportArchive.importFolder(folder, into: log)
            benchmark.stopMeasurement()
            precondition(report.imported == 0 && report.alreadyKnown > 0, "re-import read files: \(report.summary)")
            blackHole(report.alreadyKnown)
        }
    }
}

/// The generated archive and the few lines that join RunImport and TrainingLog (as the CLI does).
enum ImportArchive {
    static func importFolder(_ folder: String, into log: LogDatabase) async throws -> ImportReport {
        try await Importer(known: log.knownSourceFiles()).run(paths: [folder]) { files in
            try await log.record(files)
        }
    }

    static func freshDatabasePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("runramp-bench-\(UUID().uuidString).sqlite").path
    }

    static func remove(_ database: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }

    /// Creates the archive unless a complete one (its marker file) is there; returns its size.
    static func ensure(folder: String, files: Int, points: Int) -> (files: Int, bytes: Int)? {
        let marker = folder + "/.complete-\(files)-\(points)"
        let manager = FileManager.default
        if !manager.fileExists(atPath: marker) {
            try? manager.removeItem(atPath: folder)
            do {
                try generate(folder: folder, files: files, points: points)
                try Data().write(to: URL(fileURLWithPath: marker))
            } catch {
                print("ImportBenchmarks: \(error)")
                return nil
            }
        }
        var count = 0
        var bytes = 0
        for case let path as String in manager.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator()
        where !path.hasPrefix(".") {
            let attributes = try? manager.attributesOfItem(atPath: folder + "/" + path)
            if attributes?[.type] as? FileAttributeType == .typeRegular, let size = attributes?[.size] as? Int {
                count += 1
                bytes += size
            }
        }
        return (count, bytes)
    }

    /// 40 % GPX, 20 % GPX.gz, 20 % TCX, 20 % FIT; one run a day, 1 s samples.
    static func generate(folder: String, files: Int, points: Int) throws {
        let start = Date(timeIntervalSince1970: 1_500_000_000)
        for i in 0..<files {
            let day = start.addingTimeInterval(Double(i) * 86_400)
            let distance = 5_000 + Double(i % 20) * 500
            let sub = "\(folder)/\(i % 30)"
            try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
            switch i % 5 {
            case 0, 1:
                try Data(SyntheticTrack.gpx(start: day, distance: distance, points: points).utf8).write(
                    to: URL(fileURLWithPath: "\(sub)/\(i).gpx"))
            case 2:
                let gpx = Data(SyntheticTrack.gpx(start: day, distance: distance, points: points).utf8)
                let url = URL(fileURLWithPath: "\(sub)/\(i).gpx")
                try gpx.write(to: url)
                let gzip = Process()
                gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
                gzip.arguments = ["-f", "-n", url.path]
                try gzip.run()
                gzip.waitUntilExit()
            case 3:
                try Data(SyntheticTrack.tcx(start: day, distance: distance, points: points).utf8).write(
                    to: URL(fileURLWithPath: "\(sub)/\(i).tcx"))
            default:
                try Data(SyntheticTrack.fit(start: day, distance: distance, points: points)).write(
                    to: URL(fileURLWithPath: "\(sub)/\(i).fit"))
            }
        }
    }
}
