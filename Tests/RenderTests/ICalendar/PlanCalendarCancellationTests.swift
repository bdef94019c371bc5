import Foundation
import Planner
import RunModel
import Testing
import ZoneInfo

@testable import Render

/// Sessions an earlier export had and a newer plan does not come back as STATUS:CANCELLED.
@Suite struct PlanCalendarCancellationTests {
    static let stamp = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T11:06:40Z
    static let runUIDs = [
        "20261201-run@runramp", "20261203-run@runramp", "20261205-run@runramp", "20261206-run@runramp",
    ]
    static let backCareUIDs = ["20261130-backcare@runramp", "20261202-backcare@runramp"]

    /// One export as `exportCalendar` does it, purely: the text, and the log after it.
    struct Export {
        var text: String
        var revisions: [EventRevision]
        var log: [String: EventRevision]
        var structure: ICalendarStructure { ICalendarStructure(text) }

        func revision(_ uid: String) -> EventRevision? { revisions.first { $0.uid == uid } }
    }

    static func export(
        _ plan: Plan, after log: [String: EventRevision] = [:], startSecondOfDay: Int? = nil,
        timeZone: TimeZoneRules? = nil,
        stamp: Date = stamp
    ) -> Export {
        let sessions = PlanCalendar.events(for: plan, startSecondOfDay: startSecondOfDay)
        let cancellations = PlanCalendar.cancellations(for: plan, keeping: sessions, previous: log)
        let document = CalendarDocument(productVersion: "0.1.0", timeZone: timeZone, events: sessions + cancellations)
        let revisions = document.revisions(previous: log)
        let text = document.rendered(
            stamp: stamp, sequences: Dictionary(uniqueKeysWithValues: revisions.map { ($0.uid, $0.sequence) }))
        var newLog = log
        for revision in revisions { newLog[revision.uid] = revision }
        return Export(text: text, revisions: revisions, log: newLog)
    }

    /// The content lines of the VEVENT with `uid`.
    static func event(_ uid: String, in text: String) -> [String] {
        let lines = ICalendarStructure(text).contentLines
        guard let start = lines.firstIndex(of: "UID:" + uid), let end = lines[start...].firstIndex(of: "END:VEVENT")
        else { return [] }
        return Array(lines[start..<end])
    }

