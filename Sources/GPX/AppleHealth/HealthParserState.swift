internal import CLibXML2
internal import Foundation

/// What a parse of export.xml accumulates, reached from the SAX callbacks through libxml2's
/// user-data pointer (one per parse, never shared). Only `<Workout>` elements and their children
/// are looked at; the millions of `<Record>` elements around them pass with one byte compared.
struct HealthParserState {
    var context: xmlParserCtxtPtr?
    /// Lines before the XML declaration that were not handed to libxml2 (see XMLDeclarationStart).
    var skippedLines = 0
    var depth = 0
    var isRootSeen = false
    /// Depth of the open `<Workout>` (0: none), and of a `<WorkoutRoute>` inside it.
    var workoutDepth = 0
    var routeDepth = 0
    var workout = PartialWorkout()
    var workouts: [HealthWorkout] = []
    var failure: GPXError?
    var isStopped = false
    var firstFatalError: GPXError?

    /// A `<Workout>` being read: its attributes as written, and what its children add.
    struct PartialWorkout {
        var type = ""
        var start: String?
        var end: String?
        var duration: Double?
        var durationUnit: String?
        var distance: Double?
        var distanceUnit: String?
        var energy: Double?
        var energyUnit: String?
        var statisticsDistance: Double?
        var statisticsEnergy: Double?
        var averageHeartRate: Double?
        var maxHeartRate: Double?
        var sourceName: String?
        var device: String?
        var isIndoor: Bool?
        var routePaths: [String] = []
        var line = 0
    }

    static func from(_ pointer: UnsafeMutableRawPointer) -> UnsafeMutablePointer<HealthParserState> {
        pointer.assumingMemoryBound(to: HealthParserState.self)
    }

    var position: (line: Int, column: Int) {
        guard let context else { return (0, 0) }
        return (Int(xmlSAX2GetLineNumber(context)) + skippedLines, Int(xmlSAX2GetColumnNumber(context)))
    }

    mutating func fail(_ reason: GPXError.Reason) {
        guard !isStopped else { return }
        failure = GPXError(reason, line: position.line, column: position.column)
        isStopped = true
        if let context { xmlStopParser(context) }
    }

    mutating func startElement(_ name: UnsafePointer<UInt8>, _ attributes: HealthAttributes) {
        guard !isStopped else { return }
        depth += 1
        if depth == 1 {
            isRootSeen = true
            if !ParserState.equals(name, "HealthData") {
                fail(.notHealthExport(rootElement: String(String(cString: name).prefix(64))))
            }
            return
        }
        if workoutDepth == 0 {
            // Children of the root: only <Workout> matters ("W" rules out Record at one byte).
            guard depth == 2, name[0] == UInt8(ascii: "W"), ParserState.equals(name, "Workout") else { return }
            workoutDepth = depth
            workout = PartialWorkout()
            workout.line = position.line
            workout.type = attributes.text("workoutActivityType") ?? ""
            workout.start = attributes.text("startDate")
            workout.end = attributes.text("endDate")
            workout.duration = attributes.number("duration")
            workout.durationUnit = attributes.text("durationUnit")
            workout.distance = attributes.number("totalDistance")
            workout.distanceUnit = attributes.text("totalDistanceUnit")
            workout.energy = attributes.number("totalEnergyBurned")
            workout.energyUnit = attributes.text("totalEnergyBurnedUnit")
            workout.sourceName = attributes.text("sourceName")
            workout.device = attributes.text("device")
            return
        }
        if ParserState.equals(name, "WorkoutRoute"), routeDepth == 0 {
            routeDepth = depth
        } else if ParserState.equals(name, "FileReference"), routeDepth != 0, let path = attributes.text("path") {
            workout.routePaths.append(path)
        } else if ParserState.equals(name, "MetadataEntry"), depth == workoutDepth + 1,
            attributes.text("key") == "HKIndoorWorkout", let value = attributes.text("value")
        {
            workout.isIndoor = value == "1" || value.lowercased() == "true"
        } else if ParserState.equals(name, "WorkoutStatistics"), depth == workoutDepth + 1 {
            statistics(attributes)
        }
    }

