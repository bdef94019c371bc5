import Foundation
import RunModel
import Testing
import ZoneInfo

@testable import RunImport

/// Every run on its own local day (docs/local-dates.md). Expected offsets are the zones' published
/// rules, written out in each test: AEDT is UTC+11 until the first Sunday of April, PST UTC−8 from
/// the first Sunday of November, JST UTC+9 all year, EST UTC−5 in winter, and the EU switches at
/// 01:00 UTC on the last Sundays of March and October (Python's zoneinfo agrees; the city table
/// in Tests/ZoneInfoTests/Fixtures carries its offsets for 418 zones).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin"), "needs tzdata"))
struct LocalOffsetTests {
    static let resolver = LocalOffsetResolver(zones: SystemZone(environment: ["TZ": "America/New_York"]))

    static func utc(_ text: String) throws -> Date { try #require(GPXTestTime.date(text)) }

    static func run(at start: Date, latitude: Double?, longitude: Double?, offset: Int? = nil) -> Run {
        let samples = (0..<3).map { i in
            Sample(
                time: start.addingTimeInterval(Double(i) * 10), latitude: latitude,
                longitude: longitude.map { $0 + Double(i) * 0.0001 })
        }
        return Run(
            id: "t", source: RunSource(path: "t.gpx", format: .gpx, contentHash: "h"), sport: .running, start: start,
            utcOffsetSeconds: offset, elapsedSeconds: 20, movingSeconds: 20, distanceMeters: 20, samples: samples)
    }

    static func localDay(_ run: Run) -> CalendarDay {
        CalendarDay(run.start, utcOffsetSeconds: run.utcOffsetSeconds ?? 0)
    }

    @Test func aMondayMorningRunInSydneyLandsOnThatMonday() async throws {
        // 06:00 AEDT on Monday 2026-03-02 is 19:00 UTC on Sunday 2026-03-01, the week before.
        let folder = try TestTools.temporaryFolder("sydney")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write(
            LocalDateFiles.gpx(start: try Self.utc("2026-03-01T19:00:00Z"), latitude: -33.8688, longitude: 151.2093),
            to: folder.appendingPathComponent("sydney.gpx"))
        let recorder = RecorderFake()
        let report = try await Importer(known: [], localOffsets: Self.resolver).run(paths: [folder.path]) {
            recorder.record($0)
        }
        #expect(report.imported == 1)
        let run = try #require(recorder.runs.first)
        #expect(run.utcOffsetSeconds == 11 * 3_600)
        #expect(Self.localDay(run) == CalendarDay("2026-03-02"))
        #expect(Self.localDay(run).isoWeekday == 1)
        let weeks = WeekSummary.weeks(of: [run], endingWith: try #require(CalendarDay("2026-03-08")), count: 2)
        #expect(weeks.map(\.start) == [CalendarDay("2026-02-23"), CalendarDay("2026-03-02")])
        #expect(weeks.map(\.runCount) == [0, 1])
    }

    @Test func aSundayEveningRunInCaliforniaStaysOnSunday() throws {
        // 19:00 PST on Sunday 2026-11-29 is 03:00 UTC on Monday 2026-11-30.
        let run = Self.resolver.dated(
            Self.run(at: try Self.utc("2026-11-30T03:00:00Z"), latitude: 34.0522, longitude: -118.2437))
        #expect(run.utcOffsetSeconds == -8 * 3_600)
        #expect(Self.localDay(run) == CalendarDay("2026-11-29"))
        #expect(
            Self.resolver.offset(for: Self.run(at: run.start, latitude: 34.0522, longitude: -118.2437)).source
                == .position(zone: "America/Los_Angeles"))
    }

    @Test func aFITFileWithoutLocalTimestampIsDatedFromItsPositionsInTokyo() async throws {
        // 06:30 JST on Wednesday 2026-06-10 is 21:30 UTC on Tuesday 2026-06-09.
        let folder = try TestTools.temporaryFolder("tokyo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = LocalDateFiles.fitWithoutLocalTimestamp(
            start: try Self.utc("2026-06-09T21:30:00Z"), latitude: 35.6762, longitude: 139.6503)
        try Data(bytes).write(to: folder.appendingPathComponent("tokyo.fit"))
        let recorder = RecorderFake()
        let report = try await Importer(known: [], localOffsets: Self.resolver).run(paths: [folder.path]) {
            recorder.record($0)
        }
        #expect(report.imported == 1)
        let run = try #require(recorder.runs.first)
        #expect(run.utcOffsetSeconds == 9 * 3_600)
        #expect(Self.localDay(run) == CalendarDay("2026-06-10"))
    }

    @Test func aRunWithoutPositionsTakesTheUsersZone() async throws {
        // 22:00 EST on Wednesday 2026-01-14 is 03:00 UTC on Thursday 2026-01-15.
        let folder = try TestTools.temporaryFolder("treadmill")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write(
            LocalDateFiles.tcxWithoutPositions(start: try Self.utc("2026-01-15T03:00:00Z")),
            to: folder.appendingPathComponent("t.tcx"))
        let recorder = RecorderFake()
        _ = try await Importer(known: [], localOffsets: Self.resolver).run(paths: [folder.path]) { recorder.record($0) }
        let run = try #require(recorder.runs.first)
        #expect(run.utcOffsetSeconds == -5 * 3_600)
        #expect(Self.localDay(run) == CalendarDay("2026-01-14"))
        #expect(
            Self.resolver.offset(for: Self.run(at: run.start, latitude: nil, longitude: nil)).source
                == .userZone("America/New_York"))
    }

