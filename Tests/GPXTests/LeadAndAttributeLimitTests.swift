import Foundation
import Testing

@testable import GPX

/// Both tolerances of the merged reader at once: whitespace before `<?xml` is skipped and the
/// attribute limit still applies, at the element's line and column in the file.
@Suite struct LeadAndAttributeLimitTests {
    @Test(arguments: [("\n\n  ", 5, 3), ("\u{FEFF}", 3, 3), ("   \t", 3, 3)])
    func tooManyAttributesAfterALeadAreRefusedWhereTheyAreInTheFile(lead: String, line: Int, column: Int) throws {
        // The lead's line breaks come first: "\n\n  " puts the declaration on line 3, the element on 5.
        let text =
            lead + "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n  <trk a=\"1\" b=\"2\" c=\"3\" d=\"4\"/></gpx>"
        do {
            _ = try GPXReader.read(Data(text.utf8), maximumAttributes: 3)
            Issue.record("read an element with 4 attributes under a limit of 3")
        } catch {
            #expect(error.reason == .tooManyAttributes(limit: 3))
            #expect(error.line == line && error.column == column)
        }
        // Within the limit the same file is read (the lead skipped).
        let document = try GPXReader.read(Data(text.utf8), maximumAttributes: 4)
        #expect(document.format == .gpx)
    }
}
