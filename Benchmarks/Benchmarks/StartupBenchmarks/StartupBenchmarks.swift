import Benchmark
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Whole-process times (docs/benchmarks.md, "Start-up"): `runramp --version` and `runramp inspect` of a tiny FIT
/// file against the floor (the smallest Swift program built the same way), and `runramp inspect --json` of the
/// 500,000-record FIT file against GPSBabel reading it. Each iteration spawns the process and waits for it.
///
/// - `RUNRAMP_BINARY`: the runramp to measure (default `../.build/static/runramp`, what `make build` writes);
/// - `RUNRAMP_FLOOR_BINARY`: the floor (default `StartupFloor/.build/release/startup-floor`);
/// - `RUNRAMP_BIG_FIT`: the big file (default `/tmp/runramp-big.fit`, Scripts/make_big_fit.sh); its pair is left
///   out when the file or `gpsbabel` is missing.
let benchmarks: @Sendable () -> Void = {
    let environment = ProcessInfo.processInfo.environment
    let here = FileManager.default.currentDirectoryPath
    let runramp = environment["RUNRAMP_BINARY"] ?? here + "/../.build/static/runramp"
    let floor = environment["RUNRAMP_FLOOR_BINARY"] ?? here + "/StartupFloor/.build/release/startup-floor"
    let tiny = here + "/../SampleTracks/2026-11-14-ride.fit"
    let big = environment["RUNRAMP_BIG_FIT"] ?? "/tmp/runramp-big.fit"
    let gpsbabel = ["/usr/bin/gpsbabel", "/usr/local/bin/gpsbabel"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    // The child's own CPU time (user + system, from wait4): steadier than wall time on a busy machine.
    let childCPU = BenchmarkMetric.custom("child CPU (µs)", polarity: .prefersSmaller, useScalingFactor: false)
    let quick = Benchmark.Configuration(
        metrics: [.wallClock, childCPU], warmupIterations: 10, maxDuration: .seconds(20), maxIterations: 400)
    let slow = Benchmark.Configuration(
        metrics: [.wallClock, childCPU], warmupIterations: 3, maxDuration: .seconds(30), maxIterations: 40)

    /// One benchmark that spawns `arguments` per iteration; skipped (with a line on stderr) when the program is
    /// missing.
    func process(_ name: String, _ arguments: [String], _ configuration: Benchmark.Configuration) {
        guard FileManager.default.isExecutableFile(atPath: arguments[0]) else {
            FileHandle.standardError.write(Data("skipped \(name): \(arguments[0]) is missing\n".utf8))
            return
        }
        Benchmark(name, configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                let (status, cpuMicroseconds) = Spawn.run(arguments)
                if status != 0 { fatalError("\(arguments.joined(separator: " ")) exited with status \(status)") }
                benchmark.measurement(childCPU, cpuMicroseconds)
            }
        }
    }

    process("floor: startup-floor (static Swift, prints a line)", [floor], quick)
    process("runramp --version", [runramp, "--version"], quick)
    process("runramp inspect tiny.fit (5 kB)", [runramp, "inspect", tiny], quick)
    if FileManager.default.fileExists(atPath: big), let gpsbabel {
        process("runramp inspect --json big.fit", [runramp, "inspect", "--json", big], slow)
        process(
            "gpsbabel -i garmin_fit -f big.fit -o unicsv -F /dev/null",
            [gpsbabel, "-i", "garmin_fit", "-f", big, "-o", "unicsv", "-F", "/dev/null"], slow)
    } else {
        FileHandle.standardError.write(Data("skipped the big-file pair: \(big) or gpsbabel is missing\n".utf8))
    }
}

/// posix_spawn and waitpid, output to /dev/null: the least a parent adds to a child's time.
enum Spawn {
    /// The child's wait status (0: exited with 0; -1 when it could not be started) and the CPU time it used
    /// (user + system) in microseconds.
    static func run(_ arguments: [String]) -> (status: Int32, cpuMicroseconds: Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return (-1, 0) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let user = Int(usage.ru_utime.tv_sec) * 1_000_000 + Int(usage.ru_utime.tv_usec)
        let system = Int(usage.ru_stime.tv_sec) * 1_000_000 + Int(usage.ru_stime.tv_usec)
        return (status, user + system)
    }
}
