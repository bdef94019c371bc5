import Planner
import RunModel
import Testing
import UseCases

/// `runramp plan`'s own options in-process: what each typed value becomes, and each refusal's line
/// (docs/errors.md), in the order the options are checked.
@Suite struct PlanOptionsTextTests {
    let today = CalendarDay(year: 2026, month: 11, day: 26)!

    func text(
        weeks: Int = 4, days: String? = nil, longRun: String = "sun", maxWeek: String? = nil, start: String? = nil
    ) -> PlanOptionsText {
        PlanOptionsText(weeks: weeks, days: days, longRun: longRun, maxWeek: maxWeek, start: start)
    }

    /// The refusal's line, nil when the options are taken.
    func refusal(_ text: PlanOptionsText, unit: DistanceUnit = .kilometers) -> String? {
        do {
            _ = try text.options(today: today, unit: { unit })
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func typedValuesBecomeTheOptions() throws {
        let options = try text(weeks: 6, days: "mon,Wed,sat", longRun: "SAT", maxWeek: "25", start: "2026-11-30")
            .options(today: today, unit: { .miles })
        #expect(options.weeks == 6 && options.weekdays == [.mon, .wed, .sat] && options.longRunDay == .sat)
        #expect(options.weeklyCeilingMeters == 25 * 1_609.344 && options.units == .miles)
        #expect(options.start == CalendarDay(year: 2026, month: 11, day: 30))
        let defaults = try text().options(today: today, unit: { .kilometers })
        #expect(
            defaults.weekdays == Set(Weekday.allCases) && defaults.weeklyCeilingMeters == nil && defaults.start == nil)
    }

    @Test func eachBadOptionIsOneLine() {
        #expect(refusal(text(weeks: 13)) == "--weeks 13: expected 1 to 12")
        #expect(refusal(text(weeks: 0)) == "--weeks 0: expected 1 to 12")
        #expect(refusal(text(longRun: "sunday-ish")) == "--long-run sunday-ish: expected a weekday such as sun")
        #expect(refusal(text(days: "mon,fun")) == "--days: fun is not a weekday (use mon,tue,wed,thu,fri,sat,sun)")
        #expect(refusal(text(days: ",,")) == "--days: name at least one weekday")
        #expect(refusal(text(maxWeek: "-5km")) == "--max-week -5km: expected a distance such as 40km or 25mi")
        #expect(refusal(text(start: "2026-11-25")) == "--start 2026-11-25: must not be before today (2026-11-26)")
        #expect(
            refusal(text(start: "2026-02-29"))
                == "--start 2026-02-29: there is no 29 February 2026 (the month has 28 days)")
        // The first bad option wins, in the order they are listed.
        #expect(refusal(text(weeks: 13, longRun: "x")) == "--weeks 13: expected 1 to 12")
    }

    @Test func theUnitIsAskedAfterTheWeeks() {
        struct BadUnit: Error {}
        do {
            _ = try text(weeks: 13).options(today: today, unit: { throw BadUnit() })
            Issue.record("not refused")
        } catch {
            #expect("\(error)" == "--weeks 13: expected 1 to 12")
        }
        #expect(throws: BadUnit.self) { try text().options(today: today, unit: { throw BadUnit() }) }
    }

    @Test func theGoalIsKeptSetOrCleared() throws {
        #expect(try PlanOptionsText.goalChoice(nil, unit: .kilometers) == .keep)
        #expect(try PlanOptionsText.goalChoice("None", unit: .kilometers) == .clear)
        #expect(try PlanOptionsText.goalChoice("off", unit: .kilometers) == .clear)
        #expect(try PlanOptionsText.goalChoice("35km", unit: .miles) == .set(meters: 35_000))
        #expect(try PlanOptionsText.goalChoice("20", unit: .miles) == .set(meters: 20 * 1_609.344))
        #expect(throws: PlanOptionsText.Refusal.goal("0km")) {
            try PlanOptionsText.goalChoice("0km", unit: .kilometers)
        }
        #expect(
            PlanOptionsText.Refusal.goal("fast").description
                == "--goal fast: expected a weekly distance such as 35km or 20mi, or none")
    }
}
