import Foundation
import Planner
import RunImport
import RunModel
import TestSupport
import TrainingLog
import UseCases

/// Lives one simulated runner's weeks through the weekly loop exactly as docs/weekly-loop.md tells
/// a runner to: on the planning day import the runs done since, check in, review last week, make
/// the plan (through the use case the CLI calls, on an in-memory log); then live the days, doing
/// what the plan in force asks as the runner's behaviour allows. The checker sees every step.
struct LoopSimulation {
    let runner: SimulatedRunner
    private var rng: SplitMix64
    private let log: LogDatabase
    private var checker: LoopChecker
    /// Runs done but not imported yet.
    private var pending: [Run] = []
    /// The plan the runner last saw (remembered or not).
    private var planInForce: Plan?
    private var runNumber = 0
    /// `--goal` has been given (on the first planning day).
    private var goalGiven = false

    init(runner: SimulatedRunner) throws {
        self.runner = runner
        rng = SplitMix64(seed: runner.seed ^ 0x5EED)
        log = try LogDatabase.inMemory()
        checker = LoopChecker(runner: runner)
    }

    /// Runs the whole simulation and returns the violations found.
    static func violations(seed: UInt64) throws -> [LoopChecker.Violation] {
        var simulation = try LoopSimulation(runner: SimulatedRunner(seed: seed))
        try simulation.live()
        return simulation.checker.violations
    }

    private mutating func live() throws {
        for (day, km) in runner.history() {
            checker.ran(on: day, programmeWeek: nil)
            record(day: day, meters: km * 1000, seconds: km * 360)
        }
        let first = SimulatedRunner.firstMonday
        for offset in 0..<(7 * runner.weeks) {
            let day = first.adding(days: offset)
            let week = offset / 7
            let onBreak = runner.breakWeeks?.contains(week) ?? false
            if !onBreak, day.isoWeekday == runner.planningWeekday {
                try planningStep(on: day, week: week)
            } else if !onBreak, runner.replansMidWeek, week % 3 == 1, day.isoWeekday == 4, runner.planningWeekday < 4 {
                try planningStep(on: day, week: week)
            }
            try dailyCheckIn(on: day, week: week)
            if !onBreak { liveDay(day, week: week) }
        }
    }

    /// Import, check-in, review, plan: one planning day of the loop.
    private mutating func planningStep(on day: CalendarDay, week: Int) throws {
        // `runramp import`: the runs done since the last import.
        try importPending()
        // `runramp review` (last week), before the plan as the README's week does it.
        let runs = try log.countedRuns()
        let lastMonday = day.monday.adding(days: -7)
        let review = try LoopLog(log: log).review(
            weekStartingOn: lastMonday, today: day, units: .kilometers, runs: runs)
        let storedBefore = try log.storedPlans(madeOnOrBefore: day).count
        // `runramp plan [--back-pain …]`, to a file or to the terminal: the same request, remembered
        // either way (only `--dry-run` is not).
        let request = PlanRequest(
            today: day, options: PlanOptions(weekdays: runner.weekdays, longRunDay: .sun, weeks: 4),
            checkIn: planningCheckIn(on: day, week: week),
            goal: goalGiven ? .keep : runner.goalKilometers.map { .set(meters: $0 * 1000) } ?? .keep)
        goalGiven = true
        if let checkIn = request.checkIn { checker.checkedIn(checkIn) }
        let made = try PlanAndRemember.make(request, log: log, now: Date(timeIntervalSince1970: 0))
        let storedAfter = try log.storedPlans(madeOnOrBefore: day).count
        var again: Plan?
        if week % 4 == 3 {
            // The same command again on the same log and day, without remembering it.
            var dryRun = request
            dryRun.checkIn = nil
            dryRun.dryRun = true
            again = try PlanAndRemember.make(dryRun, log: log, now: Date(timeIntervalSince1970: 0)).plan
        }
        checker.check(
            LoopChecker.Step(
                day: day, plan: made.plan, review: review, planReview: made.lastWeek, runs: runs,
                wasRemembered: storedAfter == storedBefore + 1, shouldBeRemembered: true, sameCommandAgain: again))
        planInForce = made.plan
    }

    /// The check-in given with the plan: the episode's answer while it lasts.
    private func planningCheckIn(on day: CalendarDay, week: Int) -> CheckIn? {
        guard let pain = runner.pain, (pain.week..<(pain.week + pain.weeks)).contains(week) else { return nil }
        return CheckIn(day: day, backPain: pain.backPain, symptoms: pain.symptoms)
    }

    /// `runramp checkin` on the days after an episode: cleared on its first day (when the runner saw
    /// someone), else pain-free every day for a week.
    private mutating func dailyCheckIn(on day: CalendarDay, week: Int) throws {
        guard let pain = runner.pain, week == pain.week + pain.weeks else { return }
        let checkIn = CheckIn(day: day, backPain: .none, isCleared: pain.clearedAtEnd && day.isoWeekday == 1)
        try LoopLog(log: log).record(checkIn, now: Date(timeIntervalSince1970: 0))
        checker.checkedIn(checkIn)
    }

    /// The runner's day: the planned runs done as their behaviour does them, an extra run now and then.
    private mutating func liveDay(_ day: CalendarDay, week: Int) {
        guard let plan = planInForce else { return }
        checker.lived(day: day, plan: plan)
        if runner.behaviour == .missingWeeks, (runner.seed &+ UInt64(week)) % 6 == 0 { return }
        let sessions = plan.weeks.flatMap(\.days).first { $0.date == day }?.sessions ?? []
        var ran = false
        for session in sessions where session.kind.isRun {
            if runner.behaviour == .skipping, rng.next() % 3 == 0 { continue }
            ran = true
            checker.ran(on: day, programmeWeek: session.main.runWalkSet?.week)
            if let meters = session.distanceMeters {
                let factor = runner.behaviour == .loose ? 0.6 + Double(rng.next() % 71) / 100 : 1.0
                record(day: day, meters: (meters * factor).rounded(), seconds: meters * factor * 0.36)
            } else if case .runWalk(let set) = session.main {
                // The watch runs from the brisk walk on: 5 minutes of walking, then the run/walk set.
                let seconds = Double(300 + set.seconds)
                record(day: day, meters: (seconds * 1.9).rounded(), seconds: seconds)
            }
        }
        if !ran, runner.behaviour == .extra, plan.mode.allowsRunning, rng.next() % 7 == 0 {
            checker.ran(on: day, programmeWeek: nil)
            record(day: day, meters: 5000, seconds: 1800)
        }
    }

    private mutating func record(day: CalendarDay, meters: Double, seconds: Double) {
        runNumber += 1
        let id = "sim-\(runner.seed)-\(runNumber)"
        pending.append(
            Run(
                id: id, source: RunSource(path: "\(id).fit", format: .fit, contentHash: id), sport: .running,
                start: day.startDate.addingTimeInterval(7 * 3600), utcOffsetSeconds: 0, elapsedSeconds: seconds + 30,
                movingSeconds: seconds, distanceMeters: meters))
    }

    private mutating func importPending() throws {
        guard !pending.isEmpty else { return }
        let files = pending.map {
            IncomingFile(path: $0.source.path, contentHash: $0.source.contentHash, content: .run($0))
        }
        _ = try log.record(files, now: Date(timeIntervalSince1970: 0))
        pending = []
    }
}
