import Foundation
import Testing

@testable import GPX

/// Files as real exporters write them: Garmin, Strava, vendors' extensions, GPX 1.0, odd namespaces.
@Suite struct VendorFlavourTests {
    @Test func garminTrackPointExtensionV1GivesHeartRateCadenceAndTemperature() throws {
        let document = try readFixture("garmin_tpx_v1.gpx")
        #expect(document.format == .gpx)
        #expect(document.version == "1.1")
        #expect(document.creator == "Garmin Connect")
        #expect(document.name == "Morning Run")
        #expect(document.time == date("2024-05-04T06:30:00Z"))
        #expect(document.tracks.count == 1)
        let track = try #require(document.tracks.first)
        #expect(track.name == "Morning Run")
        #expect(track.type == "running")
        let points = document.allTrackPoints
        #expect(points.count == 3)
        #expect(points[0].latitude == 46.0512345)
        #expect(points[0].longitude == 14.5056789)
        #expect(points[0].elevation == 295.4)
        #expect(points[0].heartRate == 141)
        #expect(points[0].cadence == 84)
        #expect(points[0].temperature == 12.5)
        #expect(points[1].heartRate == 143)
        #expect(points[2].heartRate == nil)
        #expect(points[2].time == date("2024-05-04T06:30:02Z"))
        #expect(document.issues.isEmpty)
    }

    @Test func ns3PrefixedV2ExtensionGivesSpeedAndKeepsSegmentsApart() throws {
        let document = try readFixture("garmin_tpx_v2_ns3.gpx")
        let segments = try #require(document.tracks.first?.segments)
        #expect(segments.map(\.points.count) == [2, 1])
        let first = segments[0].points[0]
        #expect(first.heartRate == 150)
        #expect(first.cadence == 88)
        #expect(first.speed == 3.45)
        #expect(first.temperature == 18)
        #expect(segments[1].points[0].heartRate == 160)
        #expect(document.time == date("2024-06-01T05:00:00Z"))
    }

    @Test func stravaExportDecodesEntitiesInNamesAndReadsCadenceZero() throws {
        let document = try readFixture("strava.gpx")
        #expect(document.creator == "StravaGPX Android")
        #expect(document.tracks.first?.name == "Sunday Long Run & Coffee")
        #expect(document.tracks.first?.type == "9")
        let points = document.allTrackPoints
        #expect(points.map(\.heartRate) == [118, 119, 121])
        #expect(points.map(\.cadence) == [0, 82, 83])
    }

    @Test func bareHeartRateElementsWithoutNamespaceAreRead() throws {
        let points = try readFixture("vendor_heartrate_no_namespace.gpx").allTrackPoints
        #expect(points.map(\.heartRate) == [132, 134, 136])
        #expect(points.map(\.cadence) == [78, 79, nil])
    }

    @Test func undeclaredExtensionPrefixIsToleratedNotFatal() throws {
        let document = try readFixture("undeclared_prefix.gpx")
        #expect(document.allTrackPoints.first?.heartRate == 134)
        #expect(document.allTrackPoints.first?.cadence == 79)
    }

    @Test func gpx10ReadsRootNameTimeWaypointsAndSpeed() throws {
        let document = try readFixture("gpx10.gpx")
        #expect(document.version == "1.0")
        #expect(document.name == "Lake loop")
        #expect(document.time == date("2008-06-01T12:00:00Z"))
        #expect(document.waypoints.count == 1)
        #expect(document.waypoints.first?.elevation == 433)
        let points = document.allTrackPoints
        #expect(points.map(\.speed) == [3.1, 3.2])
        #expect(points.map(\.elevation) == [433.2, 434.0])
    }

    @Test(arguments: ["missing_namespace.gpx", "wrong_namespace.gpx"])
    func plainlyGPXWithoutTheRightNamespaceIsStillRead(name: String) throws {
        let document = try readFixture(name)
        #expect(document.allTrackPoints.count == 2)
        #expect(document.allTrackPoints.last?.time == date("2021-01-01T00:00:10Z"))
    }

    @Test func routesAndWaypointsAreKeptApartFromTracks() throws {
        let document = try readFixture("routes_waypoints.gpx")
        #expect(document.tracks.isEmpty)
        #expect(document.routes.count == 1)
        #expect(document.routes.first?.name == "Hill route")
        #expect(document.routes.first?.points.map(\.elevation) == [300, 320, 350])
        #expect(document.waypoints.map(\.latitude) == [45.0, 45.01])
    }

    @Test func timesWithOffsetsAndFractionsAreNormalisedToUTC() throws {
        let times = try readFixture("times_offsets_fractions.gpx").allTrackPoints.map(\.time)
        let expected = [
            "2020-02-29T21:59:59.5Z", "2020-02-29T21:59:59.75Z", "2020-02-29T22:00:00Z",
            "2020-03-01T00:00:01.123456Z", "2020-02-29T22:00:02Z", "2020-02-29T22:00:03Z",
        ]
        #expect(times.map { $0.map(ISO8601Time.string(from:)) } == expected)
    }

    @Test func fileWithNoPointsIsValidAndEmpty() throws {
        let document = try readFixture("no_points.gpx")
        #expect(document.name == "Nothing here")
        #expect(document.tracks.count == 1)
        #expect(document.tracks.first?.segments.count == 1)
        #expect(document.allTrackPoints.isEmpty)
        let summary = GPXSummary(document)
        #expect(summary.firstPoint == nil)
        #expect(summary.length2DMeters == 0)
    }

    @Test func invalidFixValueIsAnIssueNotAFailure() throws {
        let text = """
            <gpx version="1.1" creator="t"><trk><trkseg>
            <trkpt lat="1" lon="2"><fix>3d</fix></trkpt>
            <trkpt lat="1" lon="2"><fix>sideways</fix><ele>abc</ele></trkpt>
            <trkpt lon="2"/>
            </trkseg></trk></gpx>
            """
        let document = try GPXReader.read(Data(text.utf8))
        #expect(document.allTrackPoints.count == 3)
        #expect(
            document.issues.map(\.reason) == [
                .invalidValue(element: "fix", value: "sideways", expected: "none, 2d, 3d, dgps or pps"),
                .invalidValue(element: "ele", value: "abc", expected: "metres"),
                .missingAttribute(element: "trkpt", attribute: "lat"),
            ])
        #expect(document.issues.first?.line == 3)
        #expect(document.allTrackPoints[2].latitude == nil)
    }
}
