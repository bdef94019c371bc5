/// A FIT workout file (`file_id` type workout, `file_creator`, `workout`, `workout_step`s) as typed values, and
/// its bytes. `encoded()` writes it; `init?(decoding:)` reads one back with `FITDecoder`.
public struct FITWorkoutFile: Sendable, Hashable {
    /// The string sizes written (bytes including the final NUL): fixed, so one definition serves every message.
    public enum StringSize {
        /// A watch's workout list shows about this much.
        public static let name = 16
        public static let description = 128
        public static let stepName = 16
        public static let notes = 128
    }

    /// `file_id.product` (manufacturer is development).
    public var product: UInt16
    /// `file_id.serial_number`; 0 is invalid in FIT, so a 0 is written as 1.
    public var serialNumber: UInt32
    /// `file_id.time_created` in FIT seconds (since 1989-12-31T00:00:00Z).
    public var timeCreated: UInt32
    /// `file_creator.software_version`.
    public var softwareVersion: UInt16
    /// `workout.sport` and `sub_sport` (`FITProfileValue.Sport`, `.SubSport`).
    public var sport: UInt8
    public var subSport: UInt8
    /// `workout.wkt_name`, cut to `StringSize.name`.
    public var name: String
    /// `workout.wkt_description`, cut to `StringSize.description`.
    public var description: String?
    public var steps: [FITWorkoutStep]

    public init(
        product: UInt16, serialNumber: UInt32, timeCreated: UInt32, softwareVersion: UInt16,
        sport: UInt8 = FITProfileValue.Sport.running, subSport: UInt8 = FITProfileValue.SubSport.generic, name: String,
        description: String? = nil, steps: [FITWorkoutStep]
    ) {
        self.product = product
        self.serialNumber = serialNumber
        self.timeCreated = timeCreated
        self.softwareVersion = softwareVersion
        self.sport = sport
        self.subSport = subSport
        self.name = name
        self.description = description
        self.steps = steps
    }

    /// The file's bytes: file_id, file_creator, workout, then the steps with `message_index` 0…n−1.
    public func encoded() -> [UInt8] {
        var encoder = FITEncoder()
        for message in messages() { encoder.append(message) }
        return encoder.file()
    }

    func messages() -> [OutgoingMessage] {
        typealias F = FITFieldID
        var messages = [
            OutgoingMessage(
                globalNumber: FITMessageNumber.fileId,
                fields: [
                    .enumeration(F.FileId.type, FITProfileValue.File.workout),
                    .uint16(F.FileId.manufacturer, FITProfileValue.Manufacturer.development),
                    .uint16(F.FileId.product, product),
                    .uint32z(F.FileId.serialNumber, max(serialNumber, 1)),
                    .uint32(F.FileId.timeCreated, timeCreated),
                ]),
            OutgoingMessage(
                globalNumber: FITMessageNumber.fileCreator,
                fields: [.uint16(F.FileCreator.softwareVersion, softwareVersion)]),
            OutgoingMessage(
                globalNumber: FITMessageNumber.workout,
                fields: [
                    .enumeration(F.Workout.sport, sport),
                    .enumeration(F.Workout.subSport, subSport),
                    .uint16(F.Workout.numValidSteps, UInt16(clamping: steps.count)),
                    .string(F.Workout.wktName, name, size: StringSize.name),
                    .string(F.Workout.wktDescription, description, size: StringSize.description),
                ]),
        ]
        for (index, step) in steps.enumerated() {
            messages.append(Self.message(step, index: UInt16(clamping: index)))
        }
        return messages
    }

    /// A `workout_step`: every field written in every step (invalid when unused), so one definition serves all.
    static func message(_ step: FITWorkoutStep, index: UInt16) -> OutgoingMessage {
        typealias F = FITFieldID.WorkoutStep
        typealias D = FITProfileValue.WktStepDuration
        typealias T = FITProfileValue.WktStepTarget
        let durationType: UInt8
        var durationValue: UInt32?
        var targetValue: UInt32?
        switch step.duration {
        case .time(let milliseconds): (durationType, durationValue) = (D.time, milliseconds)
        case .distance(let centimeters): (durationType, durationValue) = (D.distance, centimeters)
        case .open: durationType = D.open
        case .repeatSteps(let from, let count):
            (durationType, durationValue, targetValue) = (D.repeatUntilStepsCmplt, UInt32(from), count)
        }
        var targetType: UInt8? = T.open
        var low: UInt32?
        var high: UInt32?
        switch step.target {
        case .open: break
        case .speed(let slow, let fast): (targetType, targetValue, low, high) = (T.speed, 0, slow, fast)
        case .heartRate(let lowBPM, let highBPM):
            let offset = FITProfileValue.WorkoutHr.bpmOffset
            (targetType, targetValue, low, high) = (T.heartRate, 0, lowBPM + offset, highBPM + offset)
        }
        if case .repeatSteps = step.duration { targetType = nil }
        return OutgoingMessage(
            globalNumber: FITMessageNumber.workoutStep,
            fields: [
                .uint16(F.messageIndex, index),
                .string(F.wktStepName, step.name, size: StringSize.stepName),
                .enumeration(F.durationType, durationType),
                .uint32(F.durationValue, durationValue),
                .enumeration(F.targetType, targetType),
                .uint32(F.targetValue, targetValue),
                .uint32(F.customTargetValueLow, low),
                .uint32(F.customTargetValueHigh, high),
                .enumeration(F.intensity, step.intensity?.rawValue),
                .string(F.notes, step.notes, size: StringSize.notes),
            ])
    }
}
