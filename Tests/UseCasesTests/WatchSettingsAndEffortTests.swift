import Foundation
import Render
import RunAnalysis
import RunImport
import RunModel
import TestSupport
import Testing
import TrainingLog
import UseCases

/// The watch's heart-rate settings from a real FIT file as anchors (after the runner's own), the
/// efforts given with `checkin --rpe` / `add --rpe` as the load of runs without heart rate, and the
/// TRIMP constants setting — through the log, in-process.
@Suite struct WatchSettingsAndEffortTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test(.enabled(if: sharedCorpus(containing: "fit") != nil, "needs ../shared/corpus"))
    func aWatchFilesSettingsAreTheAnchorsAfterTheRunners() async throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        let fit = try #require(sharedCorpus(containing: "fit")).appendingPathComponent(
            "fit/fitparse__garmin-fenix-5-run.fit")
        _ = try await Importer(known: []).run(paths: [fit.path]) { try await log.record($0) }
        let today = CalendarDay(year: 2017, month: 6, day: 20)!
        let runDay = CalendarDay(year: 2017, month: 6, day: 11)!
        // Stored with the run and read back: 183 / 47 / 164 and the zones, as fitdecode reads them.
        let stored = try #require(try log.allRuns().first)
        #expect(
            stored.watchHeartRate
                == WatchHeartRateSettings(
                    maximum: 183, resting: 47, threshold: 164, zoneHighBoundaries: [107, 131, 146, 156, 164, 182]))
        let fromWatch = try HeartRateSettingsUseCase.current(log: log, today: today)
        #expect(fromWatch.maximum == HeartRateAnchor(bpm: 183, source: .file, date: runDay.startDate, file: fit.path))
        #expect(fromWatch.resting?.bpm == 47 && fromWatch.threshold?.bpm == 164)
        #expect(abs((fromWatch.easyCeiling?.bpm ?? 0) - 0.89 * 164) < 1e-9)
        #expect(
            WhyMarkdown.anchorsLine(fromWatch, markdown: false).hasPrefix(
                "maximum 183 bpm (from your watch's settings in fitparse__garmin-fenix-5-run.fit, 2017-06-11), "
                    + "resting 47 bpm (from your watch's settings in fitparse__garmin-fenix-5-run.fit, 2017-06-11)"))
        // In Markdown the file's name is escaped.
        #expect(WhyMarkdown.anchorsLine(fromWatch).contains("in fitparse\\_\\_garmin-fenix-5-run.fit, 2017-06-11"))
        // The day before the run, the file says nothing yet: only the estimate from runs up to then.
        let before = try HeartRateSettingsUseCase.current(log: log, today: runDay.adding(days: -1))
        #expect(before.maximum == nil && before.resting == nil)
        // The runner's own value wins for its kind; the others stay the watch's.
        let set = try HeartRateSettingsUseCase.record(
            maximum: 190, resting: nil, threshold: nil, log: log, today: today, now: now)
        #expect(set.maximum?.source == .runner && set.resting?.source == .file && set.threshold?.source == .file)
        // runs --json: the anchors with their file and day.
        let measured = try LogFigures.read(log, today: today)
        let json = try JSONOutput.document(
            listing: measured.runs.map {
                RunWithFigures(run: $0, figures: measured.figures[$0.id], anchors: measured.anchors)
            }, under: "runs", schema: JSONSchema("runs", version: 1), omitting: ["samples"])
        #expect(json.contains("\"source\" : \"file\""))
        #expect(json.contains("\"file\" : \"\(fit.path)\""))
        #expect(json.contains("\"zone_high_boundaries\" : ["))
        #expect(json.contains("\"rpe\" : null") && json.contains("\"load\" : "))
    }

    @Test func aHostileFileNameCannotForgeMarkdownOrATerminalLine() {
        let name = "/runs/[click](x) <b>\n\u{1B}[2J**bold**.fit"
        let day = CalendarDay(year: 2026, month: 11, day: 18)!
        let anchors = HeartRateAnchors(
            maximum: HeartRateAnchor(bpm: 183, source: .file, date: day.startDate, file: name))
        let markdown = WhyMarkdown.anchorsLine(anchors)
        #expect(
            markdown.hasPrefix(
                "maximum 183 bpm (from your watch's settings in \\[click\\](x) &lt;b&gt; \\[2J\\*\\*bold\\*\\*.fit, 2026-11-18)"
            ),
            "\(markdown)")
        let terminal = WhyMarkdown.anchorsLine(anchors, markdown: false)
        #expect(!terminal.contains("\n") && !terminal.unicodeScalars.contains { $0.value == 0x1B }, "\(terminal)")
        #expect(terminal.hasPrefix("maximum 183 bpm (from your watch's settings in [click](x) <b> [2J**bold**.fit, "))
    }

    @Test func anEffortIsTheLoadOfARunWithoutHeartRate() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        let day = CalendarDay(year: 2026, month: 11, day: 18)!
        func typed(_ id: String, hour: Double, minutes: Double) -> IncomingFile {
            let run = Run(
                id: id, source: RunSource(path: "runramp add", format: .manual, contentHash: "hash-\(id)"),
                sport: .running, start: day.startDate.addingTimeInterval(hour * 3_600), elapsedSeconds: minutes * 60,
                movingSeconds: minutes * 60, distanceMeters: minutes * 160)
            return IncomingFile(path: "runramp add", contentHash: "hash-\(id)", content: .run(run))
        }
        _ = try log.record([typed("morning", hour: 7, minutes: 30), typed("evening", hour: 18, minutes: 45)])
        #expect(throws: SessionEffortUseCase.InvalidEffort.self) {
            try SessionEffortUseCase.record(rpe: 11, day: day, log: log, now: now)
        }
        #expect(try log.sessionEfforts().isEmpty)
        // checkin --rpe: the day's last run; add --rpe: its own run. Then a newer effort for the evening.
        let dayEffort = try SessionEffortUseCase.record(rpe: 6, day: day, log: log, now: now)
        #expect(try SessionEffortUseCase.target(of: dayEffort, log: log)?.id == "evening")
        try SessionEffortUseCase.record(rpe: 3, day: day, runID: "morning", log: log, now: now)
        var figures = try LogFigures.read(log, today: day).figures
        #expect(figures["morning"]?.rpe == 3 && figures["morning"]?.load == 90)
        #expect(figures["evening"]?.rpe == 6 && figures["evening"]?.sessionRPELoad == 270)
        try SessionEffortUseCase.record(rpe: 8, day: day, runID: "evening", log: log, now: now)
        figures = try LogFigures.read(log, today: day).figures
        #expect(figures["evening"]?.load == 360)
        // An effort for a day without runs waits for that day's run.
        let later = try SessionEffortUseCase.record(rpe: 5, day: day.adding(days: 1), log: log, now: now)
        #expect(try SessionEffortUseCase.target(of: later, log: log) == nil)
        // why: the week's load is the efforts' (no heart rate anywhere).
        let report = try WhyUseCase.report(log: log, today: day.adding(days: 1), weeks: 2)
        #expect(report.weeks.last?.trimp == nil && report.weeks.last?.load == 90 + 360)
    }

    @Test func effortsBelongToTheirRunOrTheLastRunOfTheirDay() {
        let day = CalendarDay(year: 2026, month: 11, day: 18)!
        func run(_ id: String, hour: Double) -> Run {
            Run(
                id: id, source: RunSource(path: "\(id).gpx", format: .gpx, contentHash: id), sport: .running,
                start: day.startDate.addingTimeInterval(hour * 3_600), elapsedSeconds: 1_800, movingSeconds: 1_800,
                distanceMeters: 5_000)
        }
        let runs = [run("late", hour: 19), run("early", hour: 6)]
        func effort(_ id: Int64, _ rpe: Int, runID: String? = nil, on effortDay: CalendarDay = day)
            -> SessionEffortRecord
        {
            SessionEffortRecord(id: id, day: effortDay, runID: runID, rpe: rpe, recordedAt: now)
        }
        #expect(SessionEfforts.byRun([effort(1, 5)], runs: runs) == ["late": 5])
        #expect(
            SessionEfforts.byRun([effort(1, 5), effort(2, 2, runID: "early")], runs: runs) == ["late": 5, "early": 2])
        // A run replaced by a richer copy: its effort goes to the last run of its day.
        #expect(SessionEfforts.byRun([effort(1, 4, runID: "gone")], runs: runs) == ["late": 4])
        // The one recorded last wins, whatever order the list is in.
        #expect(SessionEfforts.byRun([effort(9, 7), effort(3, 2)], runs: runs) == ["late": 7])
        #expect(SessionEfforts.byRun([effort(1, 5, on: day.adding(days: 1))], runs: runs).isEmpty)
        // A ride after the day's run: the effort is the run's.
        var ride = run("ride", hour: 21)
        ride.sport = .cycling
        #expect(SessionEfforts.byRun([effort(1, 6)], runs: runs + [ride]) == ["late": 6])
        #expect(SessionEfforts.byRun([effort(1, 6)], runs: [ride]) == ["ride": 6])
    }

    @Test func theTRIMPConstantsAreStoredAndUsed() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        let today = CalendarDay(year: 2026, month: 11, day: 24)!
        #expect(try HeartRateSettingsUseCase.current(log: log, today: today).constants == .standard)
        #expect(HeartRateSettingsUseCase.trimpConstants(named: "Female") == .alternative)
        #expect(HeartRateSettingsUseCase.trimpConstants(named: "male") == .standard)
        #expect(HeartRateSettingsUseCase.trimpConstants(named: "both") == nil)
        let chosen = try HeartRateSettingsUseCase.record(
            maximum: 190, resting: 50, threshold: nil, constants: .alternative, log: log, today: today, now: now)
        #expect(chosen.constants == .alternative)
        #expect(try log.currentTRIMPConstants()?.constants == .alternative)
        #expect(WhyMarkdown.anchorsLine(chosen).hasSuffix("TRIMP constants 0.86 and 1.67 (your choice)"))
        _ = try HeartRateSettingsUseCase.record(
            maximum: nil, resting: nil, threshold: nil, constants: .standard, log: log, today: today.adding(days: 1),
            now: now)
        #expect(try HeartRateSettingsUseCase.current(log: log, today: today).constants == .standard)
    }
}
