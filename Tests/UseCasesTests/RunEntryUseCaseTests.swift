import Foundation
import RunImport
import RunModel
import Testing
import TrainingLog
import UseCases

/// `runramp add` and the corrections (`edit`, `remove`, `exclude`, `include`) in-process on a
/// temporary log: each refusal's exact line (docs/errors.md), nothing stored on a refusal, and what
/// each correction does to the stored run.
@Suite struct RunEntryUseCaseTests {
    let today = CalendarDay(year: 2026, month: 11, day: 26)!
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    struct NotAdded: Error {}

    func request(
        _ date: String, _ distance: String, _ duration: String, sport: String = "running", rpe: Int? = nil,
        force: Bool = false
    ) -> AddRunUseCase.Request {
        .init(date: date, distance: distance, duration: duration, sport: sport, rpe: rpe, force: force)
    }

    /// The entry of `request`, or the line it is refused with.
    func refusal(_ request: AddRunUseCase.Request) -> String? {
        do {
            _ = try AddRunUseCase.entry(request, today: { today })
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        // 5 km in 9:55 is 1:59 /km.
        (
            "2026-11-20", "5km", "9:55",
            "5km in 9:55: a pace of 1:59 /km, faster than 2:00 /km; add --force if it is right"
        ),
        ("2026-11-27", "5km", "30:00", "date \"2026-11-27\" is after today (2026-11-26); add --force if it is right"),
        (
            "2026-11-27 07:00", "10km", "40:00",
            "date \"2026-11-27 07:00\" is after today (2026-11-26); add --force if it is right"
        ),
    ])
    func theImpossibleIsRefusedAndForceAddsIt(date: String, distance: String, duration: String, line: String) throws {
        #expect(refusal(request(date, distance, duration)) == line)
        #expect(refusal(request(date, distance, duration, force: true)) == nil)
    }

    @Test func theFastestPlausiblePaceTodayAndAFastRideAreAccepted() {
        // 9:58 for 5 km is 1:59.6 /km, printed and judged as 2:00; a bike ride has no running pace.
        #expect(refusal(request("2026-11-26", "5km", "9:58")) == nil)
        #expect(refusal(request("2026-11-25", "60km", "1:00:00", sport: "cycling")) == nil)
    }

    @Test func badFieldsAreRefusedBeforeTodayIsAsked() {
        struct NoToday: Error {}
        let cases: [(AddRunUseCase.Request, String)] = [
            (
                request("2026-11-20", "5km", "30"),
                "--duration 30: a bare number could be seconds or minutes; write 30:00, 30m or 1h05m"
            ),
            (request("2026-11-20", "0km", "30:00"), "distance \"0km\": must be more than 0"),
            (
                request("2026-11-20", "5km", "30:00", rpe: 11),
                "--rpe 11: expected an effort from 1 (very easy) to 10 (maximal)"
            ),
            (
                request("2026-11-31", "5km", "30:00"),
                "date \"2026-11-31\": there is no 31 November 2026 (the month has 30 days)"
            ),
            (request("2026-11-20", "5 parsecs", "30:00"), "distance \"5 parsecs\": expected e.g. 5km, 3.1mi or 800m"),
        ]
        for (request, line) in cases {
            do {
                _ = try AddRunUseCase.entry(request, today: { throw NoToday() })
                Issue.record("\(request) was not refused")
            } catch {
                #expect("\(error)" == line)
            }
        }
    }

