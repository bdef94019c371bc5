import FIT
import TestSupport
import Testing

/// The FIT encoder against bytes written here by hand from the FIT specification (header, definition and data
/// messages, CRC-16 computed bit by bit by `testCRC`), and read back by RunRamp's own decoder.
@Suite struct WorkoutEncodingTests {
    /// `text` as a NUL-padded string field of `size` bytes.
    static func string(_ text: String, _ size: Int) -> [UInt8] {
        Array(text.utf8) + [UInt8](repeating: 0, count: size - text.utf8.count)
    }

    static let invalid32: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF]

    /// The four definitions, in the order the encoder documents: file_id (local 0), file_creator (1),
    /// workout (2), workout_step (3); all little-endian.
    static let fileIDDefinition: [UInt8] =
        [0x40, 0, 0, 0, 0, 5, 0, 1, 0x00, 1, 2, 0x84, 2, 2, 0x84, 3, 4, 0x8C, 4, 4, 0x86]
    static let fileCreatorDefinition: [UInt8] = [0x41, 0, 0, 49, 0, 1, 0, 2, 0x84]
    static let workoutDefinition: [UInt8] =
        [0x42, 0, 0, 26, 0, 5, 4, 1, 0x00, 11, 1, 0x00, 6, 2, 0x84, 8, 16, 0x07, 17, 128, 0x07]
    static let stepDefinition: [UInt8] = [
        0x43, 0, 0, 27, 0, 10, 254, 2, 0x84, 0, 16, 0x07, 1, 1, 0x00, 2, 4, 0x86, 3, 1, 0x00, 4, 4, 0x86,
        5, 4, 0x86, 6, 4, 0x86, 7, 1, 0x00, 8, 128, 0x07,
    ]

    /// Header (14 bytes: size, protocol 2.0, profile 21.218 as 21218, data size, ".FIT", header CRC), body,
    /// file CRC.
    static func file(_ body: [UInt8]) -> [UInt8] {
        var header: [UInt8] = [14, 0x20] + le16(21218) + le32(UInt32(body.count)) + Array(".FIT".utf8)
        header += le16(testCRC(header))
        let data = header + body
        return data + le16(testCRC(data))
    }

    static func head(product: UInt16, serial: UInt32, time: UInt32, software: UInt16) -> [UInt8] {
        fileIDDefinition + [0x00, 5] + le16(255) + le16(product) + le32(serial) + le32(time)
            + fileCreatorDefinition + [0x01] + le16(software)
    }

    @Test func oneTimedStep() {
        let workout = FITWorkoutFile(
            product: 1, serialNumber: 0x1234_5678, timeCreated: 1_000_000_000, softwareVersion: 100, name: "Easy",
            steps: [FITWorkoutStep(name: "Run", duration: .time(milliseconds: 60_000), intensity: .active)])
        var body = Self.head(product: 1, serial: 0x1234_5678, time: 1_000_000_000, software: 100)
        body += Self.workoutDefinition + [0x02, 1, 0] + le16(1) + Self.string("Easy", 16) + Self.string("", 128)
        body += Self.stepDefinition + [0x03] + le16(0) + Self.string("Run", 16) + [0] + le32(60_000) + [2]
        body += Self.invalid32 + Self.invalid32 + Self.invalid32 + [0] + Self.string("", 128)
        #expect(workout.encoded() == Self.file(body))
    }

    static let runWalk = FITWorkoutFile(
        product: 7, serialNumber: 42, timeCreated: 1_100_000_000, softwareVersion: 1, subSport: 7,
        name: "Run/walk wk 1", description: "Couch-to-5K",
        steps: [
            FITWorkoutStep(name: "Warm-up", duration: .time(milliseconds: 300_000), intensity: .warmup, notes: "Walk"),
            FITWorkoutStep(
                name: "Run", duration: .time(milliseconds: 60_000),
                target: .speed(lowMillimetersPerSecond: 2500, highMillimetersPerSecond: 3000), intensity: .active),
            FITWorkoutStep(name: "Walk", duration: .time(milliseconds: 90_000), intensity: .rest),
            FITWorkoutStep(name: "Repeat", duration: .repeatSteps(fromStep: 1, count: 8), intensity: nil),
            FITWorkoutStep(
                name: "Cool-down", duration: .distance(centimeters: 50_000),
                target: .heartRate(lowBPM: 120, highBPM: 140),
                intensity: .cooldown),
        ])

    @Test func repeatBlockSpeedAndHeartRateTargets() {
        var body = Self.head(product: 7, serial: 42, time: 1_100_000_000, software: 1)
        body += Self.workoutDefinition + [0x02, 1, 7] + le16(5)
        body += Self.string("Run/walk wk 1", 16) + Self.string("Couch-to-5K", 128)
        body += Self.stepDefinition
        // 0: 300 s (ms), open target (2), intensity warmup (2), notes.
        body += [0x03] + le16(0) + Self.string("Warm-up", 16) + [0] + le32(300_000) + [2] + Self.invalid32
        body += Self.invalid32 + Self.invalid32 + [2] + Self.string("Walk", 128)
        // 1: 60 s at 2.5–3.0 m/s (speed target 0, target_value 0, m/s × 1000), active.
        body += [0x03] + le16(1) + Self.string("Run", 16) + [0] + le32(60_000) + [0] + le32(0)
        body += le32(2500) + le32(3000) + [0] + Self.string("", 128)
        // 2: 90 s, open, rest (1).
        body += [0x03] + le16(2) + Self.string("Walk", 16) + [0] + le32(90_000) + [2] + Self.invalid32
        body += Self.invalid32 + Self.invalid32 + [1] + Self.string("", 128)
        // 3: repeat_until_steps_cmplt (6) back to step 1, 8 times in target_value; no target type or intensity.
        body += [0x03] + le16(3) + Self.string("Repeat", 16) + [6] + le32(1) + [0xFF] + le32(8)
        body += Self.invalid32 + Self.invalid32 + [0xFF] + Self.string("", 128)
        // 4: 500 m (cm), heart rate 120–140 bpm as bpm + 100 with target_value 0, cooldown (3).
        body += [0x03] + le16(4) + Self.string("Cool-down", 16) + [1] + le32(50_000) + [1] + le32(0)
        body += le32(220) + le32(240) + [3] + Self.string("", 128)
        #expect(Self.runWalk.encoded() == Self.file(body))
    }

    @Test func readsBackThroughRunRampsDecoder() throws {
        let decoded = FITDecoder.decode(Self.runWalk.encoded())
        #expect(decoded.error == nil)
        #expect(FITWorkoutFile(decoding: decoded) == Self.runWalk)
        let steps = decoded.messages.filter { $0.globalNumber == FITMessageNumber.workoutStep }
        #expect(steps.map { $0.number(FITFieldID.WorkoutStep.messageIndex) } == [0, 1, 2, 3, 4])
        let workout = try #require(decoded.messages.first { $0.globalNumber == FITMessageNumber.workout })
        #expect(workout.number(FITFieldID.Workout.numValidSteps) == 5)
        #expect(workout.text(FITFieldID.Workout.sport) == "running")
        // The profile's subfields scale the raw values: seconds, metres, m/s.
        #expect(steps[0].number("duration_time") == 300)
        #expect(steps[1].number("custom_target_speed_low") == 2.5)
        #expect(steps[4].number("duration_distance") == 500)
        #expect(steps[3].number("repeat_steps") == 8)
        #expect(steps[4].text(FITFieldID.WorkoutStep.intensity) == "cooldown")
    }

    @Test func stringsAreCutAtCharactersAndControlsDropped() {
        // Control characters (NUL, newline) are dropped; 15 bytes at most fit in 16.
        let workout = FITWorkoutFile(
            product: 1, serialNumber: 0, timeCreated: 0, softwareVersion: 0, name: "Easy\u{0}run\n12 kmé", steps: [])
        let decoded = FITWorkoutFile(decoding: FITDecoder.decode(workout.encoded()))
        #expect(decoded?.name == "Easyrun12 kmé")
        // "é" (2 bytes) would end at byte 16: it is left out whole, not cut in half.
        let long = FITWorkoutFile(
            product: 1, serialNumber: 0, timeCreated: 0, softwareVersion: 0, name: "Long run 12.3 éé", steps: [])
        #expect(FITWorkoutFile(decoding: FITDecoder.decode(long.encoded()))?.name == "Long run 12.3 ")
        // A serial number of 0 is FIT's invalid value for uint32z: 1 is written.
        #expect(FITWorkoutFile(decoding: FITDecoder.decode(long.encoded()))?.serialNumber == 1)
    }

    @Test func randomWorkoutsRoundTrip() {
        var random = SplitMix64(seed: 0x5EED_0022)
        for _ in 0..<2000 {
            var steps: [FITWorkoutStep] = []
            for index in 0..<Int.random(in: 1...40, using: &random) {
                let duration: FITWorkoutStep.Duration
                switch Int.random(in: 0...3, using: &random) {
                case 0: duration = .time(milliseconds: .random(in: 0...0xFFFF_FFFE, using: &random))
                case 1: duration = .distance(centimeters: .random(in: 0...0xFFFF_FFFE, using: &random))
                case 2: duration = .open
                default:
                    duration = .repeatSteps(fromStep: UInt16(index / 2), count: .random(in: 1...99, using: &random))
                }
                let target: FITWorkoutStep.Target
                switch Int.random(in: 0...2, using: &random) {
                case 0: target = .open
                case 1:
                    target = .speed(
                        lowMillimetersPerSecond: .random(in: 0...9000, using: &random), highMillimetersPerSecond: 9001)
                default: target = .heartRate(lowBPM: .random(in: 30...150, using: &random), highBPM: 200)
                }
                let isRepeat = if case .repeatSteps = duration { true } else { false }
                steps.append(
                    FITWorkoutStep(
                        name: "S\(index)", duration: duration, target: isRepeat ? .open : target,
                        intensity: isRepeat ? nil : .init(rawValue: .random(in: 0...6, using: &random)),
                        notes: Bool.random(using: &random) ? nil : "note \(index)"))
            }
            let workout = FITWorkoutFile(
                product: .random(in: 0...0xFFFE, using: &random),
                serialNumber: .random(in: 1...0xFFFF_FFFF, using: &random),
                timeCreated: .random(in: 0...0xFFFF_FFFE, using: &random), softwareVersion: 3, name: "W",
                steps: steps)
            let decoded = FITDecoder.decode(workout.encoded())
            #expect(decoded.error == nil)
            #expect(FITWorkoutFile(decoding: decoded) == workout)
        }
    }
}
