import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunAnalysis

@Suite struct RunFiguresTests {
    let anchors = HeartRateAnchors(maximum: 190, resting: 50)

    @Test func trimpHandCheckIsThirtyMinutesAtHalfReserve() {
        // 30 min × 0.5 × 0.64 × e^0.96 = 25.07
        let value = RunFigures.trimp(minutes: 30, reserve: 0.5, .standard)
        #expect(abs(value - 25.07) < 0.01)
        // The same half hour as 1 Hz samples at HR 120 (HRr = 70/140 = 0.5).
        let figures = RunFigures(
            samples: SampleStreams.steady(count: 1_801, heartRate: { _ in 120 }), isRunning: true, anchors: anchors)
        #expect(abs((figures.trimp ?? 0) - 25.07) < 0.01)
        #expect(abs(RunFigures.trimp(minutes: 30, reserve: 0.5, .alternative) - 30 * 0.5 * 0.86 * exp(0.835)) < 1e-9)
    }

    @Test func pausesCountAtMostTenSeconds() {
        // 600 s of samples, a 50-minute pause, 600 s more: 1 198 s of 1 s intervals plus one capped at 10 s.
        let before = SampleStreams.steady(count: 600)
        let after = SampleStreams.steady(count: 600, startOffset: 599 + 3_000)
        let figures = RunFigures(samples: before + after, isRunning: true, anchors: anchors)
        #expect(figures.activeSeconds == 599 + 10 + 599)
        #expect(figures.cleanHeartRateSeconds == 1_208)
    }

    @Test func cadenceLockOfAMinuteIsDroppedAndShorterStretchesKept() {
        // Step rate 170 (cadence 85); heart rate 171 for samples 100…199 (99 s, locked), 300…330 (30 s, kept).
        let samples = SampleStreams.steady(
            count: 1_000, heartRate: { (100...199).contains($0) || (300...330).contains($0) ? 171 : 140 })
        let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
        #expect(figures.cleanHeartRateSeconds == 999 - 100)
        // Not running: cadence is no step rate, nothing is dropped.
        let cycling = RunFigures(samples: samples, isRunning: false, anchors: anchors)
        #expect(cycling.cleanHeartRateSeconds == 999)
    }

    @Test func implausibleHeartRatesAreNotClean() {
        let samples = SampleStreams.steady(count: 101, heartRate: { $0 % 2 == 0 ? 30 : 230 })
        let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
        #expect(figures.cleanHeartRateSeconds == 0)
        #expect(figures.trimp == nil)
        #expect(figures.shareAboveEasy == nil)
        #expect(figures.notEasy == nil)
    }

    @Test func theFirstTenMinutesAreLeftOutOfTheShareAboveEasy() throws {
        // Ceiling 50 + 0.7 × 140 = 148. Hard (175) for the first 10 minutes, then 30 min at 140 with 6 min at 160.
        let samples = SampleStreams.steady(
            count: 2_401,
            heartRate: { index in index <= 600 ? 175 : (index > 2_040 ? 160 : 140) })
        let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
        #expect(figures.easyCeilingBpm == 148)
        let share = try #require(figures.shareAboveEasy)
        #expect(abs(share - 360.0 / 1_800.0) < 1e-9)
        #expect(figures.notEasy == false)  // 20 % is not above 20 %
        let harder = RunFigures(
            samples: SampleStreams.steady(count: 2_401, heartRate: { $0 > 2_000 ? 160 : 140 }), isRunning: true,
            anchors: anchors)
        #expect(harder.notEasy == true)
    }

    @Test func shortRunsCannotSayWhetherTheyWereEasy() {
        let samples = SampleStreams.steady(count: 1_100, heartRate: { _ in 175 })
        let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
        #expect(figures.shareAboveEasy == 1)
        #expect(figures.notEasy == nil)
    }

    @Test func easyCeilingRulesInOrder() {
        #expect(HeartRateAnchors(maximum: 190, resting: 50, threshold: 170).easyCeiling?.bpm == 0.89 * 170)
        #expect(HeartRateAnchors(maximum: 190, resting: 50).easyCeiling?.rule == .reserve)
        #expect(HeartRateAnchors(maximum: 190, resting: nil).easyCeiling?.bpm == 152)
        #expect(HeartRateAnchors(maximum: nil, resting: 50).easyCeiling == nil)
        let none = RunFigures(samples: SampleStreams.steady(count: 2_000), isRunning: true, anchors: .init())
        #expect(none.easyCeilingBpm == nil && none.shareAboveEasy == nil && none.trimp == nil)
        #expect(none.cleanHeartRateSeconds == 1_999)
    }

