import Foundation
import Testing

/// Runs the built `runramp` binary as a user would.
@Suite struct CLITests {
    @Test func versionPrintsTheVersion() throws {
        let result = try runRamp(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
