import Foundation
import Testing

@testable import GPX

/// A time written with an offset keeps it: the run's local day comes from it (docs/local-dates.md).
@Suite struct ISO8601OffsetTests {
    @Test(arguments: [
        ("2026-03-02T06:00:00+11:00", 39_600), ("2026-03-02T06:00:00.5+1100", 39_600),
        ("2026-11-29T19:00:00-08:00", -28_800),
        ("2026-01-01T05:45:00+05:45", 20_700), ("2026-01-01T10:00:00-0930", -34_200), ("2026-01-01T10:00:00+01", 3_600),
    ])
    func theOffsetAsWritten(text: String, seconds: Int) {
        #expect(ISO8601Time.utcOffset(from: text) == seconds)
    }

    @Test(arguments: [
        "2026-03-02T06:00:00Z", "2026-03-02T06:00:00", "2026-03-02T06:00:00+00:00", "2026-03-02", "not a time",
    ])
    func noOffsetForUTCOrNoZone(text: String) {
        #expect(ISO8601Time.utcOffset(from: text) == nil)
    }

    @Test func trackPointsCarryTheOffsetOfTheirTime() throws {
        let gpx = """
            <gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
            <trkpt lat="-33.86" lon="151.2"><time>2026-03-02T06:00:00+11:00</time></trkpt>
            <trkpt lat="-33.86" lon="151.2"><time>2026-03-01T19:00:10Z</time></trkpt>
            </trkseg></trk></gpx>
            """
        let points = try GPXReader.read(Data(gpx.utf8)).tracks[0].segments[0].points
        #expect(points.map(\.utcOffsetSeconds) == [39_600, nil])
        // 06:00 at UTC+11 is 19:00 UTC the day before.
        #expect(points[0].time == Date(timeIntervalSince1970: 1_772_391_600))
    }
}

/// TCX trackpoint times keep their written offset too.
@Suite struct TCXOffsetTests {
    @Test func trackpointTimesCarryTheirOffset() throws {
        let tcx = """
            <?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
            <Activities><Activity Sport="Running"><Id>2026-11-29T19:00:00-08:00</Id><Lap StartTime="2026-11-29T19:00:00-08:00"><Track>
            <Trackpoint><Time>2026-11-29T19:00:00-08:00</Time></Trackpoint>
            </Track></Lap></Activity></Activities></TrainingCenterDatabase>
            """
        let point = try #require(try GPXReader.read(Data(tcx.utf8)).tracks.first?.segments.first?.points.first)
        #expect(point.utcOffsetSeconds == -28_800)
        #expect(point.time == Date(timeIntervalSince1970: 1_796_007_600))  // 2026-11-30T03:00:00Z
    }
}
