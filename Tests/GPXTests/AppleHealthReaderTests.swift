import Foundation
import Testing

@testable import GPX

/// export.xml of an Apple Health export streamed by AppleHealthReader: workouts of the older form
/// (totalDistance attributes) and the newer (WorkoutStatistics), whatever the chunking.
@Suite struct AppleHealthReaderTests {
    /// A small export.xml as the Health app writes it: DOCTYPE with an internal subset, records around
    /// the workouts, an outdoor run with a route (Berlin, +0100), an indoor run in miles (California, -0800)
    /// and a ride.
    static let exportXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE HealthData [
        <!-- HealthKit Export Version: 13 -->
        <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
        <!ATTLIST HealthData
          locale CDATA #REQUIRED
        >
        <!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
        <!ATTLIST Workout
          workoutActivityType   CDATA #REQUIRED
          duration              CDATA #IMPLIED
          durationUnit          CDATA #IMPLIED
          startDate             CDATA #REQUIRED
          endDate               CDATA #REQUIRED
        >
        ]>
        <HealthData locale="en_GB">
         <ExportDate value="2024-03-20 21:00:00 +0100"/>
         <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="iPhone" unit="count" startDate="2021-03-10 06:00:00 +0100" endDate="2021-03-10 06:10:00 +0100" value="950"/>
         <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="52.5" durationUnit="min" totalDistance="10.2" totalDistanceUnit="km" totalEnergyBurned="640" totalEnergyBurnedUnit="kcal" sourceName="Apple Watch" sourceVersion="7.3" device="&lt;&lt;HKDevice: 0x2836f0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch5,4, software:7.3&gt;" creationDate="2021-03-10 07:36:00 +0100" startDate="2021-03-10 06:40:00 +0100" endDate="2021-03-10 07:35:00 +0100">
          <MetadataEntry key="HKIndoorWorkout" value="0"/>
          <WorkoutEvent type="HKWorkoutEventTypeSegment" date="2021-03-10 06:40:00 +0100" duration="5" durationUnit="min"/>
          <WorkoutRoute sourceName="Apple Watch" startDate="2021-03-10 06:40:00 +0100" endDate="2021-03-10 07:35:00 +0100">
           <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>
           <FileReference path="/workout-routes/route_2021-03-10_7.35am.gpx"/>
          </WorkoutRoute>
         </Workout>
         <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Apple Watch" unit="count/min" startDate="2021-03-10 07:00:00 +0100" endDate="2021-03-10 07:00:00 +0100" value="151"/>
         <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="32" durationUnit="min" totalDistance="0" totalDistanceUnit="km" sourceName="Apple Watch" startDate="2024-01-05 23:30:00 -0800" endDate="2024-01-06 00:02:00 -0800">
          <MetadataEntry key="HKIndoorWorkout" value="1"/>
          <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2024-01-05 23:30:00 -0800" endDate="2024-01-06 00:02:00 -0800" sum="300" unit="kcal"/>
          <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2024-01-05 23:30:00 -0800" endDate="2024-01-06 00:02:00 -0800" sum="3.1" unit="mi"/>
          <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2024-01-05 23:30:00 -0800" endDate="2024-01-06 00:02:00 -0800" average="151" minimum="120" maximum="172" unit="count/min"/>
         </Workout>
         <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="1.5" durationUnit="hr" totalDistance="40000" totalDistanceUnit="m" sourceName="Wahoo" startDate="2024-02-01 17:00:00 +0000" endDate="2024-02-01 18:40:00 +0000"/>
        </HealthData>

