import Foundation
import Testing

@testable import GPX

/// Garmin Training Center files: activities become tracks, laps become segments.
@Suite struct TCXTests {
    @Test func activityBecomesTrackWithSportAsType() throws {
        let document = try readFixture("activity.tcx")
        #expect(document.format == .tcx)
        #expect(document.version == nil)
        #expect(document.tracks.count == 1)
        #expect(document.tracks.first?.type == "Running")
    }

    @Test func lapsBecomeSegmentsWithTheirFigures() throws {
        let segments = try #require(try readFixture("activity.tcx").tracks.first?.segments)
        #expect(segments.count == 2)
        #expect(segments[0].lapStart == date("2024-04-20T08:00:00Z"))
        #expect(segments[0].lapTotalTimeSeconds == 300.5)
        #expect(segments[0].lapDistanceMeters == 1000)
        #expect(segments[1].lapStart == date("2024-04-20T07:05:00.5Z"))
        #expect(segments[1].lapTotalTimeSeconds == 60)
        #expect(segments[1].lapDistanceMeters == 200)
        #expect(segments.map(\.points.count) == [3, 1])
    }

    @Test func trackpointsCarryPositionAltitudeDistanceHeartRateAndCadence() throws {
        let points = try readFixture("activity.tcx").allTrackPoints
        #expect(points[0].latitude == nil)
        #expect(points[0].heartRate == 120)
        #expect(points[1].latitude == 52.52)
        #expect(points[1].longitude == 13.405)
        #expect(points[1].elevation == 34.2)
        #expect(points[1].distanceMeters == 0)
        #expect(points[1].heartRate == 121)
        // RunCadence from the TPX extension follows the Cadence element and wins.
        #expect(points[1].cadence == 86)
        #expect(points[1].speed == 3.3)
        #expect(points[2].cadence == 87)
        #expect(points[3].distanceMeters == 1001)
        #expect(points[3].time == date("2024-04-20T07:05:01Z"))
    }

    @Test func lapAverageHeartRateIsNotTakenForAPoint() throws {
        let points = try readFixture("activity.tcx").allTrackPoints
        #expect(!points.contains { $0.heartRate == 140 || $0.heartRate == 155 })
    }

    @Test func summaryStartsAtTheFirstPositionedPoint() throws {
        let summary = GPXSummary(try readFixture("activity.tcx"))
        #expect(summary.segments == 2)
        #expect(summary.trackPoints == 4)
        #expect(summary.pointsWithHeartRate == 4)
        #expect(summary.firstPoint?.latitude == 52.52)
        #expect(summary.firstPointTime == date("2024-04-20T08:00:00Z"))
        #expect(summary.length2DMeters > 13 && summary.length2DMeters < 14)
    }
}
