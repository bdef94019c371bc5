import FIT
import GPX
import RunModel
import Testing

@testable import RunImport

@Suite struct SportMappingTests {
    @Test(arguments: [
        ("Run", Sport.running), ("running", .running), ("Trail Run", .trail), ("Virtual Run", .treadmill),
        ("Walk", .walking), ("Hike", .walking), ("Ride", .cycling), ("Biking", .cycling), ("Swim", .swimming),
        ("treadmill", .treadmill), ("TRACK", .track), ("9", .running),
    ])
    func namesMap(name: String, sport: Sport) {
        #expect(SportMapping.sport(named: name) == sport)
    }

    @Test func unknownNamesMapToNothing() {
        #expect(SportMapping.sport(named: "Yoga") == nil)
        #expect(SportMapping.sport(named: "") == nil)
    }

    @Test func fitSportAndSubSport() {
        #expect(SportMapping.fitSport(sport: "running", subSport: "treadmill") == .treadmill)
        #expect(SportMapping.fitSport(sport: "running", subSport: "trail") == .trail)
        #expect(SportMapping.fitSport(sport: "running", subSport: "generic") == .running)
        #expect(SportMapping.fitSport(sport: "cycling", subSport: "road") == .cycling)
        #expect(SportMapping.fitSport(sport: "training", subSport: nil) == .other)
        #expect(SportMapping.fitSport(sport: nil, subSport: nil) == .other)
    }

    @Test func paceDecidesForUntypedTracks() {
        #expect(SportMapping.inferred(distanceMeters: 10_000, movingSeconds: 3_000) == .running)  // 5:00/km
        #expect(SportMapping.inferred(distanceMeters: 5_000, movingSeconds: 3_600) == .walking)  // 12:00/km
        #expect(SportMapping.inferred(distanceMeters: 30_000, movingSeconds: 3_600) == .cycling)  // 2:00/km
        #expect(SportMapping.inferred(distanceMeters: 0, movingSeconds: 3_600) == nil)
    }
}

@Suite struct ImportReportTests {
    @Test func summaryListsCountsNotesAndLocatedFailures() {
        var report = ImportReport()
        report.filesSeen = 4
        report.add(.imported(runID: "a"), path: "a.gpx", notes: [.sportGuessed(pace: "5:00 /km", as: .running)])
        report.add(.duplicate(keptRunID: "x", replacedRunID: nil), path: "b.tcx")
        // Failures arrive typed from the readers; the report places the location after the path.
        report.failures.append(
            .init(
                ImportError(.gpx(GPXError(.malformedXML(message: "expected '>'"), line: 12, column: 7)), path: "c.gpx"))
        )
        report.failures.append(
            .init(ImportError(.fit(FITError(.truncated(needed: 12, available: 3), at: 1204)), path: "d.fit")))
        #expect(
            report.summary == """
                4 files seen: 1 imported, 0 already known, 1 duplicates, 0 not activities, 2 failed
                note: a.gpx: no activity type; pace 5:00 /km counted as running
                failed: c.gpx:12:7: malformed XML: expected '>'
                failed: d.fit: byte 1204: file ends early: needed 12 bytes, 3 left
                """)
    }

    /// Files that are not activities are grouped on their typed reason, one line a reason, and the
    /// reason's wording is the one `NotActivityReason` gives.
    @Test func notActivitiesAreGroupedOnTheirTypedReason() {
        var report = ImportReport()
        report.filesSeen = 4
        report.add(.notActivity(reason: .fitFileType("monitoring_b")), path: "m2.fit")
        report.add(.notActivity(reason: .emptyFile), path: "e.gpx")
        report.add(.notActivity(reason: .fitFileType("monitoring_b")), path: "m1.fit")
        let skipped = SkippedActivity(
            number: 2, count: 2, why: .unreadable(.fit(FITError(.truncated(needed: 12, available: 3), at: 40))))
        report.add(.notActivity(reason: .noActivityOf(skipped)), path: "c.fit")
        #expect(
            report.notActivityLines == [
                "not an activity: c.fit: activity 2 of 2 skipped: byte 40: file ends early: needed 12 bytes, 3 left",
                "not an activity: e.gpx: empty file (0 bytes)",
                "not activities (2 files, e.g. m1.fit): FIT monitoring b file",
            ])
        #expect(report.notActivities == 4)
    }

    /// The note on GPS spikes counts the points (one point, many points) and names the sport's limit.
    @Test func theSpikeNoteCountsThePoints() {
        #expect(
            ImportNote.gpsSpikes(dropped: 1, maximumSpeedKmh: 45).description
                == "dropped 1 GPS point implying > 45 km/h")
        #expect(
            ImportNote.gpsSpikes(dropped: 3, maximumSpeedKmh: 120).description
                == "dropped 3 GPS points implying > 120 km/h")
        #expect(ImportNote.spikes(in: GPSSpikeFilter.clean([], sport: .running)) == nil)
    }
}
