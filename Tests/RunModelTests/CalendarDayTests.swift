import Foundation
import RunModel
import Testing

@Suite struct CalendarDayTests {
    @Test func knownDatesRoundTrip() throws {
        let day = try #require(CalendarDay("2026-11-24"))
        #expect(day.components == (2026, 11, 24))
        #expect(day.isoWeekday == 2)  // Tuesday
        #expect(day.description == "2026-11-24")
        #expect(CalendarDay("1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDay("1969-12-31")?.daysSinceEpoch == -1)
        #expect(CalendarDay("2024-02-29") != nil)
        #expect(CalendarDay("2026-02-29") == nil)
        #expect(CalendarDay("2026-13-01") == nil)
    }

    @Test func matchesFoundationForEveryDayOfFourHundredYears() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for offset in stride(from: -60_000, to: 90_000, by: 37) {
            let day = CalendarDay(daysSinceEpoch: offset)
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day.startDate)
            #expect(day.components == (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0))
            #expect(day.isoWeekday == ((parts.weekday ?? 0) + 5) % 7 + 1)
            #expect(CalendarDay(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0) == day)
        }
    }

    /// The conversion the GPX and Apple Health readers use for their times, both ways, over four
    /// centuries on each side of 1970; a day past the month's end counts on into the next month.
    @Test func civilDayConversionRoundTripsOverFourCenturies() {
        for days in stride(from: -146_097, through: 146_097, by: 37) {
            let (year, month, day) = CalendarDay(daysSinceEpoch: days).components
            #expect(CalendarDay.daysSinceEpoch(year: year, month: month, day: day) == days)
        }
        #expect(CalendarDay.daysSinceEpoch(year: 2019, month: 2, day: 29) == CalendarDay("2019-03-01")?.daysSinceEpoch)
    }

    /// The days a command may name: 1900-01-01 to 2099-12-31, the days a run can start on.
    @Test func plausibleDaysAreTheYearsARunCanHave() {
        #expect(CalendarDay.plausibleDays.lowerBound.description == "1900-01-01")
        #expect(CalendarDay.plausibleDays.upperBound.description == "2099-12-31")
        #expect(CalendarDay.plausible("2026-11-24") == .success(CalendarDay(year: 2026, month: 11, day: 24)!))
        #expect(CalendarDay.plausible("1900-01-01") == .success(CalendarDay.plausibleDays.lowerBound))
        for text in ["0000-01-01", "1899-12-31", "2100-01-01", "3026-11-24", "9999-12-31"] {
            #expect(CalendarDay.plausible(text) == .failure(.outsidePlausibleDays), "\(text)")
        }
        #expect(CalendarDay.plausible("2026-11-31") == .failure(CalendarDay.problem(parsing: "2026-11-31")!))
        #expect(CalendarDay.plausible("24.11.2026") == .failure(.notYearMonthDay))
        #expect(
            CalendarDayProblem.outsidePlausibleDays.description == "expected a day between 1900-01-01 and 2099-12-31")
    }
}
