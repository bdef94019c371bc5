import Foundation
import RunModel
import Testing
import ZoneInfo

@testable import Render

@Suite struct CalendarDocumentTests {
    static let stamp = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T11:06:40Z

    static func events(timed: Bool, remind: Int? = nil) throws -> [CalendarEvent] {
        let sunday = try #require(CalendarDay(year: 2026, month: 12, day: 6))
        let monday = sunday.adding(days: 1)
        func timing(_ day: CalendarDay, _ seconds: Int) -> CalendarEvent.Timing {
            timed
                ? .timed(start: LocalDateTime(day: day, secondOfDay: 7 * 3_600), durationSeconds: seconds)
                : .allDay(day)
        }
        return [
            CalendarEvent(
                uid: "20261206-run@runramp", timing: timing(sunday, 68 * 60), summary: "Long run 8.8 km",
                description:
                    "Warm-up 10 min: brisk walk, leg swings\nRun 8.8 km easy\nCool-down 5 min walk; hamstring stretch 2 × 30 s",
                categories: ["Running"], reminderMinutes: remind),
            CalendarEvent(
                uid: "20261207-backcare@runramp", timing: timing(monday, 15 * 60), summary: "Back care (15 min)",
                description: "Plank 3 × 20 s\nGlute bridge 3 × 10", categories: ["Strength"], reminderMinutes: remind),
        ]
    }

    @Test func allDayCalendarMatchesTheFixture() throws {
        let document = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: try Self.events(timed: false))
        let text = document.rendered(stamp: Self.stamp)
        try expectICalendarSnapshot(text, named: "events-all-day.ics")
        let structure = ICalendarStructure(text)
        #expect(structure.problems.isEmpty)
        #expect(structure.values("DTSTART;VALUE=DATE") == ["20261206", "20261207"])
        #expect(structure.values("DTEND;VALUE=DATE") == ["20261207", "20261208"])
        #expect(!structure.names.contains("METHOD"))
        #expect(!structure.names.contains("X-WR-TIMEZONE"))
        #expect(!structure.names.contains("BEGIN") || !structure.values("BEGIN").contains("VTIMEZONE"))
    }

    @Test(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
    func timedBerlinCalendarMatchesTheFixture() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let document = CalendarDocument(
            productVersion: "0.1.0", timeZone: berlin, events: try Self.events(timed: true, remind: 30))
        let text = document.rendered(stamp: Self.stamp, sequences: ["20261206-run@runramp": 2])
        try expectICalendarSnapshot(text, named: "events-timed-berlin.ics")
        let structure = ICalendarStructure(text)
        #expect(structure.problems.isEmpty)
        #expect(structure.values("DTSTART;TZID=Europe/Berlin") == ["20261206T070000", "20261207T070000"])
        #expect(structure.values("DTEND;TZID=Europe/Berlin") == ["20261206T080800", "20261207T071500"])
        #expect(structure.values("SEQUENCE") == ["2", "0"])
        #expect(structure.values("TRIGGER") == ["-PT30M", "-PT30M"])
        #expect(structure.values("TZNAME") == ["CET", "CEST", "CET"])
    }

    @Test func timedEventsWithoutAZoneAreWrittenInUTC() throws {
        let document = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: try Self.events(timed: true))
        let structure = ICalendarStructure(document.rendered(stamp: Self.stamp))
        #expect(structure.values("DTSTART") == ["20261206T070000Z", "20261207T070000Z"])
        #expect(structure.values("DTEND") == ["20261206T080800Z", "20261207T071500Z"])
        #expect(!structure.values("BEGIN").contains("VTIMEZONE"))
    }

    @Test(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
    func eventEndIsComputedAcrossADaylightSavingChange() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let day = try #require(CalendarDay(year: 2026, month: 3, day: 29))
        let event = CalendarEvent(
            uid: "20260329-run@runramp",
            timing: .timed(start: LocalDateTime(day: day, secondOfDay: 3_600 + 30 * 60), durationSeconds: 3_600),
            summary: "Easy run", description: "", categories: ["Running"])
        let structure = ICalendarStructure(
            CalendarDocument(productVersion: "0", timeZone: berlin, events: [event]).rendered(stamp: Self.stamp))
        // 01:30 CET + 1 h = 03:30 CEST (02:00–03:00 does not exist that night).
        #expect(structure.values("DTEND;TZID=Europe/Berlin") == ["20260329T033000"])
    }

    @Test func sequenceStaysForUnchangedEventsAndRisesForChangedOnes() throws {
        let events = try Self.events(timed: false)
        let document = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: events)
        let first = document.revisions(previous: [:])
        #expect(first.map(\.sequence) == [0, 0])
        let previous = Dictionary(uniqueKeysWithValues: first.map { ($0.uid, $0) })
        #expect(document.revisions(previous: previous) == first)

        var changed = events
        changed[0].summary = "Long run 9.6 km"
        let second = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: changed).revisions(
            previous: previous)
        #expect(second.map(\.sequence) == [1, 0])
        #expect(second[0].fingerprint != first[0].fingerprint)
        #expect(second[1] == first[1])
        // The export time and the product version never count as a change; the reminder does.
        #expect(
            document.fingerprint(of: events[0])
                == CalendarDocument(productVersion: "9", timeZone: nil, events: []).fingerprint(of: events[0]))
        var reminded = events[0]
        reminded.reminderMinutes = 30
        #expect(document.fingerprint(of: reminded) != document.fingerprint(of: events[0]))
    }

    @Test func fingerprintsAreStableFNV1aHex() {
        #expect(EventRevision.fingerprint(of: "") == "cbf29ce484222325")
        #expect(EventRevision.fingerprint(of: "a") == "af63dc4c8601ec8c")
    }

    @Test func longSummariesAreCutTo255Characters() throws {
        var event = try Self.events(timed: false)[0]
        event.summary = String(repeating: "🏃", count: 400)
        let structure = ICalendarStructure(
            CalendarDocument(productVersion: "0", timeZone: nil, events: [event]).rendered(stamp: Self.stamp))
        #expect(structure.values("SUMMARY").first == String(repeating: "🏃", count: 254) + "…")
    }

    @Test func longDescriptionsAreCutBelow2000Characters() throws {
        var event = try Self.events(timed: false)[0]
        event.description = String(repeating: "Plank 3 × 20 s; ", count: 300)
        let structure = ICalendarStructure(
            CalendarDocument(productVersion: "0", timeZone: nil, events: [event]).rendered(stamp: Self.stamp))
        let description = unescapeText(try #require(structure.values("DESCRIPTION").first))
        #expect(description.count == CalendarEvent.maximumDescriptionLength)
        #expect(description.hasSuffix("…"))
    }
}
