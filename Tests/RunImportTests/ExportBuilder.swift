import Foundation
import RunModel

/// Builds the exports runners download, in their real folder and zip layout, from generated files:
/// Strava's `export_NNN.zip`, Garmin Connect's data export (activities in a zip inside the zip),
/// Apple Health's `export.zip`, and the multi-activity files inside them.
enum ExportBuilder {
    /// Zips `folder` into `archive` with Scripts/zip_folder.py (.gz and .zip members stored).
    static func zip(_ folder: URL, to archive: URL) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/zip_folder.py")
        try TestTools.run("/usr/bin/env", ["python3", script.path, folder.path, archive.path])
    }

    static func write(_ data: Data, _ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// A TCX file with one `<Activity>` per entry, each one lap, or (multisport) the same activities
    /// as the legs of one `<MultiSportSession>` with a transition between them.
    static func tcx(_ activities: [(start: Date, meters: Double, sport: String)], multisport: Bool = false) -> String {
        let bodies = activities.map { activity in
            // GeneratedFiles writes one activity per file: take its <Activity> element.
            let text = GeneratedFiles.tcx(
                start: activity.start, distance: activity.meters, points: 30, interval: 20, sport: activity.sport)
            let from = text.range(of: "<Activity ")!.lowerBound
            let to = text.range(of: "</Activity>")!.upperBound
            return String(text[from..<to])
        }
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>\n"
        if multisport {
            out += "<MultiSportSession><Id>\(GeneratedFiles.isoString(activities[0].start))</Id>\n"
            for (index, body) in bodies.enumerated() {
                if index == 0 {
                    out += "<FirstSport>\(body)</FirstSport>\n"
                } else {
                    out +=
                        "<NextSport><Transition StartTime=\"\(GeneratedFiles.isoString(activities[index].start.addingTimeInterval(-60)))\">"
                        + "<TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>40</DistanceMeters></Transition>\(body)</NextSport>\n"
                }
            }
            out += "</MultiSportSession>\n"
        } else {
            out += bodies.joined(separator: "\n")
        }
        return out + "</Activities></TrainingCenterDatabase>\n"
    }

    /// A run-bike-run brick as a multisport FIT file: one session per leg (sport 1 running, 2 cycling)
    /// with a transition session (sport 3) between, records every 30 s inside each leg, UTC+1.
    static func brickFIT(start: Date, legs: [(sport: Int64, meters: Double, seconds: Int64)]) -> [UInt8] {
        var writer = FITWriter()
        let t0 = Int64(start.timeIntervalSince1970 - FITWriter.fitEpoch)
        writer.define(local: 0, global: 0, [(0, .enumeration), (1, .uint16), (4, .uint32)])
        writer.write(local: 0, [4, 1, t0])
        writer.define(local: 1, global: 20, [(253, .uint32), (0, .sint32), (1, .sint32), (5, .uint32)])
        writer.define(
            local: 3, global: 18,
            [
                (253, .uint32), (2, .uint32), (7, .uint32), (8, .uint32), (9, .uint32), (5, .enumeration),
                (6, .enumeration),
            ])
        var time = t0
        var covered = 0.0
        let lon = Int64((8.0 * 2_147_483_648 / 180).rounded())
        for (index, leg) in legs.enumerated() {
            if index > 0 {
                writer.write(local: 3, [time + 60, time, 60_000, 60_000, 3_000, 3, 0])
                time += 60
            }
            let points = leg.seconds / 30
            for i in 0..<points {
                let meters = covered + leg.meters * Double(i) / Double(points)
                let lat = Int64(((47.0 + meters / 111_195) * 2_147_483_648 / 180).rounded())
                writer.write(local: 1, [time + 15 + 30 * i, lat, lon, Int64(meters * 100)])
            }
            writer.write(
                local: 3,
                [
                    time + leg.seconds, time, leg.seconds * 1_000, leg.seconds * 1_000, Int64(leg.meters * 100),
                    leg.sport, 0,
                ])
            covered += leg.meters
            time += leg.seconds
        }
        writer.define(local: 4, global: 34, [(253, .uint32), (5, .uint32)])
        writer.write(local: 4, [time, time + 3_600])
        return writer.bytes
    }

    /// One `<Workout>` of an Apple Health export.xml, in the older form (totalDistance attributes)
    /// or the newer (WorkoutStatistics), with its route reference.
    static func healthWorkout(
        type: String, start: String, end: String, minutes: Double, distance: (value: Double, unit: String)?,
        newer: Bool, indoor: Bool? = nil, route: String? = nil
    ) -> String {
        var attributes =
            "workoutActivityType=\"HKWorkoutActivityType\(type)\" duration=\"\(minutes)\" durationUnit=\"min\""
        if let distance, !newer {
            attributes += " totalDistance=\"\(distance.value)\" totalDistanceUnit=\"\(distance.unit)\""
        }
        attributes +=
            " sourceName=\"Apple Watch\" device=\"&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch, model:Watch&gt;\""
        var out = " <Workout \(attributes) creationDate=\"\(end)\" startDate=\"\(start)\" endDate=\"\(end)\">\n"
        if let indoor { out += "  <MetadataEntry key=\"HKIndoorWorkout\" value=\"\(indoor ? 1 : 0)\"/>\n" }
        if let distance, newer {
            out +=
                "  <WorkoutStatistics type=\"HKQuantityTypeIdentifierDistanceWalkingRunning\" startDate=\"\(start)\" "
                + "endDate=\"\(end)\" sum=\"\(distance.value)\" unit=\"\(distance.unit)\"/>\n"
        }
        if let route {
            out +=
                "  <WorkoutRoute sourceName=\"Apple Watch\" startDate=\"\(start)\" endDate=\"\(end)\">\n"
                + "   <FileReference path=\"/workout-routes/\(route)\"/>\n  </WorkoutRoute>\n"
        }
        return out + " </Workout>\n"
    }

    /// export.xml around the workouts: the DOCTYPE with its internal subset, and step records.
    static func healthExport(_ workouts: [String]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE HealthData [
            <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
            <!ATTLIST HealthData locale CDATA #REQUIRED>
            ]>
            <HealthData locale="en_US">
             <ExportDate value="2024-03-20 21:00:00 +0100"/>
             <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexNotSet"/>

            """
        for (index, workout) in workouts.enumerated() {
            out +=
                " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" unit=\"count\" "
                + "startDate=\"2021-01-0\(index + 1) 06:00:00 +0100\" endDate=\"2021-01-0\(index + 1) 06:10:00 +0100\" value=\"\(100 * index)\"/>\n"
            out += workout
        }
        return out + "</HealthData>\n"
    }
}
