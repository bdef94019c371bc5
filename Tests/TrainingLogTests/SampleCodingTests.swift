import Foundation
import RunModel
import Testing

@testable import TrainingLog

@Suite struct SampleCodingTests {
    @Test func roundTripKeepsValuesWithinDevicePrecision() throws {
        let samples = LogFixtures.track(count: 500)
        let blob = SampleCoding.encode(samples)
        #expect(blob.count == SampleCoding.headerSize + 500 * 7 * 4)
        let decoded = try SampleCoding.decode(blob)
        #expect(decoded.count == 500)
        for (a, b) in zip(samples, decoded) {
            #expect(abs((a.time?.timeIntervalSince1970 ?? 0) - (b.time?.timeIntervalSince1970 ?? 1)) < 0.001)
            #expect(abs((a.latitude ?? 0) - (b.latitude ?? 99)) < 1e-7)
            #expect(abs((a.longitude ?? 0) - (b.longitude ?? 99)) < 1e-7)
            #expect(a.elevationMeters == b.elevationMeters)
            #expect(a.heartRate == b.heartRate)
            #expect(a.cadence == b.cadence)
            #expect(abs((a.distanceMeters ?? 0) - (b.distanceMeters ?? -1)) < 0.01)
        }
    }

    @Test func absentFieldsTakeNoSpaceAndStayAbsent() throws {
        let samples = [Sample(heartRate: 120), Sample(), Sample(heartRate: 130)]
        let blob = SampleCoding.encode(samples)
        #expect(blob.count == SampleCoding.headerSize + 3 * 4)
        #expect(try SampleCoding.decode(blob) == samples)
        #expect(try SampleCoding.decode(SampleCoding.encode([])) == [])
    }

    @Test(arguments: [0, 3, 16, 20])
    func damagedBlobsThrowWithAnOffset(truncateTo length: Int) throws {
        let blob = SampleCoding.encode(LogFixtures.track(count: 2))
        #expect(throws: SampleCodingError.self) { try SampleCoding.decode(Array(blob.prefix(length))) }
    }

    @Test func wrongMagicIsReportedAtByteZero() {
        var blob = SampleCoding.encode(LogFixtures.track(count: 2))
        blob[0] = 0x58
        #expect(throws: SampleCodingError(byteOffset: 0)) { try SampleCoding.decode(blob) }
    }
}
