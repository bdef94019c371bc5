import Foundation
import Planner
import Render
import RunModel
import Testing
import TrainingLog
import UseCases

/// `runramp today` names the workout file the last `plan --workouts DIR` export wrote for the session
/// (docs/today.md): remembered with the plan, replaced by the next export, absent without one.
@Suite struct TodayWorkoutFileTests {
    static let today = CalendarDay("2026-11-23") ?? CalendarDay(daysSinceEpoch: 0)

    static func export(
        log: String, folder: String, weekdays: Set<Weekday> = [.mon, .wed, .fri, .sun], dryRun: Bool = false
    ) async throws -> (PlanMade, WorkoutExportSummary?) {
        var summary: WorkoutExportSummary?
        let request = PlanUseCase.Request(
            PlanRequest(today: today, options: PlanOptions(weekdays: weekdays, weeks: 2), dryRun: dryRun),
            asksJSON: true, workoutsFolder: folder, logPath: log)
        let made = try await PlanUseCase(request).run(
            importing: { _ in throw CancellationError() },
            tell: { if case .workoutsWritten(let written) = $0 { summary = written } })
        return (made, summary)
    }

    /// Today's answer on `day` as `runramp today` makes it from the log.
    static func answer(on day: CalendarDay, log path: String) throws -> DailySession {
        let log = try LogDatabase(path: path, access: .readOnly)
        return DailySessionUseCase.answer(
            on: day, plans: try LoopLog(log: log).plans(madeOnOrBefore: day), checkIns: [],
            workoutFile: try DailySessionUseCase.workoutFiles(on: day, log: log))
    }

    @Test func everyRunOfTheExportedPlanNamesItsFileAndOtherSessionsNone() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        let (made, summary) = try await Self.export(log: log, folder: folder.path("watch"))
        let workouts = PlanWorkouts.workouts(for: made.plan, calendarID: try LogDatabase(path: log).calendarID())
        #expect(summary?.workouts == workouts.count)
        #expect(!workouts.isEmpty)
        let watch = folder.url.appendingPathComponent("watch").standardizedFileURL
        var runsSeen = 0
        for dated in made.plan.datedSessions {
            let items = try Self.answer(on: dated.date, log: log).sessions
            let item = try #require(
                items.first { $0.planned.title == SessionText.title(dated.session, units: .kilometers) })
            if dated.session.kind.isRun {
                runsSeen += 1
                let name = try #require(workouts.first { $0.date == dated.date }?.fileName)
                #expect(item.workoutFile == watch.appendingPathComponent(name).path)
                #expect(FileManager.default.fileExists(atPath: try #require(item.workoutFile)))
            } else {
                #expect(item.workoutFile == nil, "\(dated.date) \(dated.session.kind)")
            }
        }
        #expect(runsSeen == workouts.count)
        // The text and the JSON carry it.
        let firstRun = try #require(workouts.first)
        let answer = try Self.answer(on: firstRun.date, log: log)
        #expect(DailySessionText.render(answer).contains("  Workout file: \(watch.path)/\(firstRun.fileName)\n"))
        #expect(
            try DailySessionJSON.render(answer).contains("\"workout_file\" : \"\(watch.path)/\(firstRun.fileName)\""))
    }

    @Test func aNewExportReplacesTheFilesAndADryRunLeavesThemAlone() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        let (first, _) = try await Self.export(log: log, folder: folder.path("a"))
        let firstRuns = first.plan.datedSessions.filter { $0.session.kind.isRun }.map(\.date)
        // Another export to another folder, run days changed: today follows the newer plan and folder.
        let (second, _) = try await Self.export(log: log, folder: folder.path("b"), weekdays: [.tue, .thu, .sat])
        let secondRuns = Set(second.plan.datedSessions.filter { $0.session.kind.isRun }.map(\.date))
        for day in firstRuns where !secondRuns.contains(day) {
            #expect(try Self.answer(on: day, log: log).sessions.allSatisfy { $0.workoutFile == nil }, "\(day)")
        }
        for day in secondRuns {
            let files = try Self.answer(on: day, log: log).sessions.compactMap(\.workoutFile)
            #expect(files.count == 1 && files.allSatisfy { $0.contains("/b/") }, "\(day)")
        }
        // A dry run writes the files but is not remembered: the log keeps the files of the plan it remembers.
        let (_, dry) = try await Self.export(log: log, folder: folder.path("c"), dryRun: true)
        #expect((dry?.workouts ?? 0) > 0)
        for day in secondRuns {
            #expect(
                try Self.answer(on: day, log: log).sessions.compactMap(\.workoutFile).allSatisfy { $0.contains("/b/") })
        }
    }

    @Test func withoutAnExportNoFileIsNamed() async throws {
        let folder = try TemporaryFolder()
        let log = folder.path("log.sqlite")
        let request = PlanUseCase.Request(
            PlanRequest(today: Self.today, options: PlanOptions(weeks: 1)), output: folder.path("plan.json"),
            asksJSON: true, logPath: log)
        let made = try await PlanUseCase(request).run(importing: { _ in throw CancellationError() }, tell: { _ in })
        let run = try #require(made.plan.datedSessions.first { $0.session.kind.isRun })
        let answer = try Self.answer(on: run.date, log: log)
        #expect(!answer.sessions.isEmpty)
        #expect(answer.sessions.allSatisfy { $0.workoutFile == nil })
    }
}
