import Benchmark
import FIT
import Foundation

/// FIT decoding speed on a 500,000-record file: $RUNRAMP_BIG_FIT, else /tmp/runramp-big.fit
/// (Scripts/make_big_fit.sh writes it with GPSBabel), else a synthetic watch-like file made here.
let benchmarks: @Sendable () -> Void = {
    let bytes = BigFIT.load()
    let megabytes = Double(bytes.count) / 1_000_000
    let records = FITDecoder.decode(bytes).messages.lazy.filter { $0.globalNumber == 20 }.count
    let mbPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let recordsPerSecond = BenchmarkMetric.custom("k records/s", polarity: .prefersLarger, useScalingFactor: false)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, mbPerSecond, recordsPerSecond],
        warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)

    /// Runs `body` once, recording MB/s and records/s from its wall time.
    func measured(_ benchmark: Benchmark, _ body: () -> Void) {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        benchmark.measurement(mbPerSecond, Int(megabytes / seconds))
        benchmark.measurement(recordsPerSecond, Int(Double(records) / seconds / 1000))
    }

    Benchmark("FIT decode \(records) records (\(Int(megabytes)) MB)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            measured(benchmark) { blackHole(FITDecoder.decode(bytes).messages.count) }
        }
    }

    Benchmark("FIT decode + read 7 record fields", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            measured(benchmark) {
                var sum = 0.0
                for message in FITDecoder.decode(bytes).messages where message.globalNumber == 20 {
                    sum += message.number("timestamp") ?? 0
                    sum += message.number("position_lat") ?? 0
                    sum += message.number("position_long") ?? 0
                    sum += message.number("enhanced_altitude") ?? 0
                    sum += message.number("heart_rate") ?? 0
                    sum += message.number("distance") ?? 0
                    sum += message.number("enhanced_speed") ?? 0
                }
                blackHole(sum)
            }
        }
    }

    Benchmark("FIT inspect summary", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            measured(benchmark) { blackHole(FITSummary(FITDecoder.decode(bytes)).records) }
        }
    }

    // What `runramp inspect` does: records are tallied while decoding instead of stored.
    Benchmark("FIT inspect summary, records tallied while decoding", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            measured(benchmark) { blackHole(FITSummary(bytes: bytes).records) }
        }
    }
}
