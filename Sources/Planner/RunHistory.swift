internal import Foundation
import RunModel

/// The running history as the planner sees it: one entry per counted run, by local date, up to `today`.
struct RunHistory: Sendable {
    /// A counted run reduced to what the rules use.
    struct Entry: Sendable, Hashable {
        var day: CalendarDay
        var meters: Double
        var seconds: Double
    }

    /// Counted runs (running sports, positive finite distance, on or before today), by date.
    let entries: [Entry]
    /// Activities of other sports on or before today.
    let otherActivities: Int
    let today: CalendarDay

    init(runs: [Run], today: CalendarDay) {
        var entries: [Entry] = []
        var others = 0
        entries.reserveCapacity(runs.count)
        for run in runs {
            let day = run.localDay
            guard day <= today else { continue }
            guard run.sport.isRunning else {
                others += 1
                continue
            }
            guard run.distanceMeters.isFinite, run.distanceMeters > 0 else { continue }
            let moving = run.movingSeconds.isFinite && run.movingSeconds > 0 ? run.movingSeconds : run.elapsedSeconds
            entries.append(Entry(day: day, meters: run.distanceMeters, seconds: moving.isFinite ? moving : 0))
        }
        entries.sort { $0.day < $1.day }
        self.entries = entries
        self.otherActivities = others
        self.today = today
    }