    @Test func pausingCancelsEveryRunWithSequencePlusOneAndKeepsBackCare() throws {
        let build = Self.export(ICSSamplePlans.oneWeek())
        #expect(build.revisions.allSatisfy { $0.sequence == 0 && !$0.isCancelled })
        let paused = Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: build.log)
        #expect(paused.structure.problems.isEmpty)
        #expect(paused.revisions.map(\.uid) == Self.backCareUIDs + Self.runUIDs)
        for uid in Self.runUIDs {
            let lines = Self.event(uid, in: paused.text)
            #expect(lines.contains("SEQUENCE:1"), "\(uid)")
            #expect(lines.contains("STATUS:CANCELLED"), "\(uid)")
            #expect(!lines.contains("STATUS:CONFIRMED"), "\(uid)")
            #expect(paused.revision(uid)?.isCancelled == true)
        }
        #expect(Self.event("20261206-run@runramp", in: paused.text).contains("SUMMARY:Cancelled: Long run 8.8 km"))
        #expect(Self.event("20261201-run@runramp", in: paused.text).contains("SUMMARY:Cancelled: Easy run 5.8 km"))
        // The same all-day form as the event it cancels.
        #expect(Self.event("20261206-run@runramp", in: paused.text).contains("DTSTART;VALUE=DATE:20261206"))
        #expect(Self.event("20261206-run@runramp", in: paused.text).contains("DTEND;VALUE=DATE:20261207"))
        for uid in Self.backCareUIDs {
            let lines = Self.event(uid, in: paused.text)
            #expect(lines.contains("SEQUENCE:0") && lines.contains("STATUS:CONFIRMED"), "\(uid)")
        }
        #expect(paused.structure.values("STATUS").filter { $0 == "CANCELLED" }.count == 4)
    }

    @Test func reExportingThePausedPlanChangesNothingButTheStamp() {
        let build = Self.export(ICSSamplePlans.oneWeek())
        let paused = Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: build.log)
        let again = Self.export(
            ICSSamplePlans.oneWeek(mode: .paused), after: paused.log, stamp: Self.stamp.addingTimeInterval(86_400))
        #expect(again.revisions == paused.revisions)
        #expect(
            paused.text.replacingOccurrences(of: "DTSTAMP:20261118T110640Z", with: "DTSTAMP:20261119T110640Z")
                == again.text)
        #expect(paused.text != again.text)
    }

    @Test func aSessionThatComesBackIsConfirmedWithSequenceRaisedAgain() {
        let build = Self.export(ICSSamplePlans.oneWeek())
        let paused = Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: build.log)
        let resumed = Self.export(ICSSamplePlans.oneWeek(), after: paused.log)
        #expect(resumed.revisions.allSatisfy { !$0.isCancelled })
        for uid in Self.runUIDs {
            let lines = Self.event(uid, in: resumed.text)
            #expect(lines.contains("SEQUENCE:2") && lines.contains("STATUS:CONFIRMED"), "\(uid)")
        }
        #expect(Self.event("20261206-run@runramp", in: resumed.text).contains("SUMMARY:Long run 8.8 km"))
        #expect(resumed.structure.values("STATUS").allSatisfy { $0 == "CONFIRMED" })
    }

    @Test func aMovedSessionIsNewOnItsDayAndCancelledOnTheOldOne() {
        let build = Self.export(ICSSamplePlans.oneWeek())
        var moved = ICSSamplePlans.oneWeek()
        let saturday = moved.weeks[0].days[5].sessions
        moved.weeks[0].days[4].sessions = saturday  // Friday
        moved.weeks[0].days[5].sessions = []
        let next = Self.export(moved, after: build.log)
        #expect(next.revision("20261204-run@runramp")?.sequence == 0)
        #expect(next.revision("20261204-run@runramp")?.isCancelled == false)
        #expect(next.revision("20261205-run@runramp")?.sequence == 1)
        #expect(next.revision("20261205-run@runramp")?.isCancelled == true)
        #expect(Self.event("20261205-run@runramp", in: next.text).contains("STATUS:CANCELLED"))
        #expect(next.revisions.filter(\.isCancelled).map(\.uid) == ["20261205-run@runramp"])
        #expect(next.revisions.filter { $0.sequence > 0 }.map(\.uid) == ["20261205-run@runramp"])
    }

    @Test func pastDaysAreNeverTouched() {
        // An earlier export from before "today" (2026-11-24), one from this week after today, one
        // after the new plan's last day.
        var log = Self.export(ICSSamplePlans.oneWeek()).log
        for uid in ["20261120-run@runramp", "20261124-run@runramp", "20261126-run@runramp", "20261210-run@runramp"] {
            let day = ICSSamplePlans.day("\(uid.prefix(4))-\(uid.dropFirst(4).prefix(2))-\(uid.dropFirst(6).prefix(2))")
            log[uid] = EventRevision(
                uid: uid, day: day, fingerprint: "0000000000000001", sequence: 3, summary: "Easy run 5.0 km")
        }
        let paused = Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: log)
        let cancelled = paused.revisions.filter(\.isCancelled).map(\.uid)
        // Paused: no run may stay anywhere from today on.
        #expect(
            cancelled == ["20261124-run@runramp", "20261126-run@runramp"] + Self.runUIDs + ["20261210-run@runramp"])
        #expect(paused.revision("20261126-run@runramp")?.sequence == 4)
        #expect(paused.revision("20261120-run@runramp") == nil)
        #expect(!paused.text.contains("20261120"))

        // A plan that still runs cancels only inside its own days.
        var changed = ICSSamplePlans.oneWeek()
        changed.weeks[0].days[1].sessions = []
        let build = Self.export(changed, after: log)
        #expect(build.revisions.filter(\.isCancelled).map(\.uid) == ["20261201-run@runramp"])
        #expect(
            PlanCalendar.cancellationDays(for: changed) == ICSSamplePlans.day("2026-11-30")
                .daysSinceEpoch...ICSSamplePlans.day("2026-12-06").daysSinceEpoch)
    }

    @Test func anUrgentPlanHoldsOnlyCancellationsOfEverything() {
        let build = Self.export(ICSSamplePlans.oneWeek())
        let urgent = Self.export(ICSSamplePlans.oneWeek(mode: .urgent), after: build.log)
        #expect(urgent.revisions.count == 6)
        #expect(urgent.revisions.allSatisfy { $0.isCancelled && $0.sequence == 1 })
        #expect(urgent.structure.problems.isEmpty)
        #expect(Self.event("20261130-backcare@runramp", in: urgent.text).contains("SUMMARY:Cancelled: Back care"))
        // Nothing exported before: nothing to cancel.
        #expect(Self.export(ICSSamplePlans.oneWeek(mode: .urgent)).revisions.isEmpty)
    }

    @Test func unknownSummaryAndTimingFallBackToAGenericAllDayCancellation() {
        let uid = "20261201-run@runramp"
        let log = [
            uid: EventRevision(
                uid: uid, day: ICSSamplePlans.day("2026-12-01"), fingerprint: "00000000000000aa", sequence: 0)
        ]
        let paused = Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: log)
        let lines = Self.event(uid, in: paused.text)
        #expect(lines.contains("SUMMARY:Cancelled: RunRamp session"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261201"))
        #expect(lines.contains("SEQUENCE:1"))
    }

    @Test(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
    func aTimedEventIsCancelledAtTheSameTimeWithoutItsReminder() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let plan = ICSSamplePlans.oneWeek()
        let events = PlanCalendar.events(for: plan, startSecondOfDay: 7 * 3_600, reminderMinutes: 30)
        let first = CalendarDocument(productVersion: "0.1.0", timeZone: berlin, events: events).revisions(previous: [:])
        let log = Dictionary(uniqueKeysWithValues: first.map { ($0.uid, $0) })
        #expect(log["20261206-run@runramp"]?.startSecondOfDay == 25_200)
        #expect(log["20261206-run@runramp"]?.durationSeconds == 68 * 60)
        let paused = Self.export(
            ICSSamplePlans.oneWeek(mode: .paused), after: log, startSecondOfDay: 7 * 3_600, timeZone: berlin)
        let lines = Self.event("20261206-run@runramp", in: paused.text)
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20261206T070000"))
        #expect(lines.contains("DTEND;TZID=Europe/Berlin:20261206T080800"))
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(!lines.contains("BEGIN:VALARM"))
        #expect(paused.structure.problems.isEmpty)
    }

    @Test func anEarlierEventWithoutAStoredDayIsNeverCancelled() {
        let uid = "20261201-run@runramp"
        let log = [uid: EventRevision(uid: uid, fingerprint: "00000000000000aa", sequence: 0)]
        #expect(Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: log).revision(uid) == nil)
    }

    @Test func theCalendarIDGoesIntoEveryUID() {
        let events = PlanCalendar.events(for: ICSSamplePlans.oneWeek(), calendarID: "3f9a2c")
        #expect(events.first?.uid == "20261130-backcare-3f9a2c@runramp")
        #expect(events.allSatisfy { $0.uid.hasSuffix("-3f9a2c@runramp") })
        #expect(
            PlanCalendar.uid(day: ICSSamplePlans.day("2026-12-01"), slot: "run", calendarID: "3f9a2c")
                == "20261201-run-3f9a2c@runramp")
    }

    @Test func smallCancellationCalendarMatchesTheFixture() throws {
        let build = Self.export(ICSSamplePlans.oneWeek())
        let paused = Self.export(ICSSamplePlans.oneWeek(mode: .paused), after: build.log)
        try expectICalendarSnapshot(paused.text, named: "plan-paused-cancellations.ics")
    }
}