    @Test func stepRateIsTwiceCadencePlusFractionOverMovingSamples() {
        var samples = SampleStreams.steady(count: 301, cadence: { $0 < 200 ? 85 : 80 }, speed: { $0 < 100 ? 0.5 : 3 })
        for index in samples.indices { samples[index].fractionalCadence = 0.5 }
        let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
        // Moving: 100…300 (201 samples), 100 at 171, 101 at 161 → median 161.
        #expect(figures.form.stepRateSpm == 161)
        #expect(figures.firstThird.stepRateSpm == 171)
        #expect(figures.lastThird.stepRateSpm == 161)
        // Without speed in the file, a step rate above 0 is moving.
        let noSpeed = SampleStreams.steady(count: 5, cadence: { [0, 90, 90, 80, 0][$0] }, speed: { _ in nil })
        #expect(RunFigures(samples: noSpeed, isRunning: true, anchors: anchors).form.stepRateSpm == 180)
        #expect(RunFigures(samples: noSpeed, isRunning: false, anchors: anchors).form.stepRateSpm == nil)
    }

    @Test func runningDynamicsMediansAndMissingDataStayNil() {
        var samples = SampleStreams.steady(count: 4)
        for index in samples.indices {
            samples[index].groundContactMs = [250, 240, 0, 230][index]
            samples[index].verticalOscillationMm = 80
        }
        let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
        #expect(figures.form.groundContactMs == 240)
        #expect(figures.form.verticalOscillationMm == 80)
        #expect(figures.form.verticalRatioPercent == nil)
        let bare = RunFigures(samples: [Sample(), Sample(heartRate: 150)], isRunning: true, anchors: anchors)
        #expect(bare.form.isEmpty && bare.activeSeconds == 0 && bare.trimp == nil && bare.warmUp == nil)
    }

    @Test func warmUpComparesTheFirstTenMinutesWithTheRest() throws {
        let easyStart = SampleStreams.steady(count: 1_801, speed: { $0 < 600 ? 2.5 : 3 })
        let warm = try #require(RunFigures(samples: easyStart, isRunning: true, anchors: anchors).warmUp)
        #expect(abs((warm.firstSpeedMetersPerSecond ?? 0) - 2.5) < 0.01)
        #expect(warm.startedAtFullPace == false)
        let flat = try #require(
            RunFigures(samples: SampleStreams.steady(count: 1_801), isRunning: true, anchors: anchors).warmUp)
        #expect(flat.startedAtFullPace == true)
        #expect(
            RunFigures(samples: SampleStreams.steady(count: 1_000), isRunning: true, anchors: anchors).warmUp == nil)
    }

    @Test func peakHeartRateIsTheBestThirtySecondMean() {
        let samples = SampleStreams.steady(count: 600, heartRate: { (300..<330).contains($0) ? 185 : 150 })
        let figures = RunFigures(samples: samples, isRunning: false, anchors: anchors)
        #expect(figures.peakHeartRate30s == 185)
    }

    @Test func figuresNeverTrapOnGeneratedStreams() {
        for seed in UInt64(1)...40 {
            var random = SplitMix64(seed: seed)
            let samples = (0..<Int.random(in: 0...400, using: &random)).map { _ in
                Sample(
                    time: Bool.random(using: &random)
                        ? SampleStreams.start.addingTimeInterval(Double.random(in: -50...5_000, using: &random)) : nil,
                    heartRate: Bool.random(using: &random) ? Double.random(in: -10...300, using: &random) : nil,
                    cadence: Bool.random(using: &random) ? Double.random(in: 0...120, using: &random) : nil,
                    speedMetersPerSecond: Bool.random(using: &random) ? Double.random(in: 0...8, using: &random) : nil)
            }
            let figures = RunFigures(samples: samples, isRunning: true, anchors: anchors)
            if let share = figures.shareAboveEasy { #expect((0...1).contains(share), "seed \(seed)") }
            #expect(figures.cleanHeartRateSeconds <= figures.activeSeconds, "seed \(seed)")
            #expect((figures.trimp ?? 0) >= 0, "seed \(seed)")
        }
    }
}
