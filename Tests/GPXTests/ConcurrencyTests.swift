import Foundation
import Testing

@testable import GPX

/// libxml2 is initialised once and each parse owns its context: parses on many threads at once
/// give the same documents as one at a time.
@Suite struct ConcurrencyTests {
    static let names = [
        "garmin_tpx_v1.gpx", "garmin_tpx_v2_ns3.gpx", "strava.gpx", "activity.tcx", "gpx10.gpx",
        "times_offsets_fractions.gpx", "hostile/billion_laughs.gpx", "hostile/truncated.gpx",
    ]

    @Test func parallelParsesMatchSequentialOnes() async throws {
        let inputs = try Self.names.map { try fixtureData($0) }
        let sequential = inputs.map { data in Result { () throws(GPXError) in try GPXReader.read(data) } }
        let parallel = await withTaskGroup(of: (Int, Result<GPXDocument, GPXError>).self) { group in
            for round in 0..<25 {
                for (index, data) in inputs.enumerated() {
                    group.addTask {
                        _ = round
                        return (index, Result { () throws(GPXError) in try GPXReader.read(data) })
                    }
                }
            }
            var results: [(Int, Result<GPXDocument, GPXError>)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == 25 * inputs.count)
        for (index, result) in parallel {
            #expect(result == sequential[index], "\(Self.names[index])")
        }
    }
}
