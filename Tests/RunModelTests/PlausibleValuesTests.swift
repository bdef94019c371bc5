import Foundation
import RunModel
import Testing

/// `PlausibleValues.check` on every figure of a run set to each hostile value: refused, dropped or
/// kept, never a trap, and whatever it keeps is inside the bounds and safe to turn into days and text.
@Suite struct PlausibleValuesTests {
    static let hostile: [Double] = [
        1e300, -1e300, .nan, .infinity, -.infinity, -1, 1e20, -1e20, .greatestFiniteMagnitude, 9.3e18, -9.3e18, 0,
    ]

    static func run() -> Run {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        return Run(
            id: "r", source: RunSource(path: "r.gpx", format: .gpx, contentHash: "h"), sport: .running, start: start,
            utcOffsetSeconds: 3_600, elapsedSeconds: 1_900, movingSeconds: 1_800, distanceMeters: 5_000,
            elevationGainMeters: 40, elevationLossMeters: 38, averageHeartRate: 150, maxHeartRate: 171,
            averageCadence: 86,
            laps: [Lap(start: start, elapsedSeconds: 1_900, distanceMeters: 5_000)],
            samples: [
                Sample(
                    time: start, latitude: 47, longitude: 8, elevationMeters: 400, heartRate: 150, cadence: 86,
                    distanceMeters: 0)
            ])
    }

    /// Each field of a run, with how to set it to a value.
    static let fields: [(String, @Sendable (inout Run, Double) -> Void)] = [
        ("start", { $0.start = Date(timeIntervalSince1970: $1) }),
        ("elapsed", { $0.elapsedSeconds = $1 }),
        ("moving", { $0.movingSeconds = $1 }),
        ("distance", { $0.distanceMeters = $1 }),
        ("climb", { $0.elevationGainMeters = $1 }),
        ("descent", { $0.elevationLossMeters = $1 }),
        ("average heart rate", { $0.averageHeartRate = $1 }),
        ("maximum heart rate", { $0.maxHeartRate = $1 }),
        ("cadence", { $0.averageCadence = $1 }),
        ("lap start", { $0.laps[0].start = Date(timeIntervalSince1970: $1) }),
        ("lap time", { $0.laps[0].elapsedSeconds = $1 }),
        ("lap distance", { $0.laps[0].distanceMeters = $1 }),
        ("sample time", { $0.samples[0].time = Date(timeIntervalSince1970: $1) }),
        ("sample heart rate", { $0.samples[0].heartRate = $1 }),
        ("sample elevation", { $0.samples[0].elevationMeters = $1 }),
        ("sample cadence", { $0.samples[0].cadence = $1 }),
        ("sample distance", { $0.samples[0].distanceMeters = $1 }),
    ]

