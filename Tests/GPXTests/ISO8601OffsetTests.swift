import Foundation
import Testing
@testable import GPX

/// A time written with an offset keeps it: the run's local day comes from it (docs/local-dates.md).
@Suite struct ISO8601OffsetTests {
    @Test(arguments: [
        ("2026-03-02T06:00:00+11:00", 39_600), ("2026-03-02T06:00:00.5+1100", 39_600), ("2026-11-29T19:00:00-08:00", -28_800),
        ("2026-01-01T05:45:00+05:45", 20_700), ("2026-01-01T10:00:00-0930", -34_200), ("2026-01-01T10:00:00+01", 3_600),
    ])
    func theOffsetAsWritten(text: String, seconds: Int) {
        #expect(ISO8601Time.utcOffset(from: text) == seconds)
    }

    @Test(arguments: ["2026-03-02T06:00:00Z", "2026-03-02T06:00:00", "2026-03-02T06:00:00+00:00", "2026-03-02", "not a time"])
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
