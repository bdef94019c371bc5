import Foundation
import RunModel
import Testing
import ZoneInfo

@testable import Render

@Suite struct ICalendarDateTests {
    @Test func datesAndLocalAndUTCDateTimes() throws {
        let day = try #require(CalendarDay(year: 2026, month: 12, day: 6))
        #expect(ICalendarDate.date(day) == "20261206")
        #expect(
            ICalendarDate.dateTime(LocalDateTime(day: day, secondOfDay: 7 * 3_600 + 5 * 60 + 9)) == "20261206T070509")
        #expect(ICalendarDate.utc(Date(timeIntervalSince1970: 1_795_000_000.9)) == "20261118T110640Z")
        #expect(ICalendarDate.date(CalendarDay(daysSinceEpoch: 0)) == "19700101")
    }

    @Test func localDateTimeNormalisesSecondsOutsideOneDay() throws {
        let day = try #require(CalendarDay(year: 2026, month: 12, day: 31))
        let late = LocalDateTime(day: day, secondOfDay: 86_400 + 60)
        #expect(ICalendarDate.dateTime(late) == "20270101T000100")
        let early = LocalDateTime(day: day, secondOfDay: -1)
        #expect(ICalendarDate.dateTime(early) == "20261230T235959")
    }

    @Test(arguments: [(3_600, "+0100"), (-12_600, "-0330"), (0, "+0000"), (20_700, "+0545"), (3_208, "+005328")])
    func utcOffsets(seconds: Int, text: String) {
        #expect(ICalendarDate.utcOffset(seconds) == text)
    }

    @Test func alarmDurations() {
        #expect(ICalendarDate.duration(minutes: -30) == "-PT30M")
        #expect(ICalendarDate.duration(minutes: -90) == "-PT90M")
        #expect(ICalendarDate.duration(minutes: 0) == "PT0S")
    }
}
