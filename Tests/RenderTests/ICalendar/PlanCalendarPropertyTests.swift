import Foundation
import Planner
import PropertyBased
import RunModel
import Testing
import ZoneInfo

@testable import Render

/// Generated plans of every session kind, in every mode, all-day and timed (hostile text is covered by
/// HostileTextTests: sessions hold typed parts, no free text).
@Suite struct PlanCalendarPropertyTests {
    static let kinds: [Session.Kind?] = [nil, .easyRun, .longRun, .runWalk, .backCare, .walk]

    /// A session of `kind` lasting `seconds`.
    static func session(_ kind: Session.Kind, seconds: Int) -> Session {
        switch kind {
        case .easyRun, .longRun:
            Session(
                kind: kind, distanceMeters: 5_000, durationSeconds: seconds, warmUp: .beforeEveryRun,
                main: .run(minutes: 30), coolDown: .afterEveryRun)
        case .runWalk:
            Session(
                kind: kind, distanceMeters: nil, durationSeconds: seconds, warmUp: .beforeEveryRun,
                main: .runWalk(
                    RunWalkSet(week: 5, run: 2, intervals: [.init(.run, seconds: 480), .init(.walk, seconds: 300)])),
                coolDown: .afterEveryRun)
        case .backCare:
            Session(
                kind: kind, distanceMeters: nil, durationSeconds: seconds,
                main: .exercises([Exercise(.birdDog, sets: 3, .repetitions(6), side: .perSide)]))
        case .walk:
            Session(
                kind: kind, distanceMeters: nil, durationSeconds: seconds, main: .walk(minutes: 20),
                onlyIfPainFree: true)
        }
    }

    /// A plan from per-day kind codes (0 = rest).
    static func plan(mode: PlanMode, codes: [Int]) -> Plan {
        let monday = ICSSamplePlans.day("2026-11-30")
        var weeks: [PlanWeek] = []
        for weekIndex in 0..<(codes.count + 6) / 7 {
            let start = monday.adding(days: weekIndex * 7)
            let days = (0..<7).map { offset -> PlanDay in
                let index = weekIndex * 7 + offset
                guard index < codes.count, let kind = kinds[codes[index] % kinds.count] else {
                    return PlanDay(date: start.adding(days: offset))
                }
                return PlanDay(date: start.adding(days: offset), sessions: [session(kind, seconds: 900 + index * 120)])
            }
            weeks.append(
                PlanWeek(
                    index: weekIndex + 1, start: start, targetMeters: 0, plannedMeters: 0, isCutback: false, days: days)
            )
        }
        return Plan(
            mode: mode, today: ICSSamplePlans.day("2026-11-24"), history: ICSSamplePlans.history, weeks: weeks,
            advisories: [])
    }

    @Test(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
    func everyExportIsWellFormedWhateverThePlanSays() async throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let modes = Gen.element(of: PlanMode.allCases).map { $0 ?? .build }
        let codes = Gen.int(in: 0...5).array(of: 1...28)
        await propertyCheck(count: 60, input: modes, codes) { mode, codes in
            let plan = Self.plan(mode: mode, codes: codes)
            for timed in [false, true] {
                let events = PlanCalendar.events(
                    for: plan, startSecondOfDay: timed ? 6 * 3_600 + 45 * 60 : nil, reminderMinutes: timed ? 30 : nil)
                let text = CalendarDocument(productVersion: "0.1.0", timeZone: timed ? berlin : nil, events: events)
                    .rendered(stamp: Date(timeIntervalSince1970: 0))
                let structure = ICalendarStructure(text)
                #expect(structure.problems.isEmpty, "\(structure.problems)")

                let sessions = plan.weeks.flatMap(\.days).flatMap(\.sessions)
                let expected =
                    mode == .urgent ? 0 : mode == .paused ? sessions.filter { !$0.kind.isRun }.count : sessions.count
                #expect(structure.values("BEGIN").filter { $0 == "VEVENT" }.count == expected)
                #expect(Set(structure.values("UID")).count == expected)
                if mode == .paused || mode == .urgent {
                    #expect(!structure.values("CATEGORIES").contains("Running"))
                }
                // Only properties RunRamp writes, in an order it writes them.
                let allowed: Set<String> = [
                    "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "NAME", "X-WR-CALNAME", "TZID", "DTSTART",
                    "TZOFFSETFROM",
                    "TZOFFSETTO", "TZNAME", "UID", "DTSTAMP", "SEQUENCE", "DTEND", "SUMMARY", "DESCRIPTION",
                    "CATEGORIES",
                    "STATUS", "TRANSP", "ACTION", "TRIGGER",
                ]
                #expect(Set(structure.names).isSubset(of: allowed))
                #expect(structure.values("SUMMARY").count == expected)
                // DTEND always after DTSTART (same format, so text order is time order).
                let starts = structure.contentLines.filter { $0.hasPrefix("DTSTART;") }.map(
                    ICalendarStructure.value(of:))
                let ends = structure.contentLines.filter { $0.hasPrefix("DTEND;") }.map(ICalendarStructure.value(of:))
                #expect(zip(starts, ends).allSatisfy { $0 < $1 })
                #expect(structure.values("DESCRIPTION").allSatisfy { unescapeText($0).count < 2_000 })
            }
        }
    }
}
