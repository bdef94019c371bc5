import Foundation
import Planner
import RunModel
import Testing
import ZoneInfo

@testable import Render

@Suite struct PlanCalendarTests {
    static let stamp = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T11:06:40Z

    @Test func smallAllDayPlanMatchesTheFixture() throws {
        let events = PlanCalendar.events(for: ICSSamplePlans.oneWeek())
        let text = CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: events).rendered(stamp: Self.stamp)
        try expectICalendarSnapshot(text, named: "plan-all-day.ics")
        let structure = ICalendarStructure(text)
        #expect(structure.problems.isEmpty)
        #expect(
            structure.values("UID") == [
                "20261130-backcare@runramp", "20261201-run@runramp", "20261202-backcare@runramp",
                "20261203-run@runramp",
                "20261205-run@runramp", "20261206-run@runramp",
            ])
        #expect(structure.values("CATEGORIES") == ["Strength", "Running", "Strength", "Running", "Running", "Running"])
        #expect(structure.values("DTSTART;VALUE=DATE").last == "20261206")
        #expect(structure.values("DTEND;VALUE=DATE").last == "20261207")
    }

    @Test(.enabled(if: hasZoneData, "needs TZif data in /usr/share/zoneinfo"))
    func smallTimedBerlinPlanWithRemindersMatchesTheFixture() throws {
        let berlin = try TimeZoneRules.load(identifier: "Europe/Berlin", directory: zoneDirectory)
        let events = PlanCalendar.events(
            for: ICSSamplePlans.oneWeek(), startSecondOfDay: 7 * 3_600, reminderMinutes: 30)
        let text = CalendarDocument(productVersion: "0.1.0", timeZone: berlin, events: events).rendered(
            stamp: Self.stamp)
        try expectICalendarSnapshot(text, named: "plan-timed-berlin.ics")
        let structure = ICalendarStructure(text)
        #expect(structure.problems.isEmpty)
        #expect(structure.values("DTSTART;TZID=Europe/Berlin").last == "20261206T070000")
        #expect(structure.values("DTEND;TZID=Europe/Berlin").last == "20261206T080800")
        #expect(structure.values("DTEND;TZID=Europe/Berlin").first == "20261130T071500")
        #expect(structure.values("TRIGGER").count == 6)
    }

    @Test func pausedPlansKeepOnlyBackCareAndUrgentPlansExportNothing() {
        let paused = PlanCalendar.events(for: ICSSamplePlans.oneWeek(mode: .paused))
        #expect(paused.map(\.uid) == ["20261130-backcare@runramp", "20261202-backcare@runramp"])
        #expect(PlanCalendar.events(for: ICSSamplePlans.oneWeek(mode: .urgent)).isEmpty)
        for mode in [PlanMode.build, .beginner, .return, .hold] {
            #expect(PlanCalendar.events(for: ICSSamplePlans.oneWeek(mode: mode)).count == 6)
        }
    }

    @Test func uidsDependOnDayAndSlotNotOnWhenThePlanWasMade() {
        let early = PlanCalendar.events(for: ICSSamplePlans.oneWeek(today: "2026-11-23"))
        let late = PlanCalendar.events(for: ICSSamplePlans.oneWeek(today: "2026-11-29"))
        #expect(early.map(\.uid) == late.map(\.uid))
        #expect(Set(early.map(\.uid)).count == early.count)
    }

    @Test func twoSessionsOfOneDayGetDistinctUIDsAndFollowEachOther() {
        var plan = ICSSamplePlans.oneWeek()
        plan.weeks[0].days[1].sessions.append(ICSSamplePlans.backCare)
        plan.weeks[0].days[1].sessions.append(ICSSamplePlans.backCare)
        let events = PlanCalendar.events(for: plan, startSecondOfDay: 7 * 3_600).filter {
            $0.timing.day.description == "2026-12-01"
        }
        #expect(
            events.map(\.uid) == ["20261201-run@runramp", "20261201-backcare@runramp", "20261201-backcare-2@runramp"])
        let starts = events.compactMap { event -> Int? in
            if case .timed(let start, _) = event.timing { return start.secondOfDay }
            return nil
        }
        #expect(starts == [7 * 3_600, 7 * 3_600 + 50 * 60, 7 * 3_600 + 65 * 60])
    }

    @Test func descriptionHoldsTheStepsOneLineEachAndStaysUnder2000Characters() {
        #expect(
            PlanCalendar.events(for: ICSSamplePlans.oneWeek())[0].description
                == ICSSamplePlans.backCareLines.joined(separator: "\n"))
        #expect(
            PlanCalendar.events(for: ICSSamplePlans.oneWeek()).last?.description
                == [
                    "Warm-up 10 min: 5 min brisk walk or very easy jog",
                    "Leg swings front-back and sideways, 10 per leg",
                    "Walking lunges, 10 per leg", "High knees 20, butt kicks 20",
                    "Long run 8.8 km, easy and steady, about 53 min",
                    "Cool-down: 5 min walk", "Hamstring stretch, 2 × 30 s per leg",
                ].joined(separator: "\n"))
        let many = (1...200).map { "Step \($0): " + String(repeating: "x", count: 20) }
        let text = PlanCalendar.description(of: many)
        #expect(text.count < 2_000)
        #expect(text.split(separator: "\n").allSatisfy { many.contains(String($0)) })
        #expect(
            PlanCalendar.description(of: [String(repeating: "y", count: 5_000)]).count
                == CalendarEvent.maximumDescriptionLength)
    }

    @Test func theWorkedExamplePlanExportsOneEventPerSession() throws {
        let today = ICSSamplePlans.day("2026-11-23")
        var runs: [Run] = []
        for (offset, kilometers) in [
            (-26, 5.0), (-24, 5), (-22, 4), (-21, 7), (-19, 5), (-17, 5), (-15, 4), (-14, 8),
            (-12, 5), (-10, 5), (-8, 4), (-7, 7), (-6, 6), (-4, 5), (-2, 5), (-1, 8),
        ] {
            let day = today.adding(days: offset)
            runs.append(
                Run(
                    id: "\(day)", source: RunSource(path: "t.fit", format: .fit, contentHash: "\(day)"),
                    sport: .running,
                    start: day.startDate.addingTimeInterval(6 * 3_600), utcOffsetSeconds: 3_600,
                    elapsedSeconds: kilometers * 360,
                    movingSeconds: kilometers * 360, distanceMeters: kilometers * 1_000))
        }
        let plan = makePlan(
            runs: runs, today: today,
            options: PlanOptions(weekdays: [.mon, .tue, .thu, .sat, .sun], weeklyCeilingMeters: 40_000))
        let sessions = plan.weeks.flatMap(\.days).flatMap(\.sessions)
        let events = PlanCalendar.events(for: plan)
        #expect(!sessions.isEmpty)
        #expect(events.count == sessions.count)
        #expect(events.map(\.summary) == sessions.map { SessionText.title($0, units: plan.units) })
        #expect(
            events.map(\.description)
                == sessions.map { PlanCalendar.description(of: SessionText.lines($0, units: plan.units)) })
        #expect(Set(events.map(\.uid)).count == events.count)
        let structure = ICalendarStructure(
            CalendarDocument(productVersion: "0.1.0", timeZone: nil, events: events).rendered(stamp: Self.stamp))
        #expect(structure.problems.isEmpty)
    }
}
