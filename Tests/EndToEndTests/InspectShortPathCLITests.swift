import Foundation
import TestSupport
import Testing

/// `runramp inspect FILE [--json]` is answered without the argument parser (docs/benchmarks.md, "Start-up"); every
/// other shape goes through it. The two paths must print the same bytes, exit alike and fail alike.
@Suite struct InspectShortPathCLITests {
    static let samples = packageRoot.appendingPathComponent("SampleTracks")

    /// Pairs of command lines, the first taking the short path, the second the parser (`--format` is parsed only there).
    static let pairs: [([String], [String])] = {
        let fit = samples.appendingPathComponent("2026-11-14-ride.fit").path
        let gpx = samples.appendingPathComponent("2026-11-14-run.gpx").path
        let missing = samples.appendingPathComponent("no-such-file.fit").path
        let notAWorkout = packageRoot.appendingPathComponent("README.md").path
        return [
            (["inspect", fit], ["inspect", "--format", "text", fit]),
            (["inspect", "--json", fit], ["inspect", fit, "--format", "json"]),
            (["inspect", gpx, "--json"], ["inspect", "--format", "json", gpx]),
            (["inspect", missing], ["inspect", "--format", "text", missing]),
            (["inspect", "--json", missing], ["inspect", "--format", "json", missing]),
            (["inspect", "--json", notAWorkout], ["inspect", "--format", "json", notAWorkout]),
            (["inspect", samples.path], ["inspect", "--format", "text", samples.path]),
        ]
    }()

    @Test(arguments: pairs)
    func theShortPathPrintsWhatTheParserPathPrints(short: [String], parsed: [String]) throws {
        let fast = try runRamp(short)
        let slow = try runRamp(parsed)
        #expect(fast.status == slow.status)
        #expect(fast.stdout == slow.stdout)
        #expect(fast.stderr == slow.stderr)
    }

    @Test func theSamplesInspectAsTheirFormats() throws {
        let fit = try runRamp(["inspect", "--json", Self.samples.appendingPathComponent("2026-11-14-ride.fit").path])
        #expect(fit.status == 0)
        #expect(fit.stdout.contains(#""format":"fit""#) || fit.stdout.contains(#""format": "fit""#))
        let missing = try runRamp(["inspect", Self.samples.appendingPathComponent("no-such-file.fit").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasSuffix("no-such-file.fit: no such file or folder\n"))
    }

    /// Shapes the short path leaves to the parser: help, a bad option, two files, `-` and an option value.
    @Test(arguments: [
        ["inspect", "--help"], ["inspect", "--jsn", "x.fit"], ["inspect", "a.fit", "b.fit"], ["inspect", "-"],
        ["inspect", "--json", "--json", "x.fit"],
    ])
    func otherShapesAreParsed(arguments: [String]) throws {
        let result = try runRamp(arguments)
        if arguments.contains("--help") {
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE: runramp inspect"))
        } else {
            #expect(result.status == 1)
            #expect(!result.stderr.isEmpty)
        }
    }
}