    @Test(arguments: [
        // Last Sunday of March 2026 (29th): CET until 01:00 UTC, CEST after.
        ("2026-03-29T00:30:00Z", 3_600, "2026-03-29"), ("2026-03-29T01:30:00Z", 7_200, "2026-03-29"),
        // Last Sunday of October 2026 (25th): CEST until 01:00 UTC, CET after.
        ("2026-10-25T00:30:00Z", 7_200, "2026-10-25"), ("2026-10-25T01:30:00Z", 3_600, "2026-10-25"),
        // 23:30 UTC on Saturday is already Sunday in Berlin, either side of the year.
        ("2026-03-28T23:30:00Z", 3_600, "2026-03-29"), ("2026-10-24T23:30:00Z", 7_200, "2026-10-25"),
    ])
    func daylightSavingDaysInBerlinGiveTheOffsetOfThatInstant(time: String, offset: Int, day: String) throws {
        let run = Self.resolver.dated(Self.run(at: try Self.utc(time), latitude: 52.52, longitude: 13.405))
        #expect(run.utcOffsetSeconds == offset)
        #expect(Self.localDay(run) == CalendarDay(day))
    }

    @Test func atSeaTheNauticalZoneOfTheTableApplies() throws {
        // Mid-Atlantic, 40° N 30° W: the ocean zone Etc/GMT+2, UTC−2.
        let run = Self.run(at: try Self.utc("2026-07-01T12:00:00Z"), latitude: 40, longitude: -30)
        #expect(Self.resolver.offset(for: run).source == .position(zone: "Etc/GMT+2"))
        #expect(Self.resolver.dated(run).utcOffsetSeconds == -2 * 3_600)
    }

    @Test func theFilesOwnOffsetWins() async throws {
        // Written as 06:00+11:00 although the positions are in Berlin: the file's word counts.
        let folder = try TestTools.temporaryFolder("offset")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestTools.write(
            LocalDateFiles.gpx(
                start: try Self.utc("2026-03-01T19:00:00Z"), latitude: 52.52, longitude: 13.405,
                writtenOffset: 11 * 3_600),
            to: folder.appendingPathComponent("written.gpx"))
        let recorder = RecorderFake()
        _ = try await Importer(known: [], localOffsets: Self.resolver).run(paths: [folder.path]) { recorder.record($0) }
        let run = try #require(recorder.runs.first)
        #expect(run.start == (try Self.utc("2026-03-01T19:00:00Z")))
        #expect(run.utcOffsetSeconds == 11 * 3_600)
        #expect(Self.resolver.offset(for: run).source == .file)
    }

    @Test func aStartNoClockCanShowIsDatedWithoutATrap() {
        for start in [Double.nan, .infinity, 1e300] {
            let run = Self.resolver.dated(
                Self.run(at: Date(timeIntervalSince1970: start), latitude: nil, longitude: nil))
            #expect(run.utcOffsetSeconds == -5 * 3_600)  // New York at the epoch: EST
        }
    }

    @Test func withoutTheTableTheUsersZoneApplies() throws {
        let resolver = LocalOffsetResolver(
            zones: SystemZone(environment: ["TZ": "Asia/Kolkata"]), usesBoundaryTable: false)
        let run = resolver.dated(
            Self.run(at: try Self.utc("2026-03-02T20:00:00Z"), latitude: -33.8688, longitude: 151.2093))
        #expect(run.utcOffsetSeconds == 19_800)  // IST, UTC+5:30, no daylight saving
    }

    /// A run with no zone or position of its own, while TZ names no zone: dated in UTC, and the
    /// import says so on that file (it used to be UTC in silence). A valid TZ adds no note.
    @Test func aTZThatNamesNoZoneIsNotedOnTheRunsItDates() throws {
        let start = try Self.utc("2026-11-20T23:30:00Z")
        let file = IncomingFile(
            path: "t.gpx", contentHash: "h", content: .run(Self.run(at: start, latitude: nil, longitude: nil)))
        let garbage = LocalOffsetResolver(zones: SystemZone(environment: ["TZ": "garbage"]), usesBoundaryTable: false)
        let dated = garbage.dated(file)
        guard case .run(let run) = dated.content else {
            Issue.record("the run went missing")
            return
        }
        #expect(run.utcOffsetSeconds == 0)
        #expect(dated.notes == [.datedInUTC(zone: "garbage")])
        #expect(
            dated.notes.map(\.description) == [
                "TZ \"garbage\" names no time zone, so this run (no zone or position in the file) is dated in UTC; "
                    + "set TZ (e.g. Europe/Berlin) or fix its day with runramp edit"
            ])
        let berlin = LocalOffsetResolver(
            zones: SystemZone(environment: ["TZ": "Europe/Berlin"]), usesBoundaryTable: false)
        let fine = berlin.dated(file)
        #expect(fine.notes.isEmpty)
        guard case .run(let berlinRun) = fine.content else { return }
        #expect(berlinRun.utcOffsetSeconds == 3_600)
    }
}

/// Parses test times with the GPX module's own reader's independent twin: Foundation's.
enum GPXTestTime {
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

}
