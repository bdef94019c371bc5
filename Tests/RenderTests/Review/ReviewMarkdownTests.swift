import Foundation
import Planner
import Render
import RunModel
import Testing

/// The review section's exact text for a small week.
@Suite struct ReviewMarkdownTests {
    @Test func aWeekWithAMissedRunReadsAsItShould() throws {
        let monday = try #require(CalendarDay("2026-11-30"))
        let plan = PlanRecord(
            madeOn: monday.adding(days: -1), mode: .build, units: .kilometers,
            weeks: [
                PlanRecord.Week(
                    start: monday, targetMeters: 16_000, plannedMeters: 16_000, isCutback: false, backCareWeek: 1,
                    sessions: [
                        PlanRecord.PlannedSession(
                            day: monday.adding(days: 1), kind: .easyRun, distanceMeters: 6_000, durationSeconds: 3_000,
                            title: "Easy run 6.0 km"),
                        PlanRecord.PlannedSession(
                            day: monday.adding(days: 6), kind: .longRun, distanceMeters: 10_000, durationSeconds: 4_500,
                            title: "Long run 10.0 km"),
                    ])
            ])
        let run = Run(
            id: "abc", source: RunSource(path: "a.gpx", format: .gpx, contentHash: "h"), sport: .running,
            start: monday.adding(days: 6).startDate.addingTimeInterval(7 * 3_600), utcOffsetSeconds: 0,
            elapsedSeconds: 3_600,
            movingSeconds: 3_600, distanceMeters: 10_050)
        let review = WeekReview(weekStart: monday, plans: [plan], runs: [run], units: .kilometers)
        let expected = """
            ## Last week: 30 Nov – 6 Dec 2026

            | Day | Planned | Done | |
            |---|---|---:|---|
            | Tue 1 Dec | Easy run 6.0 km | – | missed |
            | Sun 6 Dec | Long run 10.0 km | 10.0 km | done |

            **Done 10.0 km of 16.0 km planned** (target 16.0 km). Longest run 10.0 km.

            Less than planned (1 run missed): the next plan starts from what you did, not from what was planned.


            """
        #expect(ReviewMarkdown.section(review) == expected)
    }
}
