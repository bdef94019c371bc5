import Foundation
import Testing

@testable import GPX

/// Strava's `.tcx.gz` files and Polar Flow's TCX start with whitespace (or a BOM) before `<?xml`,
/// which libxml2 refuses: they are read, and error positions stay those of the file.
@Suite struct LeadingWhitespaceTests {
    static let tcx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
        <Activities><Activity Sport="Running"><Id>2024-05-01T06:00:00Z</Id>
        <Lap StartTime="2024-05-01T06:00:00Z"><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters><Track>
        <Trackpoint><Time>2024-05-01T06:00:00Z</Time></Trackpoint>
        <Trackpoint><Time>2024-05-01T06:01:00Z</Time></Trackpoint>
        </Track></Lap></Activity></Activities></TrainingCenterDatabase>
        """

    @Test(arguments: ["          ", "\n", "\r\n  \t", "\u{FEFF}", "\u{FEFF}  \n"])
    func whitespaceAndBOMBeforeTheDeclarationAreSkipped(lead: String) throws {
        let document = try GPXReader.read(Data((lead + Self.tcx).utf8))
        #expect(document.format == .tcx)
        #expect(document.tracks.count == 1)
        #expect(document.tracks.first?.segments.first?.points.count == 2)
    }

    @Test func errorLinesCountTheSkippedLines() throws {
        let broken = "\n\n" + Self.tcx.replacingOccurrences(of: "</Track></Lap>", with: "</Lap>")
        let error = try #require(readError(Data(broken.utf8)))
        #expect(error.line == 9)
    }

    @Test func offsetsAreFoundOnlyBeforeADeclaration() {
        func find(_ text: String) -> (Int, Int) {
            Array(text.utf8).withUnsafeBytes { XMLDeclarationStart.find(in: $0) }
        }
        #expect(find("  \r\n\n<?xml version=\"1.0\"?><a/>") == (5, 2))
        #expect(find("<?xml version=\"1.0\"?><a/>") == (0, 0))
        #expect(find("\n<gpx/>") == (0, 0))
        #expect(find("   ") == (0, 0))
    }
}
