public import RunModel

/// Builds `runramp why`'s report: each cause of lower-back pain from running, read from the runs
/// (all running, oldest first, with history before the window), the back check-ins and the anchors.
/// Pure: the figures only advise; nothing here changes a plan.
public enum WhyAnalysis {
    /// A pattern is "3 of the last 5" runs that can say.
    static let patternOf = (count: 3, of: 5)

    public static func report(
        runs: [AnalyzedRun], checkIns: [CheckIn], anchors: HeartRateAnchors, today: CalendarDay, weeks: Int
    ) -> WhyReport {
        let weeks = max(2, weeks)
        let thisMonday = today.monday
        let firstMonday = thisMonday.adding(days: -7 * (weeks - 1))
        let sorted = runs.sorted { $0.day < $1.day }
        let window = sorted.filter { $0.day >= firstMonday && $0.day <= today }
        let loads = weekLoads(sorted, from: firstMonday, weeks: weeks)
        let context = Context(
            all: sorted, window: window, weeks: loads, firstMonday: firstMonday, today: today, anchors: anchors)
        let causes = [
            LoadCauses.weekly(context), LoadCauses.singleRuns(context), LoadCauses.restDays(context),
            IntensityCause.easyRuns(context), FormCauses.stepRateTrend(context), FormCauses.lateDrop(context),
            WarmUpCause.warmUps(context), PainCause.painAgainstLoad(context, checkIns: checkIns),
            PainCause.coreAndHamstrings(),
        ]
        return WhyReport(today: today, weeks: loads, causes: causes, anchors: anchors)
    }

    /// What every cause reads.
    struct Context {
        var all: [AnalyzedRun]
        var window: [AnalyzedRun]
        var weeks: [WeekLoad]
        var firstMonday: CalendarDay
        var today: CalendarDay
        var anchors: HeartRateAnchors
    }

    static func weekLoads(_ runs: [AnalyzedRun], from firstMonday: CalendarDay, weeks: Int) -> [WeekLoad] {
        // Easy pace measured against the median speed of these weeks' runs, as the step-rate trend
        // measures it against its own 12 weeks: years-old runs do not move this week's easy pace.
        let end = firstMonday.adding(days: 7 * weeks)
        let easyPaced = FormCauses.easyPaceRuns(runs.filter { $0.day >= firstMonday && $0.day < end })
        return (0..<weeks).map { index in
            let start = firstMonday.adding(days: 7 * index)
            let inWeek = runs.filter { $0.day >= start && $0.day < start.adding(days: 7) }
            let trimps = inWeek.compactMap(\.figures.trimp)
            let loads = inWeek.compactMap(\.figures.load)
            let steps = easyPaced.filter { $0.day >= start && $0.day < start.adding(days: 7) }
                .compactMap(\.figures.form.stepRateSpm)
            return WeekLoad(
                start: start, distanceMeters: inWeek.reduce(0) { $0 + $1.distanceMeters },
                trimp: trimps.isEmpty ? nil : trimps.reduce(0, +), load: loads.isEmpty ? nil : loads.reduce(0, +),
                runs: inWeek.count, easyStepRateSpm: median(steps))
        }
    }

    /// "+12 %".
    static func percent(_ fraction: Double) -> String {
        let value = Int((fraction * 100).rounded())
        return (value >= 0 ? "+" : "−") + "\(abs(value)) %"
    }

    /// "12.3 km".
    static func kilometres(_ meters: Double) -> String {
        let tenths = Int((meters / 100).rounded())
        return "\(tenths / 10).\(tenths % 10) km"
    }

    /// A whole number of the value, for bpm and steps per minute.
    static func whole(_ value: Double) -> String { String(Int(value.rounded())) }
}
