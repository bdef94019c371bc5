import Foundation
import GRDB
import RunImport
import RunModel
import Testing

@testable import TrainingLog

/// Check-ins, stored plans and run corrections in the log.
@Suite struct LivingStorageTests {
    static let day = CalendarDay(year: 2026, month: 12, day: 1)!

    @Test func checkInsRoundTripByDayThenAsRecorded() throws {
        let log = try LogDatabase.inMemory()
        let later = CheckIn(day: Self.day.adding(days: 2), backPain: .none, isCleared: true)
        let first = CheckIn(day: Self.day, backPain: .persistent, symptoms: [.tingling, .numbness])
        let sameDay = CheckIn(day: Self.day, backPain: .mild)
        for checkIn in [later, first, sameDay] { try log.recordCheckIn(checkIn, recordedAt: LogFixtures.day) }
        let stored = try log.checkIns()
        #expect(stored == [first, sameDay, later])
    }

    @Test func anAnswerThisVersionDoesNotKnowNamesItsCheckInAndADamagedDayIsLeftOut() throws {
        let log = try LogDatabase.inMemory()
        try log.recordCheckIn(CheckIn(day: Self.day, backPain: .mild), recordedAt: LogFixtures.day)
        // The schema checks the pain level; a symptom list is free text to it.
        try log.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO checkIn (day, backPain, symptoms, isCleared, recordedAt)
                    VALUES ('2026-12-02', 'none', 'numbness,sore-knee', 0, 0), ('2026-13-01', 'none', '', 0, 0)
                    """)
        }
        #expect(throws: LogError(.corruptRow(.checkIn(2), column: "symptoms"), path: log.path)) {
            try log.checkIns()
        }
        try log.writer.write { db in try db.execute(sql: "DELETE FROM checkIn WHERE id = 2") }
        #expect(try log.checkIns() == [CheckIn(day: Self.day, backPain: .mild)])
    }

    @Test func plansAreListedUpToADay() throws {
        let log = try LogDatabase.inMemory()
        for offset in [7, 0, 14] {
            try log.recordPlan(
                StoredPlan(
                    madeOn: Self.day.adding(days: offset), firstDay: Self.day.adding(days: offset), lastDay: nil,
                    body: Data("{\"n\":\(offset)}".utf8), recordedAt: LogFixtures.day))
        }
        let upTo = try log.storedPlans(madeOnOrBefore: Self.day.adding(days: 7))
        #expect(upTo.map(\.madeOn) == [Self.day, Self.day.adding(days: 7)])
        #expect(upTo.last?.body == Data("{\"n\":7}".utf8))
        #expect(try log.storedPlans().count == 3)
    }

    @Test func aRemovedRunsFilesStayKnownSoAReimportSkipsThem() throws {
        let log = try LogDatabase.inMemory()
        let run = LogFixtures.run(id: "3f9a2c1d00000000")
        _ = try log.record([LogFixtures.file(run)])
        #expect(try log.lookUpRun("3F9A") == .found(run.id))
        #expect(try log.removeRun(id: run.id))
        #expect(try log.allRuns().isEmpty)
        #expect(try log.removedSourceFileCount() == 1)
        #expect(try log.record([LogFixtures.file(run)]) == [.alreadyKnown])
        #expect(try log.allRuns().isEmpty)
        #expect(try !log.removeRun(id: run.id))
        #expect(try log.lookUpRun("3f9a") == .none)
    }

    @Test func lookUpNamesAmbiguousStartsAndIgnoresOddText() throws {
        let log = try LogDatabase.inMemory()
        let start = LogFixtures.day
        for (i, id) in ["ab12000000000000", "ab34000000000000"].enumerated() {
            _ = try log.record([
                LogFixtures.file(LogFixtures.run(id: id, start: start.addingTimeInterval(Double(i) * 86_400)))
            ])
        }
        #expect(try log.lookUpRun("ab") == .ambiguous(["ab12000000000000", "ab34000000000000"]))
        #expect(try log.lookUpRun("ab3") == .found("ab34000000000000"))
        #expect(try log.lookUpRun("a%") == .none)
        #expect(try log.lookUpRun("") == .none)
    }

    @Test func excludedRunsAreKeptButNotCountedAndEditsApply() throws {
        let log = try LogDatabase.inMemory()
        let run = LogFixtures.run(id: "r1")
        _ = try log.record([LogFixtures.file(run)])
        #expect(try log.setRunExcluded(id: "r1", true))
        #expect(try log.allRuns().count == 1)
        #expect(try log.countedRuns(since: nil).runs.isEmpty)
        #expect(try log.setRunExcluded(id: "r1", false))
        #expect(try log.countedRuns(since: nil).runs.count == 1)
        let moved = run.start.addingTimeInterval(86_400)
        #expect(
            try log.editRun(
                id: "r1", RunEdit(sport: .treadmill, distanceMeters: 6_000, movingSeconds: 2_400, start: moved)))
        let edited = try #require(try log.run(id: "r1"))
        #expect(edited.sport == .treadmill && edited.distanceMeters == 6_000)
        #expect(edited.movingSeconds == 2_400 && edited.elapsedSeconds == 2_400)
        #expect(edited.start == moved)
        #expect(try !log.editRun(id: "nope", RunEdit(distanceMeters: 1)))
    }
}
