import Foundation
import RunModel
import Testing

/// A fix kilometres away must not add kilometres; real speed must keep its points.
@Suite struct GPSSpikeFilterTests {
    let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    /// A loop of 8 km around a circle near 45° N 7° E at 5:00 /km (3.33 m/s), one fix per second,
    /// with elevation rising 1 m every 100 s.
    func loop(meters: Double = 8_000, speed: Double = 10.0 / 3, interval: Double = 1) -> [Sample] {
        let radius = meters / (2 * Double.pi)
        let count = Int((meters / speed / interval).rounded())
        return (0...count).map { i in
            let angle = 2 * Double.pi * Double(i) / Double(count)
            let north = radius * sin(angle)
            let east = radius * (1 - cos(angle))
            return Sample(
                time: t0.addingTimeInterval(Double(i) * interval), latitude: 45 + north / 111_195,
                longitude: 7 + east / (111_195 * cos(45 * Double.pi / 180)), elevationMeters: 400 + Double(i / 100))
        }
    }

    /// `samples` with the fix at each index moved `kilometres` north-east.
    func spiked(_ samples: [Sample], at indices: [Int], kilometres: Double = 5) -> [Sample] {
        var spiked = samples
        for index in indices {
            spiked[index].latitude = (spiked[index].latitude ?? 0) + kilometres * 1_000 / 111_195
            spiked[index].longitude = (spiked[index].longitude ?? 0) + kilometres * 1_000 / 111_195
            spiked[index].elevationMeters = 2_000
        }
        return spiked
    }

    @Test(arguments: [[1_200], [300, 1_500], [17, 900, 2_300], [1_000, 1_001, 1_002], [1]])
    func spikesAreDroppedAndTheDistanceIsTheCleanOne(indices: [Int]) {
        let clean = loop()
        let cleanDistance = TrackMetrics(samples: clean).pathDistanceMeters
        #expect(abs(cleanDistance - 8_000) < 1)
        let dirty = spiked(clean, at: indices)
        #expect(TrackMetrics(samples: dirty).pathDistanceMeters > 8_000 + 9_000)  // each spike adds ~2 × 7 km
        let result = GPSSpikeFilter.clean(dirty, sport: .running)
        #expect(result.dropped == indices.count)
        #expect(result.samples.count == clean.count)
        let metrics = TrackMetrics(samples: result.samples)
        #expect(abs(metrics.pathDistanceMeters - cleanDistance) < 3)
        #expect(metrics.elevationGainMeters == TrackMetrics(samples: clean).elevationGainMeters)
        #expect(indices.allSatisfy { result.samples[$0].latitude == nil && result.samples[$0].time == clean[$0].time })
        #expect(result.maximumSpeedKmh == 45)
    }

    @Test func aSpikeAsTheVeryFirstFixIsDroppedToo() {
        // The first fix is the one kilometres away: the following fixes agree with each other, so
        // after a few rejections the filter follows them and gives them back.
        let clean = loop()
        let result = GPSSpikeFilter.clean(spiked(clean, at: [0]), sport: .running)
        let distance = TrackMetrics(samples: result.samples).pathDistanceMeters
        // Only the first 3.3 m step is lost with the spike.
        #expect(abs(distance - TrackMetrics(samples: clean).pathDistanceMeters) < 5)
        #expect(result.dropped == 1)
        #expect(result.samples[0].latitude == nil)
        #expect(result.samples[1...].allSatisfy { $0.latitude != nil })
    }

    @Test func aSprinterAt36KilometresPerHourKeepsEveryPoint() {
        // 100 m in 10 s, one fix per second and one every 5 s.
        for interval in [1.0, 5.0] {
            let sprint = (0...Int(10 / interval)).map { i in
                Sample(
                    time: t0.addingTimeInterval(Double(i) * interval),
                    latitude: 45 + Double(i) * 10 * interval / 111_195, longitude: 7)
            }
            let result = GPSSpikeFilter.clean(sprint, sport: .track)
            #expect(result.dropped == 0)
            #expect(abs(TrackMetrics(samples: result.samples).pathDistanceMeters - 100) < 0.1)
        }
    }

    @Test func aBikeRideAt60KilometresPerHourDownhillKeepsEveryPoint() {
        // 10 km at 16.7 m/s, one fix every 10 s (smart recording), losing 1 m per second.
        let ride = loop(meters: 10_000, speed: 60 / 3.6, interval: 10).enumerated().map { i, sample in
            var sample = sample
            sample.elevationMeters = 1_500 - Double(i) * 10
            return sample
        }
        let result = GPSSpikeFilter.clean(ride, sport: .cycling)
        #expect(result.dropped == 0)
        #expect(result.samples == ride)
    }

    @Test func theLimitsPerSportAreDocumentedOnes() {
        #expect(GPSSpikeFilter.maximumSpeedKmh(for: .running) == 45)
        #expect(GPSSpikeFilter.maximumSpeedKmh(for: .walking) == 45)
        #expect(GPSSpikeFilter.maximumSpeedKmh(for: .cycling) == 130)
        #expect(GPSSpikeFilter.maximumSpeedKmh(for: nil) == 300)
        // A 1 km jump in 10 s is 360 km/h: too fast even for an unknown sport.
        let samples = [
            Sample(time: t0, latitude: 45, longitude: 7),
            Sample(time: t0.addingTimeInterval(10), latitude: 45 + 1_000 / 111_195, longitude: 7),
            Sample(time: t0.addingTimeInterval(20), latitude: 45 + 20 / 111_195, longitude: 7),
        ]
        #expect(GPSSpikeFilter.clean(samples, sport: nil).dropped == 1)
    }
}
