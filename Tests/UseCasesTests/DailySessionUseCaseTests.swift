import Foundation
import Planner
import Render
import RunModel
import Testing
import UseCases

/// `runramp today`: the day's sessions come from the remembered plan, parts and all.
@Suite struct DailySessionUseCaseTests {
    static func day(_ text: String) -> CalendarDay {
        guard let day = CalendarDay(text) else { fatalError("bad test date \(text)") }
        return day
    }

    /// A run of `kilometers` at 6:00 /km at 07:00 UTC on `day`.
    static func run(_ text: String, _ kilometers: Double) -> Run {
        let start = day(text).startDate.addingTimeInterval(7 * 3600)
        return Run(
            id: "\(text)-\(kilometers)", source: RunSource(path: "t.fit", format: .fit, contentHash: text),
            sport: .running, start: start, utcOffsetSeconds: 0, elapsedSeconds: kilometers * 360,
            movingSeconds: kilometers * 360, distanceMeters: kilometers * 1000)
    }

    /// Four weeks of 5 km runs three times a week before 2026-11-27.
    static let steadyRuns: [Run] = (0..<12).map { index in
        run("\(day("2026-10-27").adding(days: index * 2 + index / 3 * 1))", 5)
    }

    /// The plan and the record `runramp plan` stores of it.
    static func planAndRecord(runs: [Run], today: String, weeks: Int = 2) -> (Plan, PlanRecord) {
        let plan = makePlan(runs: runs, today: day(today), options: PlanOptions(weeks: weeks))
        return (plan, PlanRecord(plan) { SessionText.title($0, units: plan.units) })
    }

    @Test func everyPlannedDayGivesBackTheSessionsThePlanMade() throws {
        for (runs, label) in [
            (Self.steadyRuns, "build"), ([Run](), "beginner"), ([Self.run("2026-11-20", 2)], "two runs"),
        ] {
            let (plan, record) = Self.planAndRecord(runs: runs, today: "2026-11-27", weeks: 3)
            #expect(!plan.datedSessions.isEmpty, "\(label)")
            for week in plan.weeks {
                for planDay in week.days where planDay.date >= plan.today {
                    let answer = DailySessionUseCase.answer(on: planDay.date, plans: [record], checkIns: [])
                    #expect(answer.notice == nil, "\(label) \(planDay.date)")
                    #expect(answer.planMadeOn == plan.today)
                    #expect(
                        answer.sessions.map(\.parts) == planDay.sessions.map { Optional($0) },
                        "\(label) \(planDay.date)")
                    #expect(answer.isRestDay == planDay.sessions.isEmpty)
                    let tomorrow = plan.datedSessions.filter { $0.date == planDay.date.adding(days: 1) }
                    #expect(answer.tomorrow.map(\.kind) == tomorrow.map(\.session.kind))
                }
            }
        }
    }

    @Test func theNewestPlanThatCoversTheDayWins() {
        let (_, older) = Self.planAndRecord(runs: Self.steadyRuns, today: "2026-11-20", weeks: 4)
        let (newerPlan, newer) = Self.planAndRecord(runs: [], today: "2026-11-27", weeks: 2)
        let sunday = Self.day("2026-12-06")
        let answer = DailySessionUseCase.answer(on: sunday, plans: [older, newer], checkIns: [])
        #expect(answer.planMadeOn == newerPlan.today)
        #expect(answer.sessions.map(\.planned) == newer.weeks.flatMap(\.sessions).filter { $0.day == sunday })
        // The newer plan is not yet made on 2026-11-25: the older one gives that day.
        let before = DailySessionUseCase.answer(on: Self.day("2026-11-25"), plans: [older, newer], checkIns: [])
        #expect(before.planMadeOn == Self.day("2026-11-20"))
    }

    @Test func withoutACoveringPlanTheNoticeSaysWhy() {
        let (_, record) = Self.planAndRecord(runs: Self.steadyRuns, today: "2026-11-27", weeks: 1)
        let none = DailySessionUseCase.answer(on: Self.day("2026-11-27"), plans: [], checkIns: [])
        #expect(none.notice == .noPlan)
        #expect(none.sessions.isEmpty && !none.isRestDay && !none.tomorrowIsPlanned)
        let after = DailySessionUseCase.answer(on: Self.day("2026-12-20"), plans: [record], checkIns: [])
        #expect(after.notice == .planEnded(lastDay: Self.day("2026-12-06")))
        // A plan made later than the day asked about is not known yet.
        let earlier = DailySessionUseCase.answer(on: Self.day("2026-11-26"), plans: [record], checkIns: [])
        #expect(earlier.notice == .noPlan)
        #expect(DailySessionText.render(none).contains("no plan in the log gives this day"))
    }

    @Test func aPauseAfterThePlanWithholdsItsRunsAndUrgentCareEverything() throws {
        let (plan, record) = Self.planAndRecord(runs: Self.steadyRuns, today: "2026-11-27", weeks: 2)
        let runDay = try #require(plan.datedSessions.first { $0.session.kind.isRun && $0.date > plan.today }).date
        let paused = [CheckIn(day: runDay.adding(days: -1), backPain: .persistent)]
        let answer = DailySessionUseCase.answer(on: runDay, plans: [record], checkIns: paused)
        #expect(answer.sessions.allSatisfy { !$0.planned.kind.isRun })
        #expect(answer.notice == .runsWithheld(.paused))
        #expect(answer.tomorrow.allSatisfy { !$0.kind.isRun })
        let urgent = [CheckIn(day: runDay, backPain: .persistent, symptoms: [.saddleNumbness, .bladderBowel])]
        let urgentAnswer = DailySessionUseCase.answer(on: runDay, plans: [record], checkIns: urgent)
        #expect(urgentAnswer.sessions.isEmpty && urgentAnswer.tomorrow.isEmpty)
        #expect(urgentAnswer.notice == .runsWithheld(.urgent))
        // A check-in after the day asked about has not happened yet.
        let later = DailySessionUseCase.answer(
            on: runDay, plans: [record], checkIns: [CheckIn(day: runDay.adding(days: 1), backPain: .persistent)])
        #expect(later.notice == nil && later.checkIn == nil)
        #expect(later.sessions.contains { $0.planned.kind.isRun })
    }

    @Test func theTextGivesTheStepsTheCheckInAndTomorrow() throws {
        let (plan, record) = Self.planAndRecord(runs: Self.steadyRuns, today: "2026-11-27", weeks: 2)
        let (runDay, session) = try #require(plan.datedSessions.first { $0.session.kind.isRun && $0.date > plan.today })
        let checkIns = [CheckIn(day: runDay.adding(days: -2), backPain: .mild)]
        let text = DailySessionText.render(
            DailySessionUseCase.answer(on: runDay, plans: [record], checkIns: checkIns))
        #expect(text.contains("Warm-up 10 min: 5 min brisk walk or very easy jog"))
        #expect(text.contains("Cool-down: 5 min walk"))
        #expect(text.contains(SessionText.title(session, units: plan.units)))
        #expect(text.contains("Check-in of"))
        #expect(text.contains("Now: volume held for mild pain"))
        #expect(text.contains("Tomorrow: "))
        let json = try DailySessionJSON.render(
            DailySessionUseCase.answer(on: runDay, plans: [record], checkIns: checkIns))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "runramp.today/1")
        let sessions = try #require(object["sessions"] as? [[String: Any]])
        #expect(sessions.first?["duration_seconds"] as? Int == session.durationSeconds)
        #expect((sessions.first?["steps"] as? [String])?.first == "Warm-up 10 min: 5 min brisk walk or very easy jog")
    }
}
