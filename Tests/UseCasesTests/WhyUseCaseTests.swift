import Foundation
import RunAnalysis
import RunImport
import RunModel
import TestSupport
import Testing
import TrainingLog
import UseCases

/// `runramp why` on SampleTracks (made by Scripts/make_sample_tracks.py to show every cause) and the
/// heart-rate settings, in-process on a temporary log.
@Suite struct WhyUseCaseTests {
    let today = CalendarDay(year: 2026, month: 11, day: 24)!

    func sampleLog(path: String) async throws -> LogDatabase {
        let log = try LogDatabase(path: path, access: .readWrite)
        _ = try await Importer(known: []).run(paths: [packageRoot.appendingPathComponent("SampleTracks").path]) {
            try await log.record($0)
        }
        return log
    }

    @Test func sampleTracksShowEveryCause() async throws {
        let folder = try TemporaryFolder()
        let log = try await sampleLog(path: folder.path("log.sqlite"))
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let anchors = try HeartRateSettingsUseCase.record(
            maximum: 188, resting: 52, threshold: nil, log: log, today: today, now: now)
        #expect(anchors.maximum == HeartRateAnchor(bpm: 188, source: .runner, date: today.startDate))
        #expect(abs((anchors.easyCeiling?.bpm ?? 0) - 147.2) < 1e-9)
        let report = try WhyUseCase.report(log: log, today: today, weeks: 8)
        let verdicts = Dictionary(uniqueKeysWithValues: report.causes.map { ($0.id, $0.verdict) })
        #expect(
            verdicts == [
                "weekly-load": .flagged, "single-run-spikes": .flagged, "rest-days": .clear, "easy-runs": .flagged,
                "step-rate": .clear, "late-step-rate": .flagged, "warm-up": .flagged, "pain-and-load": .unknown,
                "core-and-hamstrings": .unknown,
            ], "\(report.causes.map { "\($0.id): \($0.finding)" })")
        #expect(report.weeks.count == 8 && report.weeks.dropLast().allSatisfy { $0.trimp != nil })
        // Figures of one watch run: step rate 2 × (84 + fractional cadence) ≈ 169, running dynamics present.
        let figures = try LogFigures.read(log, today: today)
        let run = try #require(figures.runs.first { $0.start == Date(timeIntervalSince1970: 1_789_455_600) })
        let form = try #require(figures.figures[run.id]).form
        #expect(abs((form.stepRateSpm ?? 0) - 169) <= 1.5)
        #expect(form.groundContactMs != nil && form.verticalOscillationMm != nil && form.verticalRatioPercent != nil)
    }

    @Test func withoutSettingsTheMaximumIsEstimatedAndRestingIsNeverGuessed() async throws {
        let folder = try TemporaryFolder()
        let log = try await sampleLog(path: folder.path("log.sqlite"))
        let anchors = try HeartRateSettingsUseCase.current(log: log, today: today)
        #expect(anchors.maximum?.source == .estimated)
        #expect(anchors.resting == nil && anchors.threshold == nil)
        let report = try WhyUseCase.report(log: log, today: today, weeks: 8)
        #expect(report.weeks.allSatisfy { $0.trimp == nil })
    }

    @Test func settingsAreCheckedAndTheNewestWins() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(throws: HeartRateSettingsUseCase.InvalidSetting.implausible(option: "--max-hr", 300)) {
            try HeartRateSettingsUseCase.record(
                maximum: 300, resting: nil, threshold: nil, log: log, today: today, now: now)
        }
        #expect(
            HeartRateSettingsUseCase.InvalidSetting.implausible(option: "--max-hr", 300).description
                == "--max-hr 300.0: expected a heart rate between 25 and 240 bpm")
        #expect(throws: HeartRateSettingsUseCase.InvalidSetting.unknownConstants("both")) {
            try HeartRateSettingsUseCase.trimpConstants(option: "both")
        }
        #expect(try HeartRateSettingsUseCase.trimpConstants(option: nil) == nil)
        _ = try HeartRateSettingsUseCase.record(
            maximum: 190, resting: 50, threshold: nil, log: log, today: today, now: now)
        // The stored maximum (190) is below the new resting rate.
        #expect(throws: HeartRateSettingsUseCase.InvalidSetting.restingNotBelowMaximum(resting: 195, maximum: 190)) {
            try HeartRateSettingsUseCase.record(
                maximum: nil, resting: 195, threshold: nil, log: log, today: today, now: now)
        }
        #expect(
            HeartRateSettingsUseCase.InvalidSetting.restingNotBelowMaximum(resting: 195, maximum: 190).description
                == "resting heart rate 195 must be below the maximum 190")
        let later = try HeartRateSettingsUseCase.record(
            maximum: 186, resting: nil, threshold: 170, log: log, today: today.adding(days: 1), now: now)
        #expect(later.maximum?.bpm == 186 && later.resting?.bpm == 50 && later.threshold?.bpm == 170)
        #expect(try log.heartRateSettings().count == 4)
    }
}
