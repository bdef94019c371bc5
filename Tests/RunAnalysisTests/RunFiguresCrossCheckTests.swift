import Foundation
import RunAnalysis
import RunImport
import RunModel
import TestSupport
import Testing

/// RunRamp's figures against an independent computation with fitdecode (Scripts/run_figures_check.py)
/// on every running FIT file with heart rate or running dynamics in the shared corpus, with explicit
/// anchors. Runs only when RUNRAMP_PYTHON names a Python with fitdecode.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"] != nil && sharedCorpus(containing: "fit") != nil,
        "set RUNRAMP_PYTHON to a Python with fitdecode (and have the shared corpus)"))
struct RunFiguresCrossCheckTests {
    static let anchors = (max: 190.0, rest: 50.0)

    /// Both sets of Banister's constants (the runner's choice, `settings --trimp-constants`).
    @Test(arguments: TRIMPConstants.allCases)
    func figuresAgreeWithFitdecode(constants: TRIMPConstants) async throws {
        let python = try #require(ProcessInfo.processInfo.environment["RUNRAMP_PYTHON"])
        let folder = try #require(sharedCorpus(containing: "fit")).appendingPathComponent("fit")
        let expected = try Self.independent(python: python, folder: folder, constants: constants)
        let files = try #require(expected["files"] as? [[String: Any]])
        #expect(files.count >= 5)
        let runs = try await Self.importedRuns(folder: folder)
        let anchors = HeartRateAnchors(maximum: Self.anchors.max, resting: Self.anchors.rest, constants: constants)
        let differences = Differences()
        defer { print("run figures vs fitdecode on \(files.count) files, largest differences: \(differences.text)") }
        for file in files {
            let name = try #require(file["file"] as? String)
            let matching = runs.filter { URL(fileURLWithPath: $0.source.path).lastPathComponent == name }
            let run = try #require(matching.first, "\(name) was not imported")
            #expect(matching.count == 1, "\(name)")
            let figures = RunFigures(samples: run.samples, isRunning: run.sport.isRunning, anchors: anchors)
            differences.compare(name, "trimp", figures.trimp, file["trimp"], relative: 0.02)
            differences.compare(
                name, "share_above_easy", figures.shareAboveEasy, file["share_above_easy"], absolute: 0.02)
            differences.compare(
                name, "easy_ceiling_bpm", figures.easyCeilingBpm, file["easy_ceiling_bpm"], absolute: 0.01)
            for (label, form, other) in [
                ("", figures.form, file), ("first_third.", figures.firstThird, file["first_third"]),
                ("last_third.", figures.lastThird, file["last_third"]),
            ] {
                let other = other as? [String: Any] ?? [:]
                differences.compare(
                    name, label + "step_rate_spm", form.stepRateSpm, other["step_rate_spm"], absolute: 1)
                differences.compare(
                    name, label + "ground_contact_ms", form.groundContactMs, other["ground_contact_ms"], absolute: 1)
                differences.compare(
                    name, label + "vertical_oscillation_mm", form.verticalOscillationMm,
                    other["vertical_oscillation_mm"], absolute: 1)
                differences.compare(
                    name, label + "vertical_ratio_percent", form.verticalRatioPercent, other["vertical_ratio_percent"],
                    absolute: 1)
            }
        }
    }

    /// The comparisons made, with the largest difference seen per figure (relative for TRIMP).
    final class Differences {
        var largest: [String: Double] = [:]

        /// Both absent, or both present and within the tolerance.
        func compare(
            _ file: String, _ name: String, _ ours: Double?, _ theirs: Any?, absolute: Double = 0,
            relative: Double = 0
        ) {
            let theirs = theirs as? Double
            guard let ours, let theirs else {
                #expect(
                    ours == nil && theirs == nil,
                    "\(file) \(name): ours \(String(describing: ours)), fitdecode \(String(describing: theirs))")
                return
            }
            let tolerance = max(absolute, relative * abs(theirs))
            #expect(abs(ours - theirs) <= tolerance, "\(file) \(name): ours \(ours), fitdecode \(theirs)")
            let difference = relative > 0 ? abs(ours - theirs) / max(abs(theirs), 1e-9) : abs(ours - theirs)
            largest[name] = max(largest[name] ?? 0, difference)
        }

        var text: String {
            largest.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.4g", $0.value))" }
                .joined(separator: ", ")
        }
    }

    static func independent(python: String, folder: URL, constants: TRIMPConstants) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            packageRoot.appendingPathComponent("Scripts/run_figures_check.py").path, "--max-hr", "\(anchors.max)",
            "--rest-hr", "\(anchors.rest)", "--trimp-constants", constants.rawValue, folder.path,
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every run RunImport reads from the folder, without a log.
    static func importedRuns(folder: URL) async throws -> [Run] {
        let collected = Collected()
        _ = try await Importer(known: []).run(paths: [folder.path]) { files in
            await collected.add(
                files.compactMap { file in
                    if case .run(let run) = file.content { return run }
                    return nil
                })
            return files.map { _ in .notActivity(reason: .alreadyKnown) }
        }
        return await collected.runs
    }

    actor Collected {
        var runs: [Run] = []
        func add(_ more: [Run]) { runs += more }
    }
}
