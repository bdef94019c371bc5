public import Foundation
public import RunModel
public import ZoneInfo

/// A whole VCALENDAR: header, the time zone its timed events use, and the events.
public struct CalendarDocument: Sendable, Hashable {
    /// Shown as the calendar's name (NAME, X-WR-CALNAME).
    var name: String
    /// Goes into PRODID: `-//RunRamp//RunRamp <version>//EN`.
    var productVersion: String
    /// The zone of timed events: TZID form with a VTIMEZONE, or `…Z` when it is UTC or nil.
    var timeZone: TimeZoneRules?
    var events: [CalendarEvent]

    public init(
        name: String = "RunRamp plan", productVersion: String, timeZone: TimeZoneRules?, events: [CalendarEvent]
    ) {
        self.name = name
        self.productVersion = productVersion
        self.timeZone = timeZone
        self.events = events
    }

    /// The revision of every event after comparing it with what was exported before
    /// (`previous`, by UID): unchanged events keep their SEQUENCE, changed ones get one more.
    /// Each revision also carries what a later cancellation needs: the summary written, the
    /// timing and whether the event was written as cancelled.
    public func revisions(previous: [String: EventRevision]) -> [EventRevision] {
        events.map { event in
            var revision = EventRevision.next(
                uid: event.uid, fingerprint: fingerprint(of: event), previous: previous[event.uid])
            revision.summary = event.limitedSummary
            revision.day = event.timing.day
            if case .timed(let start, let duration) = event.timing {
                revision.startSecondOfDay = start.secondOfDay
                revision.durationSeconds = duration
            }
            revision.isCancelled = event.status == .cancelled
            return revision
        }
    }

    /// The fingerprint of everything written for `event` except DTSTAMP and SEQUENCE.
    func fingerprint(of event: CalendarEvent) -> String {
        var writer = ICalendarWriter()
        write(event, stamp: nil, sequence: nil, into: &writer)
        return EventRevision.fingerprint(of: writer.finish())
    }

    /// The .ics text. `stamp` is the export time (DTSTAMP); `sequences` maps UIDs to SEQUENCE
    /// (missing UIDs get 0).
    public func rendered(stamp: Date, sequences: [String: Int] = [:]) -> String {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.raw("VERSION", "2.0")
        writer.text("PRODID", "-//RunRamp//RunRamp \(productVersion)//EN")
        writer.raw("CALSCALE", "GREGORIAN")
        writer.text("NAME", name)
        writer.text("X-WR-CALNAME", name)
        if let zone = zoneForTimedEvents, let years = timedYears {
            VTimeZoneBuilder.write(zone, years: years, into: &writer)
        }
        for event in events {
            write(event, stamp: stamp, sequence: sequences[event.uid] ?? 0, into: &writer)
        }
        writer.end()
        return writer.finish()
    }

    /// The zone written as TZID, nil when timed events are written in UTC.
    private var zoneForTimedEvents: TimeZoneRules? {
        guard let timeZone, !timeZone.isUTC else { return nil }
        return timeZone
    }

    /// The calendar years timed events touch, nil when every event is all-day.
    private var timedYears: ClosedRange<Int>? {
        var years: [Int] = []
        for event in events {
            guard case .timed(let start, let duration) = event.timing else { continue }
            years.append(start.day.components.year)
            years.append(start.day.adding(days: duration / 86_400 + 1).components.year)
        }
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    private func write(_ event: CalendarEvent, stamp: Date?, sequence: Int?, into writer: inout ICalendarWriter) {
        writer.begin("VEVENT")
        writer.text("UID", event.uid)
        if let stamp { writer.raw("DTSTAMP", ICalendarDate.utc(stamp)) }
        if let sequence { writer.raw("SEQUENCE", String(sequence)) }
        switch event.timing {
        case .allDay(let day):
            writer.raw("DTSTART", ICalendarDate.date(day), parameters: [.init("VALUE", "DATE")])
            writer.raw("DTEND", ICalendarDate.date(day.adding(days: 1)), parameters: [.init("VALUE", "DATE")])
        case .timed(let start, let durationSeconds):
            writeTimed(start: start, durationSeconds: max(durationSeconds, 60), into: &writer)
        }
        writer.text("SUMMARY", event.limitedSummary)
        if !event.description.isEmpty { writer.text("DESCRIPTION", event.limitedDescription) }
        if !event.categories.isEmpty { writer.write(ContentLine("CATEGORIES", .textList(event.categories))) }
        writer.raw("STATUS", event.status.rawValue)
        writer.raw("TRANSP", "TRANSPARENT")
        if let minutes = event.reminderMinutes, event.status == .confirmed {
            writer.begin("VALARM")
            writer.raw("ACTION", "DISPLAY")
            writer.text("DESCRIPTION", event.limitedSummary)
            writer.raw("TRIGGER", ICalendarDate.duration(minutes: -minutes))
            writer.end()
        }
        writer.end()
    }

    private func writeTimed(start: LocalDateTime, durationSeconds: Int, into writer: inout ICalendarWriter) {
        let zone = timeZone ?? .fixed(identifier: "UTC", utcOffsetSeconds: 0, abbreviation: "UTC")
        let startInstant = zone.instant(of: start)
        let endInstant = startInstant + Int64(durationSeconds)
        // A reader takes a wall-clock time in the hour repeated when clocks go back as its first
        // occurrence (RFC 5545 3.3.5): an end in the second occurrence would read as before the
        // start. Such an event is written in UTC, which says exactly when it is.
        let localEnd = zone.localTime(at: endInstant)
        let endReadsBack = zone.instant(of: localEnd) == endInstant
        if zoneForTimedEvents == nil || !endReadsBack {
            let utc = { (instant: Int64) in ICalendarDate.dateTime(LocalDateTime(secondsSinceEpoch: instant)) + "Z" }
            writer.raw("DTSTART", utc(startInstant))
            writer.raw("DTEND", utc(endInstant))
        } else {
            let tzid = [ContentLine.Parameter("TZID", zone.identifier)]
            writer.raw("DTSTART", ICalendarDate.dateTime(zone.localTime(at: startInstant)), parameters: tzid)
            writer.raw("DTEND", ICalendarDate.dateTime(zone.localTime(at: endInstant)), parameters: tzid)
        }
    }
}
