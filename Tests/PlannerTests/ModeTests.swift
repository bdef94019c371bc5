import Planner
import RunModel
import Testing

/// Modes and the pain check-in (docs/planning-rules.md): which mode a history and a check-in lead to, and what each mode plans.
@Suite struct ModeTests {
    let today = TestRuns.workedExampleToday
    let runs = TestRuns.workedExampleRuns

    @Test(arguments: [Symptom.bothLegs, .saddleNumbness, .bladderBowel, .worseningWeakness])
    func redFlagsGiveNoPlanAtAll(symptom: Symptom) {
        let plan = makePlan(
            runs: runs, today: today, options: PlanOptions(backPain: .mild, symptoms: [symptom, .numbness]))
        #expect(plan.mode == .urgent)
        #expect(plan.weeks.isEmpty)
        #expect(plan.advisories.map(\.title) == ["Seek urgent medical care now"])
    }

    @Test(arguments: [Symptom.radiatingPain, .numbness, .tingling, .weakness])
    func legSymptomsPauseRunning(symptom: Symptom) {
        let plan = makePlan(runs: runs, today: today, options: PlanOptions(symptoms: [symptom]))
        #expect(plan.mode == .paused)
        #expect(plan.weeks.count == 4)
        // A daily easy walk and back care three times a week, both only when pain-free; no run.
        #expect(
            plan.datedSessions.allSatisfy {
                ($0.session.kind == .backCare || $0.session.kind == .walk) && $0.session.onlyIfPainFree
            })
        #expect(plan.weeks.allSatisfy { $0.days.flatMap(\.sessions).filter { $0.kind == .backCare }.count == 3 })
        #expect(plan.weeks.allSatisfy { $0.days.allSatisfy { $0.sessions.contains { $0.kind == .walk } } })
        #expect(plan.advisories.first?.kind == .stopRunning)
        #expect(plan.advisories.first?.message.contains("doctor or physiotherapist") == true)
    }

    @Test func persistentPainWithoutSymptomsAlsoPauses() {
        #expect(makePlan(runs: runs, today: today, options: PlanOptions(backPain: .persistent)).mode == .paused)
    }

    @Test func mildPainHoldsVolumeAndLongRun() {
        let plan = makePlan(runs: runs, today: today, options: PlanOptions(backPain: .mild))
        #expect(plan.mode == .hold)
        // min(W1 = 24, B4 = 21.75) floored to 21.7 km every week; long run never above L30 = 8 km.
        #expect(plan.weeks.map(\.targetMeters) == [21_700, 21_700, 21_700, 21_700])
        #expect(
            plan.datedSessions.filter { $0.session.kind == .longRun }.allSatisfy {
                ($0.session.distanceMeters ?? 0) <= 8_000
            })
        #expect(
            plan.weeks.allSatisfy { week in week.days.flatMap(\.sessions).filter { $0.kind == .backCare }.count == 3 })
        #expect(plan.advisories.first?.message.contains("physiotherapist") == true)
    }

    @Test func noHistoryIsCouchToFiveK() {
        let plan = makePlan(runs: [], today: today, options: PlanOptions())
        #expect(plan.mode == .beginner)
        let week1 = plan.weeks[0].days.map { $0.sessions.map(\.kind.rawValue).joined(separator: "+") }
        // Sunday first, then the farthest days: Wednesday, Friday; back care on the first free non-adjacent days.
        #expect(week1 == ["backCare", "", "runWalk", "backCare", "runWalk", "", "runWalk"])
        let session = plan.weeks[0].days[6].sessions[0]
        #expect(session.distanceMeters == nil)
        #expect(session.durationSeconds == 360 + 8 * 150 + 300)
        #expect(plan.weeks[3].days[6].sessions[0].durationSeconds == 360 + 1290 + 300)
    }

    @Test func shortRecentRunsAreStillBeginner() {
        let plan = makePlan(
            runs: TestRuns.runs([("2026-11-10", 2), ("2026-11-17", 2.5)]), today: today, options: PlanOptions())
        #expect(plan.mode == .beginner)
    }

    @Test func breakOfSixWeeksReturnsAtHalfThenThreeQuarters() {
        // The worked-example history, then 40 days off: off = 6 weeks → 3 weeks at 50 % of P, 3 at 75 %.
        // Made on Friday 1 Jan 2027: this week (Fri–Sun) is the first planned week, at the 50 % level.
        let later = today.adding(days: 39)
        let plan = makePlan(runs: runs, today: later, options: PlanOptions(weeks: 6))
        #expect(plan.mode == .return)
        #expect(plan.history.daysSinceLastRun == 40)
        #expect(plan.history.weekAverageBeforeBreakMeters == 21_750)
        #expect(plan.weeks.map(\.index) == [0, 1, 2, 3, 4, 5, 6])
        #expect(plan.weeks.map(\.targetMeters) == [10_800, 10_800, 10_800, 10_800, 16_300, 16_300, 16_300])
        #expect(!plan.weeks[0].days.flatMap(\.sessions).contains { $0.kind == .longRun })
        #expect(plan.advisories.first?.kind == .returnAfterBreak)
    }

    @Test func threeRisingWeeksStartWithTheCutback() {
        let rising = TestRuns.runs([
            ("2026-10-28", 10), ("2026-11-01", 10), ("2026-11-04", 11), ("2026-11-08", 11),
            ("2026-11-11", 12), ("2026-11-15", 12), ("2026-11-18", 13), ("2026-11-22", 13),
        ])
        let plan = makePlan(runs: rising, today: today, options: PlanOptions())
        #expect(plan.mode == .build)
        #expect(plan.weeks.map(\.isCutback) == [true, false, false, false])
        #expect(plan.weeks[0].targetMeters == 19_500)  // 0.75 × W1 = 0.75 × 26 km
        #expect(plan.weeks[1].targetMeters == 26_000)  // back to the last full week, W1
        #expect(plan.weeks[2].targetMeters == 28_600)  // then +10 %
    }

    @Test func milesFloorEveryDistanceToATenthOfAMile() {
        var options = TestRuns.workedExampleOptions
        options.units = .miles
        let plan = makePlan(runs: runs, today: today, options: options)
        for (_, session) in plan.datedSessions {
            guard let meters = session.distanceMeters else { continue }
            let tenths = meters / 160.9344
            #expect(abs(tenths - tenths.rounded()) < 1e-9)
        }
    }

    @Test func startWithinTenDaysPlansFromTheRealFirstDay() {
        // Last run Sun 22 Nov; --start Wed 2 Dec leaves 10 days without running: still a build plan, whose first
        // week is the rest of the start's week (Wed–Sun) and whose week 1 starts on Monday 7 Dec.
        var options = TestRuns.workedExampleOptions
        options.start = CalendarDay("2026-12-02")
        let plan = makePlan(runs: runs, today: today, options: options)
        #expect(plan.mode == .build)
        #expect(plan.weeks.map(\.index) == [0, 1, 2, 3, 4])
        #expect(plan.weeks[0].days.first?.date == CalendarDay("2026-12-02"))
        #expect(plan.weeks[1].start == CalendarDay("2026-12-07"))
    }
}

/// Parsing of weekday names for `--days` and `--long-run`.
@Suite struct WeekdayTests {
    @Test func parsesShortAndLongNames() {
        #expect(Weekday(parsing: "mon") == .mon)
        #expect(Weekday(parsing: "Sunday") == .sun)
        #expect(Weekday(parsing: "THU") == .thu)
        #expect(Weekday(parsing: "thurs") == .thu)
        #expect(Weekday(parsing: "mo") == nil)
        #expect(Weekday(parsing: "monkey") == nil)
        #expect(Weekday(number: 8) == .mon && Weekday(number: 0) == .sun)
    }
}
