import Foundation
import RunModel
import Testing

/// The one rule for the Monday of a day's week and the one for the day a run counts on.
@Suite struct WeekAndDayRuleTests {
    @Test func theMondayOfEveryDayOfFourHundredYearsIsFoundationsWeekStart() throws {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(CalendarDay("1900-01-01"))
        for offset in stride(from: 0, to: 146_097, by: 1) {
            let day = first.adding(days: offset)
            let start = try #require(calendar.dateInterval(of: .weekOfYear, for: day.startDate)?.start)
            #expect(day.monday == CalendarDay(start), "\(day)")
        }
        let tuesday = try #require(CalendarDay("2026-11-24"))
        #expect(tuesday.monday.description == "2026-11-23")
        #expect(tuesday.adding(days: 6).monday.description == "2026-11-30", "the first Monday on or after")
        #expect(tuesday.monday.adding(days: 6).monday.description == "2026-11-23", "a Monday is its own")
    }

    @Test(arguments: [
        // (UTC start, offset, the day it counts on)
        ("2026-11-22T23:30:00Z", 3_600 as Int?, "2026-11-23"),
        ("2026-11-22T23:30:00Z", nil, "2026-11-22"),
        ("2026-11-23T00:30:00Z", -3_600, "2026-11-22"),
        ("2026-11-23T09:00:00Z", 50_400, "2026-11-23"),
        ("2026-11-23T10:00:00Z", 50_400, "2026-11-24"),
    ])
    func aRunCountsOnItsLocalDay(start: String, offset: Int?, day: String) throws {
        let instant = try #require(ISO8601DateFormatter().date(from: start))
        let run = Run(
            id: "r", source: RunSource(path: "r.gpx", format: .gpx, contentHash: "h"), sport: .running, start: instant,
            utcOffsetSeconds: offset, elapsedSeconds: 60, movingSeconds: 60, distanceMeters: 100)
        #expect(run.localDay.description == day)
    }
}
