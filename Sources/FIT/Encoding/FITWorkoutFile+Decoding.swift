extension FITWorkoutFile {
    /// The workout in a decoded FIT file; nil when the file is not a valid workout file (an error, no
    /// `file_id` of type workout, no `workout` message, or a step whose duration or target it cannot read).
    public init?(decoding file: FITFile) {
        typealias F = FITFieldID
        guard file.error == nil,
            let fileID = file.messages.first(where: { $0.globalNumber == FITMessageNumber.fileId }),
            fileID.unsignedInteger(F.FileId.type) == UInt64(FITProfileValue.File.workout),
            let workout = file.messages.first(where: { $0.globalNumber == FITMessageNumber.workout })
        else { return nil }
        var steps: [(index: UInt64, step: FITWorkoutStep)] = []
        for (position, message) in file.messages.enumerated() where message.globalNumber == FITMessageNumber.workoutStep
        {
            guard let step = Self.step(message) else { return nil }
            steps.append((message.unsignedInteger(F.WorkoutStep.messageIndex) ?? UInt64(position), step))
        }
        let creator = file.messages.first { $0.globalNumber == FITMessageNumber.fileCreator }
        self.init(
            product: UInt16(clamping: fileID.unsignedInteger(F.FileId.product) ?? 0),
            serialNumber: UInt32(clamping: fileID.unsignedInteger(F.FileId.serialNumber) ?? 0),
            timeCreated: UInt32(clamping: fileID.unsignedInteger(F.FileId.timeCreated) ?? 0),
            softwareVersion: UInt16(clamping: creator?.unsignedInteger(F.FileCreator.softwareVersion) ?? 0),
            sport: UInt8(clamping: workout.unsignedInteger(F.Workout.sport) ?? 0),
            subSport: UInt8(clamping: workout.unsignedInteger(F.Workout.subSport) ?? 0),
            name: workout.text(F.Workout.wktName) ?? "", description: workout.text(F.Workout.wktDescription),
            steps: steps.sorted { $0.index < $1.index }.map(\.step))
    }

    /// One `workout_step` as a typed step; nil for a duration or target type RunRamp does not write.
    static func step(_ message: FITMessage) -> FITWorkoutStep? {
        typealias F = FITFieldID.WorkoutStep
        typealias D = FITProfileValue.WktStepDuration
        typealias T = FITProfileValue.WktStepTarget
        let value = message.unsignedInteger(F.durationValue).map { UInt32(clamping: $0) }
        let targetValue = message.unsignedInteger(F.targetValue).map { UInt32(clamping: $0) }
        let duration: FITWorkoutStep.Duration
        switch message.unsignedInteger(F.durationType).map({ UInt8(clamping: $0) }) {
        case D.time:
            guard let value else { return nil }
            duration = .time(milliseconds: value)
        case D.distance:
            guard let value else { return nil }
            duration = .distance(centimeters: value)
        case D.open: duration = .open
        case D.repeatUntilStepsCmplt:
            guard let value, let targetValue else { return nil }
            duration = .repeatSteps(fromStep: UInt16(clamping: value), count: targetValue)
        default: return nil
        }
        var target = FITWorkoutStep.Target.open
        let low = message.unsignedInteger(F.customTargetValueLow).map { UInt32(clamping: $0) }
        let high = message.unsignedInteger(F.customTargetValueHigh).map { UInt32(clamping: $0) }
        switch message.unsignedInteger(F.targetType).map({ UInt8(clamping: $0) }) {
        case nil, T.open: break
        case T.speed:
            guard let low, let high else { return nil }
            target = .speed(lowMillimetersPerSecond: low, highMillimetersPerSecond: high)
        case T.heartRate:
            let offset = FITProfileValue.WorkoutHr.bpmOffset
            guard let low, let high, low >= offset, high >= offset else { return nil }
            target = .heartRate(lowBPM: low - offset, highBPM: high - offset)
        default: return nil
        }
        return FITWorkoutStep(
            name: message.text(F.wktStepName) ?? "", duration: duration, target: target,
            intensity: message.unsignedInteger(F.intensity).map { .init(rawValue: UInt8(clamping: $0)) },
            notes: message.text(F.notes).flatMap { $0.isEmpty ? nil : $0 })
    }
}
