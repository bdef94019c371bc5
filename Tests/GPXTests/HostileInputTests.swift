import Foundation
import TestSupport
import Testing

@testable import GPX

/// Files written to hurt: entities, deep nesting, broken or foreign bytes. None may crash, hang,
/// read local files or use unbounded memory; each fails with a typed error where it went wrong.
@Suite struct HostileInputTests {
    static let secretMarker = "TOP-SECRET-MARKER-7f3a"

    @Test func externalEntityToALocalFileIsRefusedWithoutReadingIt() throws {
        let secret = fixtureURL("hostile/secret.txt")
        #expect(try String(contentsOf: secret, encoding: .utf8).contains(Self.secretMarker))
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE gpx [ <!ENTITY xxe SYSTEM "\(secret.absoluteString)"> ]>
            <gpx version="1.1" creator="&xxe;"><metadata><name>&xxe;</name></metadata></gpx>
            """
        let error = try #require(readError(Data(text.utf8)))
        #expect(error.reason == .entityDeclarationRefused(name: "xxe"))
        #expect(error.line == 2)
        #expect(!error.description.contains(Self.secretMarker))
    }

    @Test(arguments: ["hostile/external_entity.gpx", "hostile/external_parameter_entity.gpx"])
    func entityDeclarationFixturesAreRefused(name: String) throws {
        let error = try #require(readError(try fixtureData(name)))
        guard case .entityDeclarationRefused = error.reason else {
            Issue.record("expected an entity refusal, got \(error)")
            return
        }
        #expect(error.line == 3)
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let secret = fixtureURL("hostile/secret.txt")
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE gpx SYSTEM "\(secret.absoluteString)">
            <gpx version="1.1" creator="dtd"><trk><trkseg><trkpt lat="1" lon="2"/></trkseg></trk></gpx>
            """
        // Loading the secret as a DTD would be a syntax error; reading on proves it was not loaded.
        let document = try GPXReader.read(Data(text.utf8))
        #expect(document.creator == "dtd")
        #expect(document.allTrackPoints.count == 1)
    }

    @Test func billionLaughsFailsAtTheFirstDeclaration() throws {
        let error = try #require(readError(try fixtureData("hostile/billion_laughs.gpx")))
        #expect(error.reason == .entityDeclarationRefused(name: "lol"))
        #expect(error.line == 3)
    }

    @Test func undeclaredEntityIsMalformed() throws {
        let error = try #require(readError(try fixtureData("hostile/undeclared_entity.gpx")))
        #expect(error.reason == .malformedXML(message: "Entity 'nbsp' not defined"))
        #expect(error.line == 3)
    }

    @Test func hundredThousandNestedElementsFailCleanly() throws {
        let depth = 100_000
        var text = "<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><extensions>"
        text += String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        text += "</extensions></trkpt></trkseg></trk></gpx>"
        let error = try #require(readError(Data(text.utf8)))
        #expect(error.reason == .nestingTooDeep(limit: ParserState.nestingLimit))
        #expect(error.line == 1)
    }

    @Test func deepNestingWithoutAGPXRootIsNotGPX() throws {
        let text = String(repeating: "<a>", count: 100_000)
        let error = try #require(readError(Data(text.utf8)))
        #expect(error.reason == .notGPX(rootElement: "a"))
    }

    @Test func truncatedFileSaysWhereItStopped() throws {
        let error = try #require(readError(try fixtureData("hostile/truncated.gpx")))
        guard case .malformedXML = error.reason else {
            Issue.record("expected malformed XML, got \(error)")
            return
        }
        #expect(error.line > 1)
        #expect(error.column > 0)
    }

    @Test func truncationInsideAPointIsAnErrorNotAShorterTrack() throws {
        let full = try fixtureData("strava.gpx")
        for length in [200, 900, 1200, full.count - 10] {
            #expect(readError(full.prefix(length)) != nil, "prefix \(length)")
        }
    }

    @Test func nonXMLBytesAreMalformedAtTheStart() throws {
        let error = try #require(readError(try fixtureData("hostile/not_xml.bin")))
        guard case .malformedXML = error.reason else {
            Issue.record("expected malformed XML, got \(error)")
            return
        }
        #expect(error.line == 1)
    }