    mutating func endElement() {
        guard !isStopped, depth > 0 else { return }
        if depth == routeDepth { routeDepth = 0 }
        if depth == workoutDepth {
            workoutDepth = 0
            finishWorkout()
        }
        depth -= 1
    }

    /// Newer exports give distance, energy and heart rate as `<WorkoutStatistics>`.
    private mutating func statistics(_ attributes: HealthAttributes) {
        guard let type = attributes.text("type") else { return }
        let unit = attributes.text("unit")
        switch type {
        case "HKQuantityTypeIdentifierDistanceWalkingRunning", "HKQuantityTypeIdentifierDistanceCycling",
            "HKQuantityTypeIdentifierDistanceSwimming", "HKQuantityTypeIdentifierDistanceWheelchair":
            if let sum = attributes.number("sum"), let meters = HealthUnits.meters(sum, unit: unit) {
                workout.statisticsDistance = (workout.statisticsDistance ?? 0) + meters
            }
        case "HKQuantityTypeIdentifierActiveEnergyBurned":
            if let sum = attributes.number("sum") {
                workout.statisticsEnergy = HealthUnits.kilocalories(sum, unit: unit)
            }
        case "HKQuantityTypeIdentifierHeartRate":
            workout.averageHeartRate = attributes.number("average")
            workout.maxHeartRate = attributes.number("maximum")
        default:
            break
        }
    }

    /// A workout without readable start and end times is left out (it cannot be placed on a day).
    private mutating func finishWorkout() {
        guard let startText = workout.start, let start = HealthDate.parse(startText), let endText = workout.end,
            let end = HealthDate.parse(endText)
        else { return }
        // Newer exports keep totalDistance (sometimes "0") beside the statistics: the statistics win.
        let distance =
            workout.statisticsDistance
            ?? workout.distance.flatMap { HealthUnits.meters($0, unit: workout.distanceUnit) }
        let energy =
            workout.energy.flatMap { HealthUnits.kilocalories($0, unit: workout.energyUnit) }
            ?? workout.statisticsEnergy
        workouts.append(
            HealthWorkout(
                activityType: workout.type, start: start.date, startOffsetSeconds: start.offsetSeconds, end: end.date,
                durationSeconds: workout.duration.flatMap { HealthUnits.seconds($0, unit: workout.durationUnit) },
                distanceMeters: distance, energyKilocalories: energy, averageHeartRate: workout.averageHeartRate,
                maxHeartRate: workout.maxHeartRate, sourceName: workout.sourceName,
                deviceName: workout.device.flatMap(HealthUnits.deviceName), isIndoor: workout.isIndoor,
                routePaths: workout.routePaths, line: workout.line))
    }

    /// libxml2's structured error callback: the first fatal error is the one reported.
    mutating func record(_ error: UnsafeMutablePointer<xmlError>) {
        let value = error.pointee
        guard value.domain != Int32(XML_FROM_NAMESPACE.rawValue), value.level == XML_ERR_FATAL, firstFatalError == nil
        else { return }
        let message = (value.message.map { String(cString: $0) } ?? "error \(value.code)")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let (line, column) = value.line > 0 ? (Int(value.line) + skippedLines, Int(value.int2)) : position
        firstFatalError = GPXError(.malformedXML(message: message), line: max(line, 1), column: max(column, 1))
    }
}

/// The attributes libxml2 hands to a SAX2 start-element callback (5 pointers each: local name,
/// prefix, URI, value start, value end).
struct HealthAttributes {
    let count: Int
    let pointers: UnsafeMutablePointer<UnsafePointer<UInt8>?>?

    func value(_ wanted: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let pointers else { return nil }
        for index in 0..<count {
            guard let name = pointers[index * 5], ParserState.equals(name, wanted), let start = pointers[index * 5 + 3],
                let end = pointers[index * 5 + 4]
            else { continue }
            return UnsafeBufferPointer(start: start, count: max(0, end - start))
        }
        return nil
    }

    func text(_ wanted: StaticString) -> String? {
        value(wanted).map { String(decoding: $0, as: UTF8.self) }
    }

    func number(_ wanted: StaticString) -> Double? {
        value(wanted).flatMap(DecimalParser.parse)
    }
}
