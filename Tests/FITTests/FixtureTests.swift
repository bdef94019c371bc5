import FIT
import Testing

/// Files written by encoders RunRamp did not write (Scripts/make_fit_fixtures.py).
@Suite struct FixtureTests {
    @Test(arguments: ["bigendian_compressed.fit", "gpsbabel_course.fit", "sdk_activity.fit", "sdk_chained.fit"])
    func tallyingSummaryMatchesTheStoredMessages(_ name: String) throws {
        let bytes = try fixture(name)
        let summary = FITSummary(FITDecoder.decode(bytes))
        #expect(summary.records > 0)
        #expect(FITSummary(bytes: bytes) == summary)
    }

    /// 2019-03-02T07:12:05Z in FIT seconds.
    static let start = 1_551_510_725.0 - FITEpoch.unixOffset

    @Test func garminSDKActivity() throws {
        let file = FITDecoder.decode(try fixture("sdk_activity.fit"))
        #expect(file.error == nil)
        let summary = FITSummary(file)
        #expect(summary.fileType == .name("activity"))
        #expect(summary.manufacturer == .name("garmin"))
        #expect(summary.product == .name("fenix5"))
        #expect(summary.records == 60)
        #expect(summary.recordsWithHeartRate == 54)
        #expect(summary.laps == 1)
        #expect(summary.developerFields == 2)
        #expect(summary.firstRecordTime == Self.start)
        #expect(summary.lastRecordTime == Self.start + 59)
        let session = try #require(summary.sessions.first)
        #expect(session.sport == .name("running"))
        #expect(session.subSport == .name("trail"))
        #expect(session.totalElapsedTime == 59.5)
        #expect(session.totalDistance == 168.15)
        let position = try #require(summary.firstPosition)
        #expect(abs(position.latitude - 46.05) < 1e-7)
        #expect(abs(position.longitude - 14.5) < 1e-7)

        let records = file.messages.filter { $0.name == "record" }
        #expect(records[10].number("enhanced_speed") == 2.85)
        #expect(abs((records[10].number("enhanced_altitude") ?? 0) - 297.4) < 1e-9)
        #expect(records[10].number("distance") == 28.5)
        let developer = records[10].developerFields
        #expect(developer.map(\.name) == ["doughnuts_earned", "heart_rate_dev"])
        #expect(developer.map(\.units) == ["doughnuts", "bpm"])
        #expect(developer.map(\.value) == [.float(Double(Float(1.0))), .unsigned(144)])
    }

    @Test func chainedSDKFiles() throws {
        let file = FITDecoder.decode(try fixture("sdk_chained.fit"))
        #expect(file.error == nil)
        #expect(file.headers.count == 2)
        let summary = FITSummary(file)
        #expect(summary.records == 80)
        #expect(summary.sessions.count == 2)
        #expect(summary.lastRecordTime == Self.start + 7200 + 19)
        // The second file has no developer fields but its records still decode.
        #expect(file.messages.last { $0.name == "record" }?.developerFields.isEmpty == true)
    }

    @Test func gpsBabelCourse() throws {
        let file = FITDecoder.decode(try fixture("gpsbabel_course.fit"))
        #expect(file.error == nil)
        let summary = FITSummary(file)
        #expect(summary.fileType == .name("course"))
        #expect(summary.records == 40)
        #expect(summary.laps == 1)
        #expect(summary.firstRecordTime == Self.start)
        #expect(summary.lastRecordTime == Self.start + 39)
        let records = file.messages.filter { $0.name == "record" }
        #expect(abs((records[5].number("position_lat") ?? 0) - 46.0505) < 1e-6)
        #expect(abs((records[5].number("altitude") ?? 0) - 297) < 0.2)
    }

    @Test func bigEndianWithCompressedTimestamps() throws {
        let file = FITDecoder.decode(try fixture("bigendian_compressed.fit"))
        #expect(file.error == nil)
        let summary = FITSummary(file)
        #expect(summary.product == .name("fenix5"))
        #expect(summary.records == 41)
        #expect(summary.recordsWithHeartRate == 40)
        #expect(summary.firstRecordTime == Self.start)
        #expect(summary.lastRecordTime == Self.start + 40)
        let records = file.messages.filter { $0.name == "record" }
        #expect(records.map { $0.number("timestamp") } == (0...40).map { Self.start + Double($0) })
        #expect(records[40].number("enhanced_speed") == 2.89)
        let device = try #require(file.messages.first { $0.name == "device_info" })
        #expect(device.text("product_name") == "RunRamp")
        let hrv = try #require(file.messages.first { $0.name == "hrv" })
        #expect(
            hrv.fields.first?.value
                == .array([.unsigned(1000), .unsigned(980), .unsigned(1010), .unsigned(995), .unsigned(0xFFFF)]))
    }
}
