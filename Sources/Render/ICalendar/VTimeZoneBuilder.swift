import RunModel
import ZoneInfo

/// Writes a VTIMEZONE for a zone, covering whole calendar years, from the zone's own rules.
///
/// Each offset change becomes one STANDARD or DAYLIGHT observance with an explicit DTSTART
/// (no RRULE), so what a reader computes is exactly what the system's zone data says for those
/// years; the observance in force when the range starts comes first.
enum VTimeZoneBuilder {
    /// Writes `BEGIN:VTIMEZONE … END:VTIMEZONE` for `rules`, valid for `firstYear`…`lastYear`.
    static func write(_ rules: TimeZoneRules, years: ClosedRange<Int>, into writer: inout ICalendarWriter) {
        let start = yearStart(years.lowerBound) - 14 * 3_600
        let end = yearStart(years.upperBound + 1) + 14 * 3_600
        writer.begin("VTIMEZONE")
        writer.raw("TZID", rules.identifier)
        if let inForce = rules.lastTransition(atOrBefore: start) {
            observance(inForce, into: &writer)
        } else {
            let type = rules.type(at: start)
            let sinceEver = ZoneTransition(instant: 0, from: type, to: type)
            observance(sinceEver, local: LocalDateTime(secondsSinceEpoch: 0), into: &writer)
        }
        for transition in rules.transitions(from: start + 1, through: end) {
            observance(transition, into: &writer)
        }
        writer.end()
    }

    private static func observance(_ transition: ZoneTransition, into writer: inout ICalendarWriter) {
        // DTSTART of an observance is the local time just before the change (RFC 5545 §3.6.5).
        let local = LocalDateTime(secondsSinceEpoch: transition.instant + Int64(transition.from.utcOffsetSeconds))
        observance(transition, local: local, into: &writer)
    }

    private static func observance(
        _ transition: ZoneTransition, local: LocalDateTime, into writer: inout ICalendarWriter
    ) {
        writer.begin(isDaylight(transition) ? "DAYLIGHT" : "STANDARD")
        writer.raw("DTSTART", ICalendarDate.dateTime(local))
        writer.raw("TZOFFSETFROM", ICalendarDate.utcOffset(transition.from.utcOffsetSeconds))
        writer.raw("TZOFFSETTO", ICalendarDate.utcOffset(transition.to.utcOffsetSeconds))
        if !transition.to.abbreviation.isEmpty { writer.text("TZNAME", transition.to.abbreviation) }
        writer.end()
    }

    /// DAYLIGHT for the summer side of a daylight-saving switch. Zones with "negative DST"
    /// (Europe/Dublin: winter GMT is flagged as DST, summer IST as standard) are written the
    /// conventional way round, higher offset as DAYLIGHT, because readers such as dateutil
    /// assume that and resolve times wrongly otherwise. Offset changes that are not a DST switch
    /// keep the zone's own flag.
    static func isDaylight(_ transition: ZoneTransition) -> Bool {
        guard transition.from.isDaylightSaving != transition.to.isDaylightSaving else {
            return transition.to.isDaylightSaving
        }
        return transition.to.utcOffsetSeconds > transition.from.utcOffsetSeconds
    }

    private static func yearStart(_ year: Int) -> Int64 {
        Int64(CalendarDay(year: year, month: 1, day: 1)?.daysSinceEpoch ?? 0) * 86_400
    }
}
