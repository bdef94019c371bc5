import Foundation
import Planner
import RunModel

/// Small hand-built plans for the iCalendar tests, independent of the planner's rules so the
/// fixtures change only when the export changes.
enum ICSSamplePlans {
    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad test date \(text)") }
        return day
    }

    static let history = HistoryFigures(
        lastFourWeeksMeters: [24_000, 21_000, 22_000, 20_000], averageWeekMeters: 21_750, longestRecentRunMeters: 8_000,
        daysSinceLastRun: 1, lastRunDate: day("2026-11-22"), weekAverageBeforeBreakMeters: nil,
        medianPaceSecondsPerKilometer: 360, planningPaceSecondsPerKilometer: 360, acuteChronicRatio: nil,
        acuteChronicRatioEWMA: nil, weekOverWeekChange: nil, recentWeeks: [], runsCounted: 16, otherActivities: 0)

    static func easyRun(_ kilometers: String, minutes: Int) -> Session {
        Session(
            kind: .easyRun, distanceMeters: (Double(kilometers) ?? 0) * 1_000, durationSeconds: minutes * 60,
            warmUp: .beforeEveryRun, main: .run(minutes: minutes - 15), coolDown: .afterEveryRun)
    }

    static let longRun = Session(
        kind: .longRun, distanceMeters: 8_800, durationSeconds: 68 * 60, warmUp: .beforeEveryRun,
        main: .run(minutes: 53),
        coolDown: .afterEveryRun)

    static let backCare = Session(
        kind: .backCare, distanceMeters: nil, durationSeconds: 15 * 60,
        main: .exercises([
            Exercise(.curlUp, sets: 3, .repetitions(8)), Exercise(.birdDog, sets: 3, .repetitions(6), side: .perSide),
            Exercise(.sidePlank, sets: 2, .seconds(15), side: .perSide),
            Exercise(.gluteBridge, sets: 3, .repetitions(10)),
            Exercise(.hamstringStretch, sets: 3, .seconds(30), side: .perLeg),
        ]))

    /// The back-care routine's lines as the calendar writes them.
    static let backCareLines = [
        "Curl-up (hands under the lower back, one knee bent), 3 × 8", "Bird-dog, 3 × 6 per side",
        "Side plank, 2 × 15 s per side",
        "Glute bridge, 3 × 10", "Hamstring stretch, 3 × 30 s per leg",
    ]

    /// One build week from Monday 2026-11-30: back care Mon and Wed, easy runs Tue Thu Sat, long run Sunday.
    static func oneWeek(mode: PlanMode = .build, today: String = "2026-11-24") -> Plan {
        let monday = day("2026-11-30")
        let sessions: [[Session]] = [
            [backCare], [easyRun("5.8", minutes: 50)], [backCare], [easyRun("5.8", minutes: 50)], [],
            [easyRun("5.8", minutes: 50)], [longRun],
        ]
        let days = sessions.enumerated().map { PlanDay(date: monday.adding(days: $0.offset), sessions: $0.element) }
        let week = PlanWeek(
            index: 1, start: monday, targetMeters: 26_400, plannedMeters: 26_200, isCutback: false, days: days)
        return Plan(mode: mode, today: day(today), history: history, weeks: [week], advisories: [])
    }
}
