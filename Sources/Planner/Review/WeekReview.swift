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

    /// What the week changes in the next plan.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// No plan was stored for the week: the next plan is made from the runs alone.
        case noPlan = "no_plan"
        /// Done as planned: the next weeks keep (at least) the planned targets.
        case asPlanned = "as_planned"
        /// Less than planned: the next plan is made from what was done.
        case belowPlan = "below_plan"
        /// The plan held no runs that week (paused, or back care only).
        case noRunsPlanned = "no_runs_planned"
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
    /// The stored plan's target and long run for the week after (nil when it has none).
    public var nextTargetMeters: Double?
    public var nextLongRunMeters: Double?

    /// True when the longest run was longer than the cap allowed.
    public var isOverCap: Bool { runCapMeters.map { longestRunMeters > $0 + 0.5 } ?? false }
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
        let next = plan?.week(startingOn: weekStart.adding(days: 7))
        self.nextTargetMeters = next?.targetMeters
        self.nextLongRunMeters = next?.longestRunMeters
        guard let week else {
            self.outcome = .noPlan
            return
        }
        guard week.sessions.contains(where: \.kind.isRun) else {
            self.outcome = .noRunsPlanned
            return
        }
        let onPlan =
            doneMeters >= PlanContinuation.doneShare * week.plannedMeters
            && longestRunMeters >= PlanContinuation.doneShare * week.longestRunMeters
        self.outcome = onPlan ? .asPlanned : .belowPlan
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
