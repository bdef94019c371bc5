import Foundation
import RunModel
import Testing
import ZoneInfo

@testable import Render

/// Timed events on the days the clocks change: every event must read back as starting and ending
/// when it was planned, with DTEND after DTSTART.
@Suite(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
struct DaylightSavingEdgeTests {
    func render(_ day: CalendarDay, at secondOfDay: Int, minutes: Int) throws -> ICalendarStructure {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let event = CalendarEvent(
            uid: "x@runramp",
            timing: .timed(start: LocalDateTime(day: day, secondOfDay: secondOfDay), durationSeconds: minutes * 60),
            summary: "Long run 4.0 km", description: "", categories: ["Running"])
        let text = CalendarDocument(productVersion: "0.1.0", timeZone: berlin, events: [event])
            .rendered(stamp: Date(timeIntervalSince1970: 1_795_000_000))
        let structure = ICalendarStructure(text)
        #expect(structure.problems.isEmpty)
        return structure
    }

    @Test func anEventEndingInTheRepeatedHourIsWrittenInUTC() throws {
        // Sun 25 Oct 2026: 03:00 CEST goes back to 02:00 CET. 02:30 (first occurrence, 00:30Z) + 39 min
        // ends at 02:09 CET (01:09Z); as Berlin wall-clock text it would read 02:09 CEST, before the start.
        let structure = try render(
            try #require(CalendarDay(year: 2026, month: 10, day: 25)), at: 2 * 3_600 + 1_800, minutes: 39)
        // the others are VTIMEZONE onsets
        #expect(structure.values("DTSTART").filter { $0.hasSuffix("Z") } == ["20261025T003000Z"])
        #expect(structure.values("DTEND") == ["20261025T010900Z"])
        #expect(structure.values("DTEND;TZID=Europe/Berlin").isEmpty)
    }

    @Test func ordinaryEventsOnTheSameDaysKeepTheirZone() throws {
        let autumn = try render(try #require(CalendarDay(year: 2026, month: 10, day: 25)), at: 7 * 3_600, minutes: 67)
        #expect(autumn.values("DTSTART;TZID=Europe/Berlin") == ["20261025T070000"])
        #expect(autumn.values("DTEND;TZID=Europe/Berlin") == ["20261025T080700"])
        // Sun 28 Mar 2027: 02:30 does not exist; it is written as 03:30 CEST, the same instant.
        let spring = try render(
            try #require(CalendarDay(year: 2027, month: 3, day: 28)), at: 2 * 3_600 + 1_800, minutes: 35)
        #expect(spring.values("DTSTART;TZID=Europe/Berlin") == ["20270328T033000"])
        #expect(spring.values("DTEND;TZID=Europe/Berlin") == ["20270328T040500"])
    }
}