    /// Index of the first entry on or after `day` (binary search).
    func firstIndex(onOrAfter day: CalendarDay) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].day < day { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Entries with `from <= day < to`.
    func entries(from: CalendarDay, to: CalendarDay) -> ArraySlice<Entry> {
        let lower = firstIndex(onOrAfter: from)
        let upper = max(lower, firstIndex(onOrAfter: to))
        return entries[lower..<upper]
    }

    /// Total distance of the week starting on `monday`.
    func weekTotal(startingOn monday: CalendarDay) -> HistoryFigures.WeekTotal {
        let slice = entries(from: monday, to: monday.adding(days: 7))
        return HistoryFigures.WeekTotal(
            start: monday, meters: slice.reduce(0) { $0 + $1.meters },
            longestRunMeters: slice.map(\.meters).max() ?? 0, runs: slice.count,
            longestRunBeforeMeters: longestRun(before: monday)
        )
    }

    /// The days before a run whose longest run sets its single-run cap (L30's 30 days, docs/planning-rules.md);
    /// Couch-to-5K enters from the same days.
    static let capLookBackDays = 30

    /// L30(d): the longest run in the 30 days before `day`.
    func longestRun(before day: CalendarDay) -> Double {
        entries(from: day.adding(days: -Self.capLookBackDays), to: day).map(\.meters).max() ?? 0
    }

    /// P: the mean week of the four weeks up to and including the week of `lastRun`, the last run before a break.
    func weekAverageBeforeBreak(lastRun: CalendarDay) -> Double {
        (0..<4).map { weekTotal(startingOn: lastRun.monday.adding(days: -7 * $0)).meters }.reduce(0, +) / 4
    }

    /// The last counted run's date.
    var lastRunDay: CalendarDay? { entries.last?.day }

    /// Median seconds per kilometre of the entries, nil when none has a time.
    static func medianPace(_ slice: ArraySlice<Entry>) -> Double? {
        let paces = slice.compactMap { $0.seconds > 0 ? $0.seconds / ($0.meters / 1000) : nil }.sorted()
        guard !paces.isEmpty else { return nil }
        let mid = paces.count / 2
        return paces.count % 2 == 1 ? paces[mid] : (paces[mid - 1] + paces[mid]) / 2
    }

    /// Daily distances for the `count` days ending at `today` (oldest first).
    func dailyLoads(days count: Int) -> [Double] {
        let first = today.adding(days: 1 - count)
        var loads = [Double](repeating: 0, count: count)
        for entry in entries(from: first, to: today.adding(days: 1)) {
            loads[first.days(to: entry.day)] += entry.meters
        }
        return loads
    }

    /// The history figures (docs/planning-rules.md, "History figures" and "Reported, not used"), with L30 measured
    /// before `planStart`.
    func figures(planStart: CalendarDay) -> HistoryFigures {
        let thisMonday = today.monday
        let recent = (1...8).reversed().map { weekTotal(startingOn: thisMonday.adding(days: -7 * $0)) }
        let lastFour = recent.suffix(4).reversed().map(\.meters)
        let b4 = lastFour.reduce(0, +) / 4
        let gap = lastRunDay.map { $0.days(to: today) }
        let beforeBreak = lastRunDay.map(weekAverageBeforeBreak(lastRun:))
        var pace = RunHistory.medianPace(entries(from: today.adding(days: -55), to: today.adding(days: 1)))
        if pace == nil, let last = lastRunDay {
            pace = RunHistory.medianPace(entries(from: last.adding(days: -55), to: last.adding(days: 1)))
        }
        let (rolling, ewma) = loadRatios()
        let w1 = lastFour[0]
        let w2 = lastFour[1]
        return HistoryFigures(
            lastFourWeeksMeters: Array(lastFour), averageWeekMeters: b4,
            longestRecentRunMeters: longestRun(before: planStart),
            daysSinceLastRun: gap, lastRunDate: lastRunDay, weekAverageBeforeBreakMeters: beforeBreak,
            medianPaceSecondsPerKilometer: pace, planningPaceSecondsPerKilometer: RunHistory.sanePace(pace),
            acuteChronicRatio: rolling, acuteChronicRatioEWMA: ewma,
            weekOverWeekChange: w2 > 0 ? w1 / w2 - 1 : nil, recentWeeks: recent,
            runsCounted: entries.count, otherActivities: otherActivities,
            longestRunBeforeBreakMeters: lastRunDay.map { longestRun(before: $0.adding(days: 1)) },
            currentWeek: weekTotal(startingOn: thisMonday)
        )
    }

    /// The pace used for event lengths: the median when plausible (2:30–15:00 per km), else 7:00/km.
    static func sanePace(_ pace: Double?) -> Double {
        guard let pace, pace >= 150, pace <= 900 else { return 420 }
        return pace
    }

    /// Acute:chronic ratios (reported, never used to decide): rolling 7-day sum over the 28-day weekly mean, and the EWMA version.
    func loadRatios() -> (rolling: Double?, ewma: Double?) {
        let span = 366
        let loads = dailyLoads(days: span)
        let acute = loads.suffix(7).reduce(0, +)
        let chronic = loads.suffix(28).reduce(0, +) / 4
        let rolling = chronic > 0 ? acute / chronic : nil
        let acuteLambda = 2.0 / 8.0
        let chronicLambda = 2.0 / 29.0
        var acuteEWMA = 0.0
        var chronicEWMA = 0.0
        for load in loads {
            acuteEWMA = acuteLambda * load + (1 - acuteLambda) * acuteEWMA
            chronicEWMA = chronicLambda * load + (1 - chronicLambda) * chronicEWMA
        }
        return (rolling, chronicEWMA > 1e-9 ? acuteEWMA / chronicEWMA : nil)
    }
    /// The longest continuous run, in seconds at `pace`, of the 30 days before `day` (Couch-to-5K enters from those
    /// runs only: an older base does not say what the runner can do today). 0 without runs there.
    /// A run on a day of `runWalkSessions` (a Couch-to-5K session a plan had) counts as its longest running block.
    func longestContinuousRunSeconds(
        before day: CalendarDay, pace: Double, runWalkSessions: [CalendarDay: RememberedRunWalk] = [:]
    ) -> Double {
        entries(from: day.adding(days: -Self.capLookBackDays), to: day).map { entry in
            let seconds = entry.meters / 1000 * pace
            return runWalkSessions[entry.day].map { min(seconds, Double($0.longestRunSeconds)) } ?? seconds
        }.max() ?? 0
    }
}
