import Foundation
import RunModel
import Testing

@Suite struct TrackMetricsTests {
    let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    /// Samples along a meridian: `speeds[i]` m/s during second i.
    func meridianTrack(speeds: [Double]) -> [Sample] {
        var latitude = 45.0
        var samples = [Sample(time: t0, latitude: latitude, longitude: 7)]
        for (i, speed) in speeds.enumerated() {
            latitude += speed / 111_195
            samples.append(Sample(time: t0.addingTimeInterval(Double(i + 1)), latitude: latitude, longitude: 7))
        }
        return samples
    }

    @Test func pathDistanceAndMovingTimeExcludeAPause() {
        // 100 s at 3 m/s, 60 s standing still, 100 s at 3 m/s.
        let speeds =
            Array(repeating: 3.0, count: 100) + Array(repeating: 0, count: 60) + Array(repeating: 3.0, count: 100)
        let metrics = TrackMetrics(samples: meridianTrack(speeds: speeds))
        #expect(abs(metrics.pathDistanceMeters - 600) < 0.5)
        #expect(metrics.elapsedSeconds == 260)
        #expect(metrics.movingSeconds == 200)
        #expect(metrics.start == t0)
        #expect(metrics.distanceMeters == metrics.pathDistanceMeters)
    }

    @Test func recordedDistanceWinsAndDrivesMovingTime() {
        // 30 m every 10 s up to 120 m, then standing at 120 m.
        let distances: [Double] = [0, 30, 60, 90, 120, 120, 120, 120, 120, 120, 120]
        let samples = distances.enumerated().map { i, d in
            Sample(time: t0.addingTimeInterval(Double(i) * 10), distanceMeters: d)
        }
        let metrics = TrackMetrics(samples: samples)
        #expect(metrics.recordedDistanceMeters == 120)
        #expect(metrics.distanceMeters == 120)
        #expect(metrics.elapsedSeconds == 100)
        #expect(metrics.movingSeconds == 40)
    }

    @Test func withoutSpeedInformationMovingEqualsElapsed() {
        let samples = [Sample(time: t0, heartRate: 120), Sample(time: t0.addingTimeInterval(1_800), heartRate: 160)]
        let metrics = TrackMetrics(samples: samples)
        #expect(metrics.movingSeconds == 1_800)
        #expect(metrics.averageHeartRate == 140)
        #expect(metrics.maxHeartRate == 160)
        #expect(metrics.elevationGainMeters == nil)
        #expect(TrackMetrics(samples: []).elapsedSeconds == 0)
    }

    @Test func climbIgnoresNoiseButCountsRealHills() {
        // ±1 m noise on a flat road, then a 50 m climb and a 30 m descent.
        var elevations = (0..<200).map { 100 + ($0 % 2 == 0 ? 1.0 : -1.0) }
        elevations += (1...50).map { 100 + Double($0) }
        elevations += (1...30).map { 150 - Double($0) }
        let metrics = TrackMetrics(samples: elevations.map { Sample(elevationMeters: $0) })
        let gain = metrics.elevationGainMeters ?? 0
        let loss = metrics.elevationLossMeters ?? 0
        #expect(gain >= 47 && gain <= 51)
        #expect(loss >= 27 && loss <= 31)
        var naive = 0.0
        for (a, b) in zip(elevations, elevations.dropFirst()) where b > a { naive += b - a }
        #expect(naive > 240)  // what the noise would have added without hysteresis
    }

    @Test func climbCountsOnlyBeyondTheBand() {
        var climb = Climb(hysteresis: 3)
        for e in [10.0, 12, 11, 12.9, 13, 9.9, 10] { climb.add(e) }
        #expect(climb.gain == 3)
        #expect(abs(climb.loss - 3.1) < 1e-9)
    }
}

@Suite struct FiniteFiguresTests {
    @Test func nonFiniteAndNegativeFiguresAreDropped() {
        let run = Run(
            id: "x", source: RunSource(path: "x", format: .fit, contentHash: "x"), sport: .running,
            start: Date(timeIntervalSince1970: 0),
            elapsedSeconds: .infinity, movingSeconds: 100, distanceMeters: .nan, elevationGainMeters: -3,
            averageHeartRate: .nan, maxHeartRate: 180,
            laps: [Lap(start: Date(timeIntervalSince1970: 0), elapsedSeconds: -1, distanceMeters: .infinity)])
        let clean = run.withFiniteFigures()
        #expect(clean.elapsedSeconds == 0 && clean.movingSeconds == 100 && clean.distanceMeters == 0)
        #expect(clean.elevationGainMeters == nil && clean.averageHeartRate == nil && clean.maxHeartRate == 180)
        #expect(clean.laps == [Lap(start: Date(timeIntervalSince1970: 0), elapsedSeconds: 0, distanceMeters: nil)])
    }
}
