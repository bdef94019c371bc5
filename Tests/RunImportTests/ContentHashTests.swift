import Foundation
import Testing

@testable import RunImport

/// The content fingerprint is plain SHA-256 (swift-crypto), lowercase hex, as `sha256sum` prints it.
@Suite struct ContentHashTests {
    @Test func knownVectorsAndSha256sumAgree() throws {
        #expect(
            ContentHash.sha256Hex(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(bytes.withUnsafeBytes { ContentHash.sha256Hex($0) } == ContentHash.sha256Hex(bytes))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else { return }
        let folder = try TestTools.temporaryFolder("sha")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent("f"))
        let output = try TestTools.run("/usr/bin/sha256sum", ["f"], in: folder)
        #expect(output.split(separator: " ").first.map(String.init) == ContentHash.sha256Hex(bytes))
    }
}
