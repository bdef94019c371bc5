import Foundation
import Testing

@testable import RunImport

@Suite(.enabled(if: TestTools.hasGzip, "needs /bin/gzip"))
struct GunzipTests {
    @Test func inflatesWhatGzipCompressed() throws {
        let original = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251 ^ $0 / 1000) })
        let compressed = try TestTools.gzip(original)
        #expect(compressed.count < original.count)
        #expect(try Gunzip.inflate([UInt8](compressed)) == [UInt8](original))
    }

    @Test func concatenatedMembersAreAllRead() throws {
        let a = try TestTools.gzip(Data("first,".utf8))
        let b = try TestTools.gzip(Data("second".utf8))
        #expect(try Gunzip.inflate([UInt8](a + b)) == Array("first,second".utf8))
    }

    @Test func truncatedAndDamagedDataThrowInsteadOfCrashing() throws {
        let compressed = [UInt8](try TestTools.gzip(Data(repeating: 65, count: 10_000)))
        #expect(throws: ImportError.Reason.self) { try Gunzip.inflate(Array(compressed.prefix(compressed.count / 2))) }
        var damaged = compressed
        damaged[12] ^= 0xff
        damaged[13] ^= 0xff
        #expect(throws: ImportError.Reason.self) { try Gunzip.inflate(damaged) }
        #expect(throws: ImportError.Reason.self) { try Gunzip.inflate([0x1f, 0x8b]) }
        #expect(throws: ImportError.Reason.self) { try Gunzip.inflate([]) }
    }
}
