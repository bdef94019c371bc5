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

    static let warmUp = "Warm-up 10 min: 5 min brisk walk, leg swings 10 per leg, walking lunges 10 per leg, high knees 20, butt kicks 20"
    static let coolDown = "Cool-down 5 min walk, hamstring stretch 2 × 30 s per leg"

    static func easyRun(_ kilometers: String, minutes: Int) -> Session {
        Session(
            kind: .easyRun, distanceMeters: (Double(kilometers) ?? 0) * 1_000, durationSeconds: minutes * 60,
            title: "Easy run \(kilometers) km", steps: [warmUp, "Run \(kilometers) km at an easy, conversational pace", coolDown],
            warmUpSeconds: 600, coolDownSeconds: 300)
    }

    static let longRun = Session(
        kind: .longRun, distanceMeters: 8_800, durationSeconds: 68 * 60, title: "Long run 8.8 km",
        steps: [warmUp, "Run 8.8 km easy; walk breaks are fine", coolDown], warmUpSeconds: 600, coolDownSeconds: 300)

    static let backCare = Session(
        kind: .backCare, distanceMeters: nil, durationSeconds: 15 * 60, title: "Back care (15 min)",
        steps: [
            "Plank 3 × 20 s", "Glute bridge 3 × 10", "Crunches 2 × 12", "Side plank 2 × 15 s per side",
            "Hamstring stretch 3 × 30 s per leg",
        ])

    /// One build week from Monday 2026-11-30: back care Mon and Wed, easy runs Tue Thu Sat, long run Sunday.
    static func oneWeek(mode: PlanMode = .build, today: String = "2026-11-24") -> Plan {
        let monday = day("2026-11-30")
        let sessions: [[Session]] = [
            [backCare], [easyRun("5.8", minutes: 50)], [backCare], [easyRun("5.8", minutes: 50)], [],
            [easyRun("5.8", minutes: 50)], [longRun],
        ]
        let days = sessions.enumerated().map { PlanDay(date: monday.adding(days: $0.offset), sessions: $0.element) }
        let week = PlanWeek(index: 1, start: monday, targetMeters: 26_400, plannedMeters: 26_200, isCutback: false, days: days)
        return Plan(mode: mode, today: day(today), history: history, weeks: [week], advisories: [])
    }
}
