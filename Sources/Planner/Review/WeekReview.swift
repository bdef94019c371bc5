public import RunModel

/// How one week went against the plan stored for it (docs/weekly-loop.md, "Review"): each planned
/// run beside the run that fulfilled it, missed runs and extra runs, planned against done
/// distance, the longest run against the single-run cap, and what that means for the next weeks.
public struct WeekReview: Sendable, Hashable, Codable {
    /// A run done in the week (counted runs only).
    public struct DoneRun: Sendable, Hashable, Codable {
        public var id: String
        public var day: CalendarDay
        public var meters: Double
        public var seconds: Double
    }

    /// One line of the review.
    public struct Line: Sendable, Hashable, Codable {
        public enum Status: String, Sendable, Hashable, Codable {
            /// A run on (or a day beside) the planned day with at least 95 % of the distance.
            case done
            /// A run was done for the session but it was more than 5 % short.
            case short
            /// No run for the session.
            case missed
            /// A run no planned session asked for.
            case extra
        }

        public var status: Status
        public var planned: PlanRecord.PlannedSession?
        public var run: DoneRun?
    }

    /// The verdict on the week (docs/weekly-loop.md, "Review"), from what was done against what was
    /// planned: distance, or minutes for a time-based (Couch-to-5K) week.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// No plan was stored for the week: the next plan is made from the runs alone.
        case noPlan = "no_plan"
        /// Within ±10 % of the planned amount and no run over the single-run cap.
        case asPlanned = "as_planned"
        /// Less than 90 % of the planned amount.
        case belowPlan = "below_plan"
        /// More than 110 % of the planned amount, or a run over the single-run cap.
        case abovePlan = "above_plan"
        /// Runs were planned and nothing was done.
        case missed
        /// The plan held no runs that week (paused, or back care only).
        case noRunsPlanned = "no_runs_planned"
    }

    /// The share of the planned amount within which a week is done as planned (±10 %).
    public static let asPlannedTolerance = 0.10

    /// The days before a run whose longest run sets its single-run cap (L30, docs/planning-rules.md).
    public static let capLookBackDays = RunHistory.capLookBackDays

    /// The local days whose counted runs a review of the week starting on `weekStart` depends on: the
    /// week and the `capLookBackDays` before it (each run's cap). Runs on other days leave the review as
    /// it is, so a caller may pass only these (the log's read for `runramp review`).
    public static func daysRead(weekStartingOn weekStart: CalendarDay) -> Range<CalendarDay> {
        weekStart.adding(days: -capLookBackDays)..<weekStart.adding(days: 7)
    }

    public var weekStart: CalendarDay
    /// The day the plan reviewed was made (nil: no plan covered the week).
    public var planMadeOn: CalendarDay?
    public var units: DistanceUnit
    public var lines: [Line]
    public var targetMeters: Double
    /// The planned runs' total.
    public var plannedMeters: Double
    /// Every counted run of the week, extras included.
    public var doneMeters: Double
    public var longestRunMeters: Double
    /// 1.10 × the longest run of the 30 days before the week's longest run (nil: none before it).
    public var runCapMeters: Double?
    public var outcome: Outcome
    /// The week after in the plan made the day of the review (its planned total and longest run);
    /// nil when no plan was made with the review, or that plan holds no running that week.
    public var nextTargetMeters: Double?
    public var nextLongRunMeters: Double?
    /// True when the week's planned runs are time-based (Couch-to-5K): reviewed in minutes.
    public var isTimeBased: Bool = false
    /// The planned and the done minutes of a time-based week, in seconds (0 otherwise).
    public var plannedSeconds: Double = 0
    public var doneSeconds: Double = 0
    /// True when a run of the week was longer than 1.10 × the longest run of the 30 days before it
    /// (by distance; by moving time in a time-based week).
    public var isOverCap: Bool = false
    public var missedCount: Int { lines.filter { $0.status == .missed }.count }
    public var extraCount: Int { lines.filter { $0.status == .extra }.count }

    /// The review of the week starting on `weekStart`: `plans` are the stored plans (the latest one
    /// made before the week ended that covers it is the one reviewed), `runs` the counted runs.
    public init(weekStart: CalendarDay, plans: [PlanRecord], runs: [Run], units: DistanceUnit) {
        let weekEnd = weekStart.adding(days: 7)
        let plan = plans.last { $0.madeOn < weekEnd && $0.week(startingOn: weekStart) != nil }
        let week = plan?.week(startingOn: weekStart)
        let history = RunHistory(runs: runs, today: weekEnd)
        var done: [DoneRun] = []
        for run in runs where run.sport.isRunning && run.distanceMeters.isFinite && run.distanceMeters > 0 {
            let day = run.localDay
            guard day >= weekStart, day < weekEnd else { continue }
            done.append(DoneRun(id: run.id, day: day, meters: run.distanceMeters, seconds: run.movingSeconds))
        }
        done.sort { ($0.day, $0.id) < ($1.day, $1.id) }
        let (matches, extras) = SessionMatching.match(planned: week?.sessions ?? [], days: done.map(\.day))
        var lines = matches.map { match -> Line in
            guard let index = match.runIndex else { return Line(status: .missed, planned: match.planned, run: nil) }
            let run = done[index]
            let isShort = match.planned.distanceMeters.map { run.meters < PlanContinuation.doneShare * $0 } ?? false
            return Line(status: isShort ? .short : .done, planned: match.planned, run: run)
        }
        lines += extras.map { Line(status: .extra, planned: nil, run: done[$0]) }
        lines.sort { ($0.planned?.day ?? $0.run?.day ?? weekStart) < ($1.planned?.day ?? $1.run?.day ?? weekStart) }

        self.weekStart = weekStart
        self.planMadeOn = plan?.madeOn
        self.units = plan?.units ?? units
        self.lines = lines
        self.targetMeters = week?.targetMeters ?? 0
        self.plannedMeters = week?.sessions.compactMap(\.distanceMeters).reduce(0, +) ?? 0
        self.doneMeters = done.reduce(0) { $0 + $1.meters }
        let longest = done.max { $0.meters < $1.meters }
        self.longestRunMeters = longest?.meters ?? 0
        let before = longest.map { history.longestRun(before: $0.day) } ?? 0
        self.runCapMeters = before > 0 ? 1.10 * before : nil
        let plannedRuns = week?.sessions.filter(\.kind.isRun) ?? []
        let timeBased = !plannedRuns.isEmpty && plannedRuns.allSatisfy { $0.distanceMeters == nil }
        self.isTimeBased = timeBased
        self.plannedSeconds = timeBased ? Double(plannedRuns.map(\.durationSeconds).reduce(0, +)) : 0
        self.doneSeconds = timeBased ? done.reduce(0) { $0 + $1.seconds } : 0
        self.isOverCap = Self.hasRunOverCap(done, runs: runs, timeBased: timeBased)
        guard week != nil else {
            self.outcome = .noPlan
            return
        }
        guard !plannedRuns.isEmpty else {
            self.outcome = .noRunsPlanned
            return
        }
        guard !done.isEmpty else {
            self.outcome = .missed
            return
        }
        let planned = timeBased ? plannedSeconds : plannedMeters
        let amount = timeBased ? doneSeconds : doneMeters
        if isOverCap || amount > (1 + Self.asPlannedTolerance) * planned {
            self.outcome = .abovePlan
        } else {
            self.outcome = amount < (1 - Self.asPlannedTolerance) * planned ? .belowPlan : .asPlanned
        }
    }

    /// True when a run of `done` was longer than 1.10 × the longest counted run of the 30 days before
    /// its day (distance, or moving time when `timeBased`); a run with none before it is not capped.
    static func hasRunOverCap(_ done: [DoneRun], runs: [Run], timeBased: Bool) -> Bool {
        let counted = runs.filter { $0.sport.isRunning && $0.distanceMeters.isFinite && $0.distanceMeters > 0 }
            .map { (day: CalendarDay($0.localStart), meters: $0.distanceMeters, seconds: $0.movingSeconds) }
        return done.contains { run in
            let window = counted.filter { $0.day >= run.day.adding(days: -capLookBackDays) && $0.day < run.day }
            let base = window.map { timeBased ? $0.seconds : $0.meters }.max() ?? 0
            return base > 0 && (timeBased ? run.seconds : run.meters) > 1.10 * base + 0.5
        }
    }

    /// The review with the week after it as the plan made the same day gives it: its planned total
    /// (runs already done that week included) and longest run; none when that plan holds no running
    /// that week (docs/weekly-loop.md, "Review").
    public func namingNextWeek(from plan: Plan) -> WeekReview {
        var review = self
        let next = plan.weeks.first { $0.start == weekStart.adding(days: 7) }
        if plan.mode.allowsRunning, let next, next.plannedMeters > 0 {
            review.nextTargetMeters = next.plannedMeters + next.alreadyRunMeters
            review.nextLongRunMeters = next.longestRunMeters
        } else {
            review.nextTargetMeters = nil
            review.nextLongRunMeters = nil
        }
        return review
    }

    enum CodingKeys: String, CodingKey {
        case lines, units, outcome
        case weekStart = "week_start"
        case planMadeOn = "plan_made_on"
        case targetMeters = "target_meters"
        case plannedMeters = "planned_meters"
        case doneMeters = "done_meters"
        case longestRunMeters = "longest_run_meters"
        case runCapMeters = "run_cap_meters"
        case nextTargetMeters = "next_target_meters"
        case nextLongRunMeters = "next_long_run_meters"
    }
}
