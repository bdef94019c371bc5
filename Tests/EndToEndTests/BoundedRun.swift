import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What one bounded run of `runramp` printed, returned, and cost.
struct BoundedResult {
    var result: CLIResult
    /// The child's peak resident memory in kibibytes (its `VmHWM`; wait4's figure only if it ended unseen).
    var peakResidentKiB: Int
    /// True when the hang guard killed it.
    var timedOut: Bool
}

/// Runs `runramp` with posix_spawn and waits with wait4. The peak memory is the child's own high-water mark
/// (`VmHWM` in /proc, read every 10 ms while it runs, from its exec on): Linux starts a spawned child's `ru_maxrss` at the
/// parent's peak (the test process's, often over 200 MiB), so wait4's figure is used only when the child ended
/// before the first reading. `hangGuardSeconds` only stops a hung child (the test then fails); it never
/// asserts speed.
func runRampBounded(_ arguments: [String], hangGuardSeconds: Int = 120) throws -> BoundedResult {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bounded-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outPath = folder.appendingPathComponent("out").path
    let errPath = folder.appendingPathComponent("err").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let binary = runRampBinary().path
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in environment { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environment)
    guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    let deadline = Date().addingTimeInterval(Double(hangGuardSeconds))
    var highWaterKiB: Int?
    // Until the child has exec'd it shares the test process's memory (posix_spawn clones it), and /proc shows
    // the test process's high-water mark: readings count only once the process is runramp.
    let name = String(URL(fileURLWithPath: binary).lastPathComponent.prefix(15))
    while true {
        if let reading = residentHighWaterKiB(pid, name: name) { highWaterKiB = max(highWaterKiB ?? 0, reading) }
        let waited = wait4(pid, &status, WNOHANG, &usage)
        if waited == pid { break }
        if waited < 0 && errno != EINTR { throw NSError(domain: "wait4", code: Int(errno)) }
        if Date() > deadline, !timedOut {
            timedOut = true
            kill(pid, SIGKILL)
        }
        usleep(highWaterKiB == nil ? 200 : 10_000)
    }
    let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return BoundedResult(
        result: CLIResult(
            status: exitStatus,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""),
        peakResidentKiB: highWaterKiB ?? Int(usage.ru_maxrss), timedOut: timedOut)
}

/// The `VmHWM` line of /proc/PID/status in kibibytes, when the process is named `name` (nil before its exec and
/// once it is gone).
func residentHighWaterKiB(_ pid: pid_t, name: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        status.split(separator: "\n").contains(where: { $0 == "Name:\t\(name)" })
    else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        // "VmHWM:\t  559064 kB": a tab, then the figure padded with spaces.
        return Int(line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
    return nil
}
