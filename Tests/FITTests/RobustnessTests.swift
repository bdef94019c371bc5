import FIT
import Testing

/// Damaged input never crashes: a deterministic miniature of the libFuzzer run, kept in CI.
@Suite struct RobustnessTests {
    @Test(arguments: ["bigendian_compressed.fit", "sdk_activity.fit"])
    func mutatedFixturesDecodeWithoutCrashing(_ name: String) throws {
        let original = try fixture(name)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var errors = 0
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<(1 + next() % 4) {
                bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next())
            }
            if next() % 3 == 0 { bytes.removeLast(next() % bytes.count) }
            let file = FITDecoder.decode(bytes)
            for message in file.messages {
                _ = message.fields
                _ = message.developerFields
                _ = message.number("enhanced_speed")
                _ = message.text("product")
            }
            // The tallying summary agrees with the one over stored messages (compared as text:
            // a mutated float field can read as NaN, which is not equal to itself).
            #expect("\(FITSummary(bytes: bytes))" == "\(FITSummary(file))")
            if file.error != nil { errors += 1 }
        }
        // A changed byte nearly always breaks a CRC; the decoder must notice.
        #expect(errors > 250)
    }
}