    @Test func undecodableBytesAreAnErrorNotAnEmptyFile() throws {
        // EUC-JP with bytes it has no character for: libxml2's converter fails ("input conversion
        // failed"), an error it may raise outside the parser context. (The fixture used to be UTF-32,
        // which the reader now refuses in words before libxml2 sees it.)
        let error = try #require(readError(try fixtureData("hostile/encoder_error.bin")))
        guard case .malformedXML(let message) = error.reason else {
            Issue.record("expected malformed XML, got \(error)")
            return
        }
        #expect(message.contains("input conversion failed"))
        #expect(error.line >= 1)
    }

    @Test func emptyInputIsAnEmptyFileError() {
        #expect(readError(Data())?.reason == .emptyFile)
    }

    @Test func utf16WithByteOrderMarkIsDecoded() throws {
        let document = try readFixture("hostile/utf16_bom.gpx")
        #expect(document.creator == "utf16 café")
        #expect(document.allTrackPoints.count == 2)
    }

    @Test func foreignRootElementIsNotGPX() throws {
        let error = try #require(readError(try fixtureData("hostile/not_gpx.xml")))
        #expect(error.reason == .notGPX(rootElement: "kml"))
        #expect(error.description.hasPrefix("2:"))
    }

    @Test func malformedErrorNamesLineAndColumn() throws {
        let text = "<gpx>\n  <trk>\n    <trkseg></trk>\n</gpx>"
        let error = try #require(readError(Data(text.utf8)))
        #expect(error.line == 3)
        #expect(error.column > 0)
        #expect(error.description.hasPrefix("3:"))
        #expect(error.description.contains("malformed XML"))
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 42)
        let seed = Array(
            "<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>2020-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>"
                .utf8)
        for _ in 0..<500 {
            var bytes = seed
            for _ in 0..<Int(generator.next() % 8) {
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] = UInt8(truncatingIfNeeded: generator.next())
            }
            _ = readError(Data(bytes))
        }
    }

    /// A name longer than the reader keeps arrives cut at 64 KiB on a whole character (it used to be
    /// dropped whole when a chunk crossed the limit); a number that long is an issue, not a value.
    @Test func textPastTheLimitKeepsItsStartAndALongNumberIsAnIssue() throws {
        // 1 + 2 × 100,000 bytes: the 64 KiB limit falls inside a character.
        let name = "a" + String(repeating: "ä", count: 100_000)
        let digits = "1" + String(repeating: "0", count: 100_000)
        let text = """
            <?xml version="1.0"?><gpx version="1.1" creator="x"><trk><name>\(name)</name><trkseg>
            <trkpt lat="47" lon="8"><ele>\(digits)</ele><time>2026-11-20T08:00:00Z</time></trkpt>
            </trkseg></trk></gpx>
            """
        let document = try GPXReader.read(Data(text.utf8))
        let kept = try #require(document.tracks.first?.name)
        #expect(kept == "a" + String(repeating: "ä", count: 32_767))
        #expect(document.tracks.first?.segments.first?.points.first?.elevation == nil)
        #expect(
            document.issues.map(\.explanation) == [
                "<ele> value \"\(digits.prefix(40))…\": expected metres (not 64 KiB of text)"
            ])
    }

    /// UTF-32 in either byte order, with or without a byte-order mark: said in words at 1:1.
    @Test func utf32IsRefusedInWords() throws {
        let text = "<?xml version=\"1.0\"?><gpx version=\"1.1\"></gpx>"
        let scalars = text.unicodeScalars.map(\.value)
        let little = scalars.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let big = scalars.flatMap { value in (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        for (bytes, encoding) in [
            (little, "UTF-32LE"), ([0xFF, 0xFE, 0, 0] + little, "UTF-32LE"), (big, "UTF-32BE"),
            ([0, 0, 0xFE, 0xFF] + big, "UTF-32BE"),
        ] {
            let error = try #require(readError(Data(bytes)))
            #expect(error == GPXError(.unsupportedEncoding(encoding), line: 1, column: 1))
            #expect(
                error.description
                    == "1:1: the text is \(encoding), which RunRamp does not read: save the file as UTF-8 "
                    + "(e.g. iconv -f \(encoding) -t UTF-8)")
        }
    }
}
