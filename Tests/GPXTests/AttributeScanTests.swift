import Foundation
import Testing

@testable import GPX

/// The attribute limit: an element with 10^5 attributes (minutes in libxml2 2.9's quadratic
/// duplicate check) is refused by a linear scan before the parse, with the place it starts.
@Suite struct AttributeScanTests {
    static func element(attributes: Int) -> String {
        (0..<attributes).map { " a\($0)=\"\($0)\"" }.joined()
    }

    @Test func tenToTheFiveAttributesAreRefusedBeforeParsing() throws {
        let text =
            "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n  <trk" + Self.element(attributes: 100_000) + "/></gpx>"
        do {
            _ = try GPXReader.read(Data(text.utf8))
            Issue.record("read a file with 100,000 attributes on one element")
        } catch {
            #expect(error.reason == .tooManyAttributes(limit: GPXReader.defaultMaximumAttributes))
            #expect(error.line == 3 && error.column == 3)
            #expect(
                error.description
                    == "3:3: an element with more than 1000 attributes refused (limit: XML attributes); not a GPX or TCX file"
            )
        }
    }

    @Test func theLimitCountsAttributesNotTextCommentsOrQuotedEquals() throws {
        let attributes = Self.element(attributes: 5)
        let quoted = " note=\"a=b=c=d=e=f\" other='x=y=z'"
        let text =
            "<gpx version=\"1.1\"\(quoted)><!-- a=1 b=2 c=3 d=4 e=5 f=6 --><metadata><name>1=2=3=4=5=6=7</name></metadata>"
            + "<![CDATA[ <x a=1 b=2 c=3 d=4 e=5 f=6> ]]><trk\(attributes)/></gpx>"
        #expect(Self.firstExcess(text, limit: 5) == nil)
        #expect(Self.firstExcess(text, limit: 4) == text.utf8.count - "<trk\(attributes)/></gpx>".utf8.count)
        #expect(try GPXReader.read(Data(text.utf8), maximumAttributes: 5).issues.isEmpty)
        #expect(throws: GPXError.self) { try GPXReader.read(Data(text.utf8), maximumAttributes: 4) }
    }

    /// The quick pass jumps from `<` to `<` without context; markup that would mislead a
    /// context-aware skip (a `<!--` inside CDATA) cannot hide a tag from it, and long text full of
    /// `=` is handed to the careful pass, which knows it is text.
    @Test func neitherMarkupInCDATANorTextFullOfEqualsMisleadsTheScan() throws {
        let hidden = "<gpx><desc><![CDATA[ <!-- ]]></desc><trk" + Self.element(attributes: 30) + "/><!-- --></gpx>"
        #expect(
            Self.firstExcess(hidden, limit: 20) == hidden.utf8.count
                - "<trk\(Self.element(attributes: 30))/><!-- --></gpx>".utf8.count)
        let text =
            "<gpx><desc>" + String(repeating: "a=b ", count: 5_000) + "</desc><!-- "
            + String(repeating: "=", count: 5_000) + " --></gpx>"
        #expect(Self.firstExcess(text, limit: 20) == nil)
        #expect(try GPXReader.read(Data(text.utf8), maximumAttributes: 20).issues.isEmpty)
    }

    @Test func utf16IsScannedByCodeUnits() {
        let text = "<gpx" + Self.element(attributes: 20) + "/>"
        let wide: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        #expect(wide.withUnsafeBytes { AttributeScan.firstExcess(in: $0, limit: 19) } == 1)
        #expect(wide.withUnsafeBytes { AttributeScan.firstExcess(in: $0, limit: 20) } == nil)
    }

    /// `<fix></fix>` (as some loggers write it) says nothing: absent, not a schema issue.
    @Test func anEmptyFixIsAbsent() throws {
        let text =
            "<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><fix></fix></trkpt>"
            + "<trkpt lat=\"1\" lon=\"2\"><fix> </fix></trkpt><trkpt lat=\"1\" lon=\"2\"><fix>4d</fix></trkpt></trkseg></trk></gpx>"
        let document = try GPXReader.read(Data(text.utf8))
        #expect(
            document.issues.map(\.reason) == [
                .invalidValue(element: "fix", value: "4d", expected: "none, 2d, 3d, dgps or pps")
            ])
    }

    static func firstExcess(_ text: String, limit: Int) -> Int? {
        Array(text.utf8).withUnsafeBytes { AttributeScan.firstExcess(in: $0, limit: limit) }
    }
}
