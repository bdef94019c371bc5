import Benchmark
import Foundation
import GPX

/// GPX reader throughput on a 500,000-point Garmin-style file (hr, cad, atemp extensions, ~185 MB).
/// The file is `$RUNRAMP_BIG_GPX`, else /tmp/runramp-big.gpx, generated here when absent
/// (same shape as Scripts/make_big_gpx.py); it is never committed.
let benchmarks: @Sendable () -> Void = {
    let path = ProcessInfo.processInfo.environment["RUNRAMP_BIG_GPX"] ?? "/tmp/runramp-big.gpx"
    guard let data = BigGPX.load(path: path) else {
        print("GPXBenchmarks: cannot create \(path)")
        return
    }
    let megabytes = Double(data.count) / 1_000_000
    print("GPXBenchmarks: \(path), \(String(format: "%.1f", megabytes)) MB")

    Benchmark(
        "GPXReader.read 500k points",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, .throughput],
            timeUnits: .milliseconds,
            warmupIterations: 1,
            scalingFactor: .one,
            maxDuration: .seconds(30),
            maxIterations: 5
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            let document = try GPXReader.read(data)
            benchmark.stopMeasurement()
            blackHole(document.tracks.count)
        }
    }

    Benchmark(
        "GPXSummary 500k points",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
        let document = try GPXReader.read(data)
        benchmark.startMeasurement()
        blackHole(GPXSummary(document).length2DMeters)
    }
}

/// The benchmark's input file, created on first use.
enum BigGPX {
    static func load(path: String) -> Data? {
        if !FileManager.default.fileExists(atPath: path) { write(to: path, points: 500_000) }
        return FileManager.default.contents(atPath: path)
    }

    static func write(to path: String, points: Int) {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx creator="Garmin Connect" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" \
            xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
              <metadata>
                <time>2024-01-01T06:00:00.000Z</time>
              </metadata>
              <trk>
                <name>Benchmark run</name>
                <type>running</type>
                <trkseg>\n
            """
        let start = 1_704_088_800  // 2024-01-01T06:00:00Z
        for index in 0..<points {
            let lat = 46.05 + 0.01 * sin(Double(index) / 500) + Double(index) * 1e-7
            let lon = 14.50 + 0.01 * cos(Double(index) / 500)
            let time = ISO8601Time.string(from: Date(timeIntervalSince1970: Double(start + index)))
            text += """
                      <trkpt lat="\(String(format: "%.14f", lat))" lon="\(String(format: "%.14f", lon))">
                        <ele>\(String(format: "%.1f", 300 + 20 * sin(Double(index) / 3000)))</ele>
                        <time>\(time)</time>
                        <extensions>
                          <ns3:TrackPointExtension>
                            <ns3:atemp>\(String(format: "%.1f", 15 + Double(index % 50) / 10))</ns3:atemp>
                            <ns3:hr>\(120 + index % 60)</ns3:hr>
                            <ns3:cad>\(80 + index % 12)</ns3:cad>
                          </ns3:TrackPointExtension>
                        </extensions>
                      </trkpt>\n
                """
        }
        text += "    </trkseg>\n  </trk>\n</gpx>\n"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }
}
