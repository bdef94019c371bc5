import RunModel
import Testing

@testable import RunAnalysis

@Suite struct WhyAnalysisTests {
    // Sunday 2026-11-22; the 8 weeks start Monday 2026-09-28.
    let today = CalendarDay(year: 2026, month: 11, day: 22)!
    let anchors = HeartRateAnchors(maximum: 190, resting: 50)

    func run(_ day: CalendarDay, km: Double, minutes: Double = 40, _ change: (inout RunFigures) -> Void = { _ in })
        -> AnalyzedRun
    {
        var figures = RunFigures(samples: [], isRunning: true, anchors: anchors)
        figures.activeSeconds = minutes * 60
        change(&figures)
        return AnalyzedRun(
            id: "\(day)", day: day, distanceMeters: km * 1_000, movingSeconds: minutes * 60, figures: figures)
    }

    func cause(_ id: String, _ runs: [AnalyzedRun], pain: [CheckIn] = []) throws -> Cause {
        let report = WhyAnalysis.report(runs: runs, checkIns: pain, anchors: anchors, today: today, weeks: 8)
        return try #require(report.causes.first { $0.id == id })
    }

    /// Three runs a week (Tuesday, Thursday, Sunday) of `km` each, for the 8 weeks.
    func steadyWeeks(km: Double = 6) -> [AnalyzedRun] {
        (0..<8).flatMap { week in
            [1, 3, 6].map { run(today.adding(days: -55 + 7 * week + $0), km: km) }
        }
    }

    @Test func notEasyIsActedOnOnlyAsAPatternOfThreeOfTheLastFive() throws {
        func notEasy(_ pattern: [Bool]) -> [AnalyzedRun] {
            pattern.enumerated().map { index, hard in
                run(today.adding(days: -2 * (pattern.count - index)), km: 6) {
                    $0.cleanHeartRateSeconds = 2_400
                    $0.shareAboveEasy = hard ? 0.5 : 0.05
                }
            }
        }
        #expect(try cause("easy-runs", notEasy([false, false, true, true, true])).verdict == .flagged)
        #expect(try cause("easy-runs", notEasy([true, true, true, false, false, false, true])).verdict == .clear)
        #expect(try cause("easy-runs", notEasy([true, true])).verdict == .unknown)
        let noCeiling = WhyAnalysis.report(
            runs: notEasy([true, true, true]), checkIns: [], anchors: HeartRateAnchors(), today: today, weeks: 8)
        let unknown = try #require(noCeiling.causes.first { $0.id == "easy-runs" })
        #expect(unknown.verdict == .unknown && unknown.finding.contains("runramp settings --max-hr"))
    }

    @Test func weeklyJumpsAbove10PercentAreFlagged() throws {
        #expect(try cause("weekly-load", steadyWeeks()).verdict == .clear)
        // The week of 2026-11-09 grows from 18 to 24 km (+33 %).
        let jump = steadyWeeks() + [run(CalendarDay(year: 2026, month: 11, day: 14)!, km: 6)]
        let flagged = try cause("weekly-load", jump)
        #expect(flagged.verdict == .flagged)
        #expect(flagged.finding.contains("+33 %") && flagged.finding.contains("2026-11-09"))
    }

    @Test func singleRunsAgainstTheThirtyDayCap() throws {
        #expect(try cause("single-run-spikes", steadyWeeks()).verdict == .clear)
        let long = steadyWeeks() + [run(CalendarDay(year: 2026, month: 11, day: 21)!, km: 6.7)]
        #expect(try cause("single-run-spikes", long).verdict == .flagged)
        let withinCap = steadyWeeks() + [run(CalendarDay(year: 2026, month: 11, day: 21)!, km: 6.5)]
        #expect(try cause("single-run-spikes", withinCap).verdict == .clear)
    }

    @Test func fiveRunningDaysInARowHaveNoRest() throws {
        let streak = (0..<5).map { run(today.adding(days: -10 + $0), km: 5) }
        #expect(try cause("rest-days", streak).verdict == .flagged)
        #expect(try cause("rest-days", Array(streak.prefix(4))).verdict == .clear)
    }

    @Test func stepRateFallingAtEasyPaceIsFlaggedWithAFivePercentCueNeverA180Target() throws {
        let runs = (0..<8).map { index in
            run(today.adding(days: -7 * (8 - index)), km: 6) { $0.form.stepRateSpm = index < 4 ? 170 : 162 }
        }
        let trend = try cause("step-rate", runs)
        #expect(trend.verdict == .flagged)
        #expect(trend.action.contains("from 162 to 170"))
        #expect(trend.action.contains("no ideal number such as 180"))
        #expect(try cause("step-rate", Array(runs.prefix(3))).verdict == .unknown)
        let noCadence = try cause("late-step-rate", steadyWeeks())
        #expect(noCadence.verdict == .unknown)
    }

    @Test func stepRateDropLateInLongRuns() throws {
        let long = (0..<3).map { index in
            run(today.adding(days: -7 * index - 1), km: 14, minutes: 90) {
                $0.firstThird.stepRateSpm = 168
                $0.lastThird.stepRateSpm = 160
            }
        }
        let cause = try cause("late-step-rate", long)
        #expect(cause.verdict == .flagged)
        #expect(cause.finding.contains("No running dynamics"))
    }

    @Test func warmUpsSkippedAsAPattern() throws {
        let runs = (0..<5).map { index in
            run(today.adding(days: -2 * (5 - index)), km: 6) {
                $0.warmUp = WarmUpFigures(
                    firstSpeedMetersPerSecond: index < 2 ? 2.5 : 3, restSpeedMetersPerSecond: 3, firstHeartRate: nil,
                    restHeartRate: nil)
            }
        }
        #expect(try cause("warm-up", runs).verdict == .flagged)
        #expect(try cause("warm-up", Array(runs.prefix(4))).verdict == .clear)
        #expect(try cause("warm-up", steadyWeeks()).verdict == .unknown)
    }

    @Test func painAfterALoadJumpIsFlaggedAndNoCheckInsAreSaidPlainly() throws {
        let jump = steadyWeeks() + [run(CalendarDay(year: 2026, month: 11, day: 18)!, km: 8)]
        let painDay = CheckIn(day: CalendarDay(year: 2026, month: 11, day: 21)!, backPain: .mild)
        #expect(try cause("pain-and-load", jump, pain: [painDay]).verdict == .flagged)
        #expect(try cause("pain-and-load", steadyWeeks(), pain: [painDay]).verdict == .clear)
        let none = try cause("pain-and-load", steadyWeeks())
        #expect(none.verdict == .unknown && none.finding.contains("runramp checkin"))
        #expect(try cause("core-and-hamstrings", []).verdict == .unknown)
    }

    @Test func summaryNamesTheFlaggedCausesInTwoLines() {
        let report = WhyAnalysis.report(runs: steadyWeeks(), checkIns: [], anchors: anchors, today: today, weeks: 8)
        #expect(report.summary.count == 2)
        #expect(report.summary[0] == "Your data shows none of the usual running causes of back pain.")
        #expect(report.summary[1].contains("runramp why"))
        #expect(report.weeks.count == 8 && report.weeks[0].start == CalendarDay(year: 2026, month: 9, day: 28)!)
        #expect(report.weeks.allSatisfy { $0.distanceMeters == 18_000 })
    }
}
