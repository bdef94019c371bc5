import FIT
import Foundation
import TestSupport
import Testing

/// Every FIT file of ../shared/corpus/fit against what Garmin's official SDK read from it
/// (expected/NAME.json, tolerances of docs/inspect-json.md).
@Suite(.enabled(if: sharedCorpus(containing: "fit") != nil, "needs ../shared/corpus"))
struct CorpusTests {
    static func corpusFiles() -> [String] {
        guard let corpus = sharedCorpus(containing: "fit") else { return [] }
        let folder = corpus.appendingPathComponent("fit")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".fit") }.sorted()
    }

    @Test(arguments: corpusFiles())
    func matchesTheOfficialSDK(_ name: String) throws {
        let folder = try #require(sharedCorpus(containing: "fit")).appendingPathComponent("fit")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        let expectedURL = folder.appendingPathComponent(
            "expected/" + name.replacingOccurrences(of: ".fit", with: ".json"))
        let expected = try JSONDecoder().decode(ExpectedSummary.self, from: Data(contentsOf: expectedURL))
        let summary = FITSummary(FITDecoder.decode(bytes))
        // The summary `runramp inspect` makes, with records tallied while decoding, is the same.
        #expect(FITSummary(bytes: bytes) == summary, "\(name): FITSummary(bytes:) differs")

        // The SDK stops at the first compressed-timestamp header ("not currently supported"); RunRamp
        // decodes them, so only what precedes that point can be compared exactly.
        if let error = expected.error, error.contains("Compressed timestamp") {
            #expect(summary.isValid)
            #expect(SummaryComparison(identityOf: expected, actual: summary).differences.isEmpty)
            #expect(summary.records > expected.records)
            return
        }
        let differences = SummaryComparison(expected: expected, actual: summary).differences
        #expect(differences.isEmpty, "\(name): \(differences.prefix(5).joined(separator: "; "))")
    }
}
