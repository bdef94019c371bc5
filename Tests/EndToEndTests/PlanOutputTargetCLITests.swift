import Foundation
import Testing

/// Where `plan -o` writes: `-` is stdout, a .json name gets JSON, a device is written in place
/// (no chart beside it), a file found inside the imported folder is never overwritten.
@Suite struct PlanOutputTargetCLITests {
    func scratch() throws -> (folder: URL, db: String) {
        let folder = try ReaderProbe.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("runs"), withIntermediateDirectories: true)
        let gpx = ReaderProbe.gpx(start: Date(timeIntervalSince1970: 1_795_000_000), meters: 5_000, heartRate: false)
        try Data(gpx.utf8).write(to: folder.appendingPathComponent("runs/2026-11-18-run.gpx"))
        return (folder, folder.appendingPathComponent("log.sqlite").path)
    }

    @Test func aFileFoundInsideTheImportedFolderIsNeverOverwritten() throws {
        let (folder, db) = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = folder.appendingPathComponent("runs/2026-11-18-run.gpx").path
        let before = try Data(contentsOf: URL(fileURLWithPath: run))
        for option in ["--output", "--ics"] {
            let result = try runRamp([
                "plan", folder.appendingPathComponent("runs").path, "--db", db, "--today", "2026-12-01", option, run,
            ])
            #expect(result.status == 1)
            #expect(
                result.stderr
                    == "runramp: \(option) \(run): that file is inside \(folder.appendingPathComponent("runs").path), which this command imports; choose another file\n"
            )
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: run)) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("runs/2026-11-18-run.svg").path))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aDashIsStdoutAndAJSONNameGetsJSON() throws {
        let (folder, db) = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dash = try runRamp(["plan", "--db", db, "--today", "2026-12-01", "-o", "-"])
        #expect(dash.status == 0 && dash.stdout.hasPrefix("# Running plan"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        let json = folder.appendingPathComponent("plan.json").path
        let written = try runRamp(["plan", "--db", db, "--today", "2026-12-01", "-o", json])
        #expect(written.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json)))
        #expect(object is [String: Any])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.svg").path))
        let refused = try runRamp(["plan", "--db", db, "--today", "2026-12-01", "-o", json, "--format", "markdown"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr
                == "runramp: --output \(json): a .json file gets the plan as JSON; leave out --format markdown or name a .md file\n"
        )
    }

    @Test func aDeviceIsWrittenInPlaceWithNoChartBesideIt() throws {
        let (folder, db) = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runRamp(["plan", "--db", db, "--today", "2026-12-01", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.svg"))
        let full = try runRamp(["plan", "--db", db, "--today", "2026-12-01", "-o", "/dev/full"])
        #expect(full.status == 1)
        #expect(full.stderr == "runramp: cannot write /dev/full: No space left on device\n")
    }
}