        """

    static func failure(_ text: String) -> GPXError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    static func read(_ text: String, chunk: Int = 1 << 20) throws(GPXError) -> [HealthWorkout] {
        let reader = AppleHealthReader()
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + chunk)
            try Self.push(Array(bytes[offset..<end]), to: reader)
            offset = end
        }
        return try reader.finish()
    }

    static func push(_ bytes: [UInt8], to reader: AppleHealthReader) throws(GPXError) {
        let result: Result<Void, GPXError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(GPXError) in try reader.push(buffer) }
        }
        try result.get()
    }

    static func utc(_ text: String) -> Date? { ISO8601Time.date(from: text) }

    @Test(arguments: [1 << 20, 7, 1])
    func workoutsAreReadWhateverTheChunks(chunk: Int) throws {
        let workouts = try Self.read(Self.exportXML, chunk: chunk)
        #expect(workouts.count == 3)
        let outdoor = try #require(workouts.first)
        #expect(outdoor.activityType == "HKWorkoutActivityTypeRunning")
        #expect(outdoor.start == Self.utc("2021-03-10T05:40:00Z"))
        #expect(outdoor.startOffsetSeconds == 3_600)
        #expect(outdoor.end == Self.utc("2021-03-10T06:35:00Z"))
        #expect(outdoor.durationSeconds == 3_150)
        #expect(outdoor.distanceMeters == 10_200)
        #expect(outdoor.energyKilocalories == 640)
        #expect(outdoor.deviceName == "Apple Watch")
        #expect(outdoor.sourceName == "Apple Watch")
        #expect(outdoor.isIndoor == false)
        #expect(outdoor.routePaths == ["/workout-routes/route_2021-03-10_7.35am.gpx"])
        #expect(outdoor.line == 21)

        let indoor = workouts[1]
        #expect(indoor.start == Self.utc("2024-01-06T07:30:00Z"))
        #expect(indoor.startOffsetSeconds == -28_800)
        #expect(indoor.durationSeconds == 1_920)
        #expect(indoor.distanceMeters == 3.1 * 1_609.344)
        #expect(indoor.energyKilocalories == 300)
        #expect(indoor.averageHeartRate == 151)
        #expect(indoor.maxHeartRate == 172)
        #expect(indoor.isIndoor == true)
        #expect(indoor.routePaths.isEmpty)

        let ride = workouts[2]
        #expect(ride.activityType == "HKWorkoutActivityTypeCycling")
        #expect(ride.durationSeconds == 5_400)
        #expect(ride.distanceMeters == 40_000)
        #expect(ride.isIndoor == nil)
        #expect(ride.deviceName == nil)
    }

    @Test func anEntityDeclarationStopsTheParse() throws {
        let text = Self.exportXML.replacingOccurrences(
            of: "<!-- HealthKit Export Version: 13 -->", with: "<!ENTITY lol \"lol\">")
        let error = try #require(Self.failure(text))
        #expect(error.reason == .entityDeclarationRefused(name: "lol"))
        #expect(error.line == 3)
    }

    @Test func anotherRootIsNotAHealthExport() throws {
        let error = try #require(Self.failure("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\"></gpx>"))
        #expect(error.reason == .notHealthExport(rootElement: "gpx"))
        #expect(error.line == 2)
    }

    @Test func aCutFileKeepsTheWorkoutsBeforeTheCut() throws {
        let cut = String(Self.exportXML.prefix(through: Self.exportXML.range(of: "<WorkoutStatistics")!.lowerBound))
        let reader = AppleHealthReader()
        do throws(GPXError) {
            try Self.push(Array(cut.utf8), to: reader)
            try reader.finish()
            Issue.record("expected an error")
        } catch {
            guard case .malformedXML = error.reason else {
                Issue.record("expected malformed XML, got \(error)")
                return
            }
        }
        #expect(reader.workouts.count == 1)
    }

    @Test func leadingWhitespaceBeforeTheDeclarationIsSkipped() throws {
        let workouts = try Self.read("\u{FEFF}\n  " + Self.exportXML)
        #expect(workouts.count == 3)
        #expect(workouts.first?.line == 22)
    }

    @Test func healthDatesCarryTheirOffset() {
        #expect(HealthDate.parse("2024-03-31 01:59:59 +0530")?.date == Self.utc("2024-03-30T20:29:59Z"))
        #expect(HealthDate.parse("2024-03-31 01:59:59 +0530")?.offsetSeconds == 19_800)
        #expect(HealthDate.parse("2024-03-31T01:59:59Z") == nil)
        #expect(HealthDate.parse("2024-13-31 01:59:59 +0000") == nil)
    }
}
