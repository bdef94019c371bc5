import Foundation
import RunModel
import TestSupport
import Testing

@testable import RunAnalysis

/// The anchors' order (runner, watch files, estimate), the alternative TRIMP constants and the
/// session RPE load of runs without heart rate.
@Suite struct AnchorsAndEffortTests {
    let today = CalendarDay(year: 2026, month: 11, day: 24)!

    func file(_ day: CalendarDay, max: Double?, rest: Double?, lthr: Double?, name: String) throws
        -> AnchorChoice.FileAnchors
    {
        let settings = try #require(WatchHeartRateSettings(maximum: max, resting: rest, threshold: lthr))
        return AnchorChoice.FileAnchors(settings: settings, day: day, file: name)
    }

    @Test func theRunnerWinsThenTheNewestFileThenTheEstimate() throws {
        let older = try file(today.adding(days: -40), max: 183, rest: 47, lthr: 164, name: "/w/old.fit")
        let newer = try file(today.adding(days: -3), max: 186, rest: nil, lthr: nil, name: "/w/new.fit")
        let future = try file(today.adding(days: 2), max: 199, rest: 40, lthr: 170, name: "/w/later.fit")
        let peaks = [(day: today.adding(days: -10), bpm: 191.4)]
        let runnerRest = HeartRateAnchor(bpm: 52, source: .runner, date: today.startDate)
        let anchors = AnchorChoice.anchors(
            runner: (nil, runnerRest, nil), files: [older, future, newer], peaks: peaks, today: today)
        // Each kind on its own: the newest file holding it, never one dated after today.
        #expect(
            anchors.maximum
                == HeartRateAnchor(bpm: 186, source: .file, date: today.adding(days: -3).startDate, file: "/w/new.fit"))
        #expect(anchors.resting == runnerRest)
        #expect(
            anchors.threshold
                == HeartRateAnchor(
                    bpm: 164, source: .file, date: today.adding(days: -40).startDate, file: "/w/old.fit"))
        #expect(abs((anchors.easyCeiling?.bpm ?? 0) - 0.89 * 164) < 1e-9)
        // Without files, the estimate (rounded) stands for the maximum; resting is never estimated.
        let estimated = AnchorChoice.anchors(runner: (nil, nil, nil), files: [], peaks: peaks, today: today)
        #expect(estimated.maximum?.source == .estimated && estimated.maximum?.bpm == 191)
        #expect(estimated.resting == nil)
        // Of two files of one day, the later one in the list (the later run) wins.
        let sameDay = [
            try file(today, max: 180, rest: nil, lthr: nil, name: "a.fit"),
            try file(today, max: 181, rest: nil, lthr: nil, name: "b.fit"),
        ]
        #expect(
            AnchorChoice.anchors(runner: (nil, nil, nil), files: sameDay, peaks: [], today: today).maximum?.file
                == "b.fit")
    }

    @Test func alternativeConstantsHandCheck() {
        // 30 min at HRr 0.5: 30 × 0.5 × 0.86 × e^(1.67 × 0.5) = 29.73.
        let anchors = HeartRateAnchors(maximum: 190, resting: 50, constants: .alternative)
        let figures = RunFigures(
            samples: SampleStreams.steady(count: 1_801, heartRate: { _ in 120 }), isRunning: true, anchors: anchors)
        #expect(abs((figures.trimp ?? 0) - 29.73) < 0.01)
        #expect(abs(30 * 0.5 * 0.86 * exp(0.835) - 29.7321) < 1e-4)
    }

    @Test func effortIsTheLoadOnlyWithoutHeartRate() {
        let anchors = HeartRateAnchors(maximum: 190, resting: 50)
        var withoutHeartRate = RunFigures(
            samples: SampleStreams.steady(count: 1_801, heartRate: { _ in nil }), isRunning: true, anchors: anchors)
        withoutHeartRate.applyEffort(rpe: 6, movingSeconds: 1_800)
        #expect(withoutHeartRate.rpe == 6 && withoutHeartRate.trimp == nil)
        #expect(withoutHeartRate.sessionRPELoad == 180 && withoutHeartRate.load == 180)
        // A run typed by hand has no samples at all: effort × its moving minutes.
        var typed = RunFigures(samples: [], isRunning: true, anchors: anchors)
        typed.applyEffort(rpe: 4, movingSeconds: 2_700)
        #expect(typed.load == 180)
        // With heart rate the TRIMP is the load, the effort only noted.
        var measured = RunFigures(
            samples: SampleStreams.steady(count: 1_801, heartRate: { _ in 120 }), isRunning: true, anchors: anchors)
        measured.applyEffort(rpe: 9, movingSeconds: 1_800)
        #expect(measured.rpe == 9 && measured.sessionRPELoad == nil)
        #expect(abs((measured.load ?? 0) - 25.07) < 0.01)
        // Heart rate without a resting anchor: no TRIMP, and no effort load either (the rule).
        var noRest = RunFigures(
            samples: SampleStreams.steady(count: 1_801, heartRate: { _ in 120 }), isRunning: true,
            anchors: HeartRateAnchors(maximum: 190, resting: nil))
        noRest.applyEffort(rpe: 5, movingSeconds: 1_800)
        #expect(noRest.load == nil)
    }

    @Test func weeklyLoadAddsEffortsWhereNoTRIMPExists() {
        let monday = today.monday
        func run(_ id: String, _ day: CalendarDay, trimp: Bool, rpe: Int?) -> AnalyzedRun {
            var figures = RunFigures(
                samples: SampleStreams.steady(count: 1_801, heartRate: { _ in trimp ? 120 : nil }), isRunning: true,
                anchors: HeartRateAnchors(maximum: 190, resting: 50))
            if let rpe { figures.applyEffort(rpe: rpe, movingSeconds: 1_800) }
            return AnalyzedRun(id: id, day: day, distanceMeters: 5_000, movingSeconds: 1_800, figures: figures)
        }
        let weeks = WhyAnalysis.weekLoads(
            [run("a", monday, trimp: true, rpe: nil), run("b", monday.adding(days: 2), trimp: false, rpe: 5)],
            from: monday, weeks: 1)
        #expect(abs((weeks[0].trimp ?? 0) - 25.07) < 0.01)
        #expect(abs((weeks[0].load ?? 0) - (25.07 + 150)) < 0.01)
        #expect(weeks[0].loadIncludesEffort)
    }
}