    @Test func addingRecordsTheRunOnceAndItsEffort() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        let entry = try AddRunUseCase.entry(request("2026-11-20 18:00", "5km", "30:00"), today: { today })
        let added = try AddRunUseCase.add(entry, rpe: nil, log: log, now: now)
        #expect(added.lines == ["Added 2026-11-20 running 5.00 km in 30:00 (6:00 /km)"])
        guard case .added(let id) = added.outcome else { throw NotAdded() }
        let stored = try #require(try log.run(id: id))
        #expect(stored.distanceMeters == 5_000 && stored.movingSeconds == 1_800 && stored.localDay == entry.day)
        let again = try AddRunUseCase.add(entry, rpe: 4, log: log, now: now)
        #expect(
            again.lines == [
                "Already in the log: 2026-11-20 running 5.00 km in 30:00 (6:00 /km)",
                "Effort 4 of 10 noted for the run of 5.00 km on 2026-11-20.",
            ])
        #expect(try log.countedRuns(since: nil).runs.map(\.id) == [id])
    }

    @Test func editTakesThePlausibleBoundsOfEveryWayIntoTheLog() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        let entry = try AddRunUseCase.entry(request("2026-10-03 07:30", "5km", "30:00"), today: { today })
        guard case .added(let id) = try AddRunUseCase.add(entry, rpe: nil, log: log, now: now).outcome else {
            throw NotAdded()
        }
        let before = try #require(try log.run(id: id))
        // Up to 2,000 km and 30 days, as PlausibleValues; an unambiguous start of the id is enough.
        let longest = try RunCorrectionUseCase.fields(.init(distance: "1500km", duration: "240:00:00"))
        let line = try #require(try RunCorrectionUseCase.edit(String(id.prefix(8)), longest, log: log, now: now))
        #expect(line.contains("1500.00 km"), "\(line)")
        let refusals: [(RunCorrectionUseCase.EditRequest, String)] = [
            (.init(distance: "2001km"), "--distance 2001km: expected a distance such as 5km, 3.1mi or 800m"),
            (.init(distance: "0km"), "--distance 0km: expected a distance such as 5km, 3.1mi or 800m"),
            (.init(duration: "721:00:00"), "--duration 721:00:00: expected a time such as 31:20 or 1:02:03"),
            (
                .init(duration: "45"),
                "--duration 45: a bare number could be seconds or minutes; write 30:00, 30m or 1h05m"
            ),
            (
                .init(sport: "rowing"),
                "--sport rowing: expected one of \(Sport.allCases.map(\.rawValue).joined(separator: ", "))"
            ),
            (.init(date: "2026-02-30"), "--date 2026-02-30: there is no 30 February 2026 (the month has 28 days)"),
            (.init(), "say what to change: --sport, --distance, --duration or --date"),
        ]
        for (request, message) in refusals {
            #expect(throws: (any Error).self) { try RunCorrectionUseCase.fields(request) }
            do { _ = try RunCorrectionUseCase.fields(request) } catch { #expect("\(error)" == message) }
        }
        // A new day keeps the local time of day: two days earlier is 2 × 86,400 s earlier.
        let moved = try RunCorrectionUseCase.fields(.init(sport: "Treadmill", date: "2026-10-01"))
        _ = try RunCorrectionUseCase.edit(id, moved, log: log, now: now)
        let after = try #require(try log.run(id: id))
        #expect(after.start == before.start.addingTimeInterval(-2 * 86_400))
        #expect(after.localDay == CalendarDay(year: 2026, month: 10, day: 1) && after.sport == .treadmill)
        #expect(after.distanceMeters == 1_500_000 && after.movingSeconds == 864_000)
    }

    @Test func correctionsNameTheirRunAndRefuseAnIdThatNamesNone() throws {
        let folder = try TemporaryFolder()
        let log = try LogDatabase(path: folder.path("log.sqlite"), access: .readWrite)
        // 17 runs: two ids share their first hex digit at least.
        var ids: [String] = []
        for day in 1...17 {
            let entry = try AddRunUseCase.entry(
                request(String(format: "2026-10-%02d", day), "\(day)km", "\(day * 6)m"), today: { today })
            if case .added(let id) = try AddRunUseCase.add(entry, rpe: nil, log: log, now: now).outcome {
                ids.append(id)
            }
        }
        #expect(ids.count == 17)
        let shared = try #require(Dictionary(grouping: ids, by: { $0.prefix(1) }).first { $0.value.count > 1 })
        #expect(
            throws: RunEntryRefusal.ambiguousRun(
                String(shared.key), candidates: shared.value.sorted().prefix(10).map { $0 })
        ) {
            try RunCorrectionUseCase.resolve(String(shared.key), in: log)
        }
        #expect(throws: RunEntryRefusal.noSuchRun("zz")) { try RunCorrectionUseCase.resolve("zz", in: log) }
        #expect(
            RunEntryRefusal.ambiguousRun("a", candidates: ["a1", "a2"]).description
                == "a: several runs start with this id: a1, a2; type more of it")
        #expect(RunEntryRefusal.noSuchRun("zz").description == "zz: no run has this id (see `runramp runs`)")

        let excluded = try RunCorrectionUseCase.setExcluded(true, runID: ids[0].uppercased(), log: log)
        #expect(excluded == ids[0])
        #expect(try log.countedRuns(since: nil).runs.count == 16)
        _ = try RunCorrectionUseCase.setExcluded(false, runID: ids[0], log: log)
        #expect(try log.countedRuns(since: nil).runs.count == 17)

        let removed = try RunCorrectionUseCase.remove(ids[1], log: log, now: now)
        #expect(removed.hasPrefix("2026-10-02  running") && removed.contains("2.00 km"), "\(removed)")
        #expect(try log.run(id: ids[1]) == nil)
        #expect(throws: RunEntryRefusal.noSuchRun(ids[1])) {
            try RunCorrectionUseCase.remove(ids[1], log: log, now: now)
        }
    }
}
