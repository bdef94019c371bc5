import FIT
import Foundation
import RunModel
import Testing

@testable import RunImport

@Suite struct FITAdapterTests {
    let start = Date(timeIntervalSince1970: 1_763_600_000)

    func adapt(_ bytes: [UInt8]) -> AdaptedFile {
        ParserDispatch.decode(
            Data(bytes), format: .fit,
            source: RunSource(path: "x.fit", format: .fit, contentHash: "0123456789abcdef0123"))
    }

    @Test func activityBecomesARunWithSessionTotals() throws {
        let bytes = FITWriter.activity(start: start, distance: 5_000, subSport: 1)
        #expect(FITDecoder.decode(bytes).error == nil)
        guard case .run(let run, let notes) = adapt(bytes) else {
            Issue.record("not a run")
            return
        }
        #expect(notes.isEmpty)
        #expect(run.id == "0123456789abcdef")
        #expect(run.sport == .treadmill)
        #expect(run.start == start)
        #expect(run.utcOffsetSeconds == 3_600)
        #expect(run.distanceMeters == 5_000)
        #expect(run.elapsedSeconds == 590 && run.movingSeconds == 590)
        #expect(run.averageHeartRate == 150)
        #expect(run.samples.count == 60)
        #expect(run.laps == [Lap(start: start, elapsedSeconds: 590, distanceMeters: 5_000)])
        let last = try #require(run.samples.last)
        #expect(abs((last.latitude ?? 0) - (47 + 5_000 / 111_195.0)) < 1e-6)
        #expect(last.elevationMeters == 400)
        #expect(last.distanceMeters == 5_000)
    }

    @Test(arguments: [(Int64(2), "settings"), (15, "monitoring a"), (32, "monitoring b")])
    func otherFileTypesAreNotActivities(type: Int64, name: String) {
        guard case .notActivity(let reason) = adapt(FITWriter.nonActivity(type: type, created: start)) else {
            Issue.record("should not be an activity")
            return
        }
        #expect(reason == .fitFileType(name.replacingOccurrences(of: " ", with: "_")))
        #expect(reason.description == "FIT \(name) file")
    }

    @Test func aTruncatedActivityKeepsWhatCameBefore() {
        let bytes = FITWriter.activity(start: start, distance: 3_000)
        guard case .run(let run, let notes) = adapt(Array(bytes.prefix(400))) else {
            Issue.record("should keep the records before the cut")
            return
        }
        #expect(run.samples.count > 5 && run.samples.count < 60)
        #expect(notes.first?.description.hasPrefix("kept what came before a decoding error") == true)
        #expect(abs(run.distanceMeters - (run.samples.last?.distanceMeters ?? 0)) < 0.01)
    }

    @Test func garbageAfterTheHeaderFails() {
        var bytes = Array(FITWriter.activity(start: start, distance: 3_000).prefix(14))
        bytes += [0x7f, 0x7f, 0x7f]
        if case .run = adapt(bytes) { Issue.record("garbage should not become a run") }
    }
}
