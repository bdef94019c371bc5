import Foundation
import Testing
import TrainingLog

/// `runramp import` of a few hundred files while other `runramp` processes open and close the same
/// log in a loop: the log must stay sound and hold every run (docs/log.md, "Concurrent use").
///
/// Before the fix (a lock taken by opening and closing the log file itself, which drops SQLite's
/// own POSIX locks in that process) most rounds ended with "database disk image is malformed".
@Suite(.serialized) struct ConcurrentCommandsTests {
    /// The outcome of one client command run while the import was going on.
    struct ClientRun: Sendable {
        var arguments: [String]
        var result: CLIResult
    }

    /// The client loops' shared state: whether to stop, and what they ran.
    final class Clients: @unchecked Sendable {
        // @unchecked: every field is only touched under `lock`.
        private let lock = NSLock()
        private var stopped = false
        private var done: [ClientRun] = []
        var isStopped: Bool { lock.withLock { stopped } }
        func stop() { lock.withLock { stopped = true } }
        func append(_ run: ClientRun) { lock.withLock { done.append(run) } }
        var runs: [ClientRun] { lock.withLock { done } }
    }

    static let rounds = 3
    static let filesPerRound = 300

    @Test func importWhileOtherCommandsOpenAndCloseTheLogLosesNoRun() throws {
        let clock = ContinuousClock()
        let started = clock.now
        var damagedRounds: [String] = []
        var clientCommands = 0
        for round in 0..<Self.rounds {
            let folder = try ReaderProbe.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let inputs = folder.appendingPathComponent("inputs")
            try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
            for i in 0..<Self.filesPerRound {
                // One run per day from 2020-01-01, 3 to 12 km: no two files are the same activity.
                let start = Date(timeIntervalSince1970: 1_577_862_000 + Double(i) * 86_400)
                let text = ImportArchiveCLITests.gpx(
                    start: start, meters: Double(3_000 + i % 10 * 1_000), heartRate: i % 2 == 0)
                try Data(text.utf8).write(to: inputs.appendingPathComponent("run\(i).gpx"))
            }
            let db = folder.appendingPathComponent("log.sqlite").path

            let importer = Process()
            importer.executableURL = runRampBinary()
            importer.arguments = ["import", inputs.path, "--db", db, "--quiet"]
            let importErrors = Pipe()
            importer.standardOutput = FileHandle.nullDevice
            importer.standardError = importErrors
            try importer.run()
            let clients = Clients()
            let loops = Self.startClientLoops(db: db, round: round, clients: clients)
            let importStderr = String(decoding: importErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            importer.waitUntilExit()
            clients.stop()
            loops.wait()
            let runs = clients.runs
            clientCommands += runs.count

            var problems: [String] = []
            if importer.terminationStatus != 0 {
                problems.append("import exited \(importer.terminationStatus): \(importStderr)")
            }
            for run in runs where run.result.status != 0 {
                problems.append(
                    "\(run.arguments.joined(separator: " ")) exited \(run.result.status): \(run.result.stderr)")
            }
            let added = runs.filter { $0.arguments.first == "add" && $0.result.status == 0 }.count
            do {
                let log = try LogDatabase(path: db)
                problems += try log.integrityProblems()
                let stored = try log.allRuns().count
                if stored != Self.filesPerRound + added {
                    problems.append("\(stored) runs stored, expected \(Self.filesPerRound) imported + \(added) added")
                }
            } catch {
                problems.append("cannot read the log: \(error)")
            }
            if !problems.isEmpty {
                damagedRounds.append("round \(round): " + problems.prefix(5).joined(separator: "; "))
            }
            print(
                "concurrency round \(round): \(runs.count) client commands (\(added) adds), \(problems.count) problems")
        }
        print(
            "concurrency: \(Self.rounds) rounds × \(Self.filesPerRound) files, \(clientCommands) client commands, "
                + "\(damagedRounds.count) rounds damaged, \(started.duration(to: clock.now))")
        #expect(damagedRounds.isEmpty, "\(damagedRounds.joined(separator: "\n"))")
        #expect(clientCommands >= Self.rounds * 5)
    }

    /// Five loops (`runs` twice, `plan`, `add` twice), each on its own thread, starting one new
    /// `runramp` process on the log after the other until `clients` is stopped.
    static func startClientLoops(db: String, round: Int, clients: Clients) -> DispatchGroup {
        let group = DispatchGroup()
        for (loop, kind) in ["runs", "plan", "add", "runs", "add"].enumerated() {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                var iteration = 0
                // At least once per loop, so the test never passes without clients.
                repeat {
                    let arguments: [String]
                    switch kind {
                    case "runs": arguments = ["runs", "--db", db, "--json"]
                    case "plan": arguments = ["plan", "--db", db, "--today", "2026-11-26"]
                    default:
                        // Past days far from the imported ones (1981 on), one per add: never a duplicate,
                        // never a date after today (which `add` refuses).
                        let day = ImportCLITests.isoDay(daysSinceEpoch: 4_000 + round * 3_000 + loop * 500 + iteration)
                        arguments = ["add", "--db", db, "--date", day, "--distance", "5km", "--duration", "30:00"]
                    }
                    iteration += 1
                    do {
                        clients.append(ClientRun(arguments: arguments, result: try runRamp(arguments)))
                    } catch {
                        clients.append(
                            ClientRun(
                                arguments: arguments, result: CLIResult(status: -1, stdout: "", stderr: "\(error)")))
                    }
                } while !clients.isStopped
            }
            thread.start()
        }
        return group
    }
}