    @Test func everyHostileValueIsRefusedOrDroppedAndWhatIsKeptIsSafe() {
        var cases = 0
        for (name, set) in Self.fields {
            for value in Self.hostile {
                cases += 1
                var run = Self.run()
                set(&run, value)
                switch PlausibleValues.check(run) {
                case .implausible(let problem):
                    let reason = problem.description
                    #expect(!reason.isEmpty)
                    #expect(
                        ["start", "elapsed", "moving", "distance", "lap start", "lap time", "lap distance"].contains(
                            name), "\(name) \(value): \(reason)")
                case .plausible(let kept, _):
                    #expect(Self.isInsideTheBounds(kept), "\(name) = \(value) kept out of bounds")
                    // What every command does with a run's figures: no trap.
                    _ = CalendarDay(kept.start, utcOffsetSeconds: kept.utcOffsetSeconds ?? 0).components
                    _ = DurationText.clock(kept.movingSeconds)
                    _ = DurationText.pace(seconds: kept.movingSeconds, meters: kept.distanceMeters, unit: .kilometers)
                }
            }
        }
        #expect(cases == 204)
    }

    @Test func theExactReasonsAndNotes() {
        var run = Self.run()
        run.distanceMeters = 1e300
        #expect(PlausibleValues.check(run) == .implausible(.tooLarge(.distance, 1e300)))
        #expect("\(ImplausibleValue.tooLarge(.distance, 1e300))" == "distance 1e+300 m is more than 2000 km")
        run = Self.run()
        run.laps[0].elapsedSeconds = 1e300
        #expect(PlausibleValues.check(run) == .implausible(.lap(1, .tooLarge(.elapsedTime, 1e300))))
        #expect(
            "\(ImplausibleValue.lap(1, .tooLarge(.elapsedTime, 1e300)))"
                == "lap 1: elapsed time 1e+300 s is more than 30 days")
        run = Self.run()
        run.start = Date(timeIntervalSince1970: 1e300)
        #expect(PlausibleValues.check(run) == .implausible(.startTime(1e300)))
        #expect("\(ImplausibleValue.startTime(1e300))" == "start time 1e+300 s is not between 1900 and 2100")
        run = Self.run()
        run.averageHeartRate = 1e20
        run.samples[0].heartRate = 1e20
        run.utcOffsetSeconds = 90_000
        guard case .plausible(let kept, let notes) = PlausibleValues.check(run) else {
            Issue.record("a heart rate of 1e20 refused the run")
            return
        }
        #expect(kept.averageHeartRate == nil && kept.samples[0].heartRate == nil && kept.utcOffsetSeconds == nil)
        #expect(kept.maxHeartRate == 171 && kept.distanceMeters == 5_000)
        #expect(notes == [.utcOffset(90_000), .figure(.averageHeartRate, 1e20), .samples(.heartRates, count: 1)])
        #expect(
            notes.map(\.description) == [
                "UTC offset 90000 s dropped (more than 18 hours)",
                "average heart rate 1e+20 bpm dropped (outside 20–250)",
                "1 track point heart rates dropped (impossible values)",
            ])
        // A plausible run comes back unchanged, without notes.
        #expect(PlausibleValues.check(Self.run()) == .plausible(Self.run(), notes: []))
    }

    /// A name longer than any title is cut to its first 200 characters with a note, never emptied.
    @Test func aLongNameIsCutWithANote() {
        var run = Self.run()
        run.name = String(repeating: "Lauf ", count: 20_000)
        guard case .plausible(let kept, let notes) = PlausibleValues.check(run) else {
            Issue.record("a long name refused the run")
            return
        }
        #expect(kept.name == String(String(repeating: "Lauf ", count: 40).prefix(200)))
        #expect(notes == [.nameCut(200)])
        #expect(notes.map(\.description) == ["a name of more than 200 characters cut to its first 200"])
        run.name = String(repeating: "é", count: 200)
        #expect(PlausibleValues.check(run) == .plausible(run, notes: []))
    }

    /// A stored row's negative or non-finite total is damage (`checkStored`); a fresh run's is read as 0.
    @Test func aStoredNegativeTotalMakesTheRowUnusable() {
        var run = Self.run()
        run.distanceMeters = -5
        #expect(PlausibleValues.checkStored(run) == .implausible(.storedTotal(.distance, -5)))
        #expect("\(ImplausibleValue.storedTotal(.distance, -5))" == "distance -5.0 m is negative")
        guard case .plausible(let fresh, let notes) = PlausibleValues.check(run) else {
            Issue.record("a negative distance refused a fresh run")
            return
        }
        #expect(fresh.distanceMeters == 0 && notes == [.totalReadAsZero(.distance, -5)])
        #expect(notes.map(\.description) == ["distance -5.0 read as 0"])
        run = Self.run()
        run.elapsedSeconds = .infinity
        #expect(PlausibleValues.checkStored(run) == .implausible(.storedTotal(.elapsedTime, .infinity)))
        #expect("\(ImplausibleValue.storedTotal(.elapsedTime, .infinity))" == "elapsed time inf s is infinite")
        #expect("\(ImplausibleValue.storedTotal(.movingTime, .nan))" == "moving time nan s is not a number")
        #expect(PlausibleValues.checkStored(Self.run()) == .plausible(Self.run(), notes: []))
    }

    @Test func saturatingConversionNeverTraps() {
        #expect(Int(saturating: 1e300) == Int.saturationLimit)
        #expect(Int(saturating: -1e300) == -Int.saturationLimit)
        #expect(Int(saturating: .infinity) == Int.saturationLimit)
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: 42.9) == 42)
        #expect(Int(saturating: -42.9) == -42)
        #expect(Int(saturating: 9_007_199_254_740_991) == 9_007_199_254_740_991)
    }

    static func isInsideTheBounds(_ run: Run) -> Bool {
        func inside(_ value: Double?, _ range: ClosedRange<Double>) -> Bool { value.map(range.contains) ?? true }
        let b = PlausibleValues.self
        return b.startTime.contains(run.start.timeIntervalSince1970)
            && b.durationSeconds.contains(run.elapsedSeconds) && b.durationSeconds.contains(run.movingSeconds)
            && b.distanceMeters.contains(run.distanceMeters)
            && inside(run.elevationGainMeters, b.elevationChangeMeters)
            && inside(run.elevationLossMeters, b.elevationChangeMeters)
            && inside(run.averageHeartRate, b.heartRate) && inside(run.maxHeartRate, b.heartRate)
            && inside(run.averageCadence, b.cadence)
            && run.laps.allSatisfy {
                b.startTime.contains($0.start.timeIntervalSince1970) && b.durationSeconds.contains($0.elapsedSeconds)
                    && inside($0.distanceMeters, b.distanceMeters)
            }
            && run.samples.allSatisfy { sample in
                inside(sample.time?.timeIntervalSince1970, b.startTime) && inside(sample.heartRate, b.heartRate)
                    && inside(sample.cadence, b.cadence) && inside(sample.elevationMeters, b.elevationMeters)
                    && inside(sample.distanceMeters, b.distanceMeters)
            }
    }
}
