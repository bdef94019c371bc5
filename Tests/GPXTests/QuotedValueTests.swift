import Foundation
import Testing

@testable import GPX

/// A bad value quoted in a schema message is text from the file: it stays on one line and cannot
/// carry terminal controls, whoever prints the message (inspect, import notes).
@Suite struct QuotedValueTests {
    @Test func lineBreaksAndControlsInABadValueAreEscaped() throws {
        let text = """
            <?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">\
            <trk><trkseg><trkpt lat="52" lon="13"><ele>1&#10;failed: forged &#x9B;31m&#x202E;</ele>\
            <time>2026-11-20T07:00:00Z</time></trkpt></trkseg></trk></gpx>
            """
        let document = try GPXReader.read(Data(text.utf8))
        let issue = try #require(document.issues.first)
        #expect(
            issue.reason
                == .invalidValue(element: "ele", value: "1\\nfailed: forged \\u{9B}31m\\u{202E}", expected: "metres"))
        #expect(!issue.description.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    @Test func libxml2MessagesAreOneLine() throws {
        let bytes =
            Array(#"<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator=""#.utf8) + [0xFF, 0xFE]
            + Array(#""><trk/></gpx>"#.utf8)
        do {
            _ = try GPXReader.read(Data(bytes))
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "1:67: malformed XML: Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0xFE 0x22 0x3E")
        }
    }

    @Test func aLongBadValueIsCut() throws {
        let long = String(repeating: "x", count: 10_000)
        let text = """
            <?xml version="1.0"?><gpx version="1.1" creator="x"><trk><trkseg><trkpt lat="52" lon="13">\
            <ele>\(long)</ele></trkpt></trkseg></trk></gpx>
            """
        let issue = try #require(try GPXReader.read(Data(text.utf8)).issues.first)
        #expect(
            issue.reason
                == .invalidValue(element: "ele", value: String(repeating: "x", count: 40) + "…", expected: "metres"))
    }
}
