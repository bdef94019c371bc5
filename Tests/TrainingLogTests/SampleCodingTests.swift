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

    @Test func runningDynamicsUseTheWideLayoutAndRoundTrip() throws {
        let samples = [
            Sample(
                time: Date(timeIntervalSince1970: 1_790_000_000), heartRate: 150, cadence: 86, fractionalCadence: 0.5,
                speedMetersPerSecond: 3.25, groundContactMs: 246.5, verticalOscillationMm: 81.5,
                verticalRatioPercent: 7.75),
            Sample(verticalRatioPercent: 8),
        ]
        let blob = SampleCoding.encode(samples)
        #expect(Array(blob.prefix(4)) == Array("RRS2".utf8))
        #expect(blob.count == SampleCoding.headerSize2 + 2 * 8 * 4)
        #expect(try SampleCoding.decode(blob) == samples)
        // Older fields only: still the narrow "RRS1" layout, byte for byte as before.
        #expect(Array(SampleCoding.encode([Sample(heartRate: 120)]).prefix(4)) == Array("RRS1".utf8))
        var unknownBit = blob
        unknownBit[9] = 0x10
        #expect(throws: SampleCodingError(byteOffset: 8)) { try SampleCoding.decode(unknownBit) }
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
