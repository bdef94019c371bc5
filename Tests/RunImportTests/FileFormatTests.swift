import Testing

@testable import RunImport

@Suite struct FileFormatTests {
    static let fitHeader: [UInt8] = [14, 0x20, 0x5c, 0x08, 0, 0, 0, 0] + Array(".FIT".utf8) + [0, 0]

    @Test func binaryFormatsAreRecognizedByTheirMagic() {
        #expect(FileFormat.sniff(Self.fitHeader) == .fit)
        #expect(FileFormat.sniff([12, 0x10, 0, 0, 0, 0, 0, 0] + Array(".FIT".utf8)) == .fit)
        #expect(FileFormat.sniff([13, 0x10, 0, 0, 0, 0, 0, 0] + Array(".FIT".utf8)) == .fit)
        #expect(FileFormat.sniff([13, 0x90, 0, 0, 0, 0, 0, 0] + Array(".FIT".utf8)) == .unknown)
        #expect(FileFormat.sniff([0x1f, 0x8b, 8, 0]) == .gzip)
        #expect(FileFormat.sniff(Array("PK\u{3}\u{4}rest".utf8)) == .zip)
        #expect(FileFormat.sniff([UInt8]()) == .empty)
        #expect(FileFormat.sniff([0x1f]) == .unknown)
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">", FileFormat.gpx),
        ("\u{FEFF}  <?xml version='1.0' encoding='UTF-8'?><!-- exported --><!DOCTYPE x><gpx>", .gpx),
        ("<gpx:gpx xmlns:gpx=\"http://www.topografix.com/GPX/1/1\">", .gpx),
        ("<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"…\">", .tcx),
        ("<?xml version=\"1.0\"?><kml>", .unknown),
        ("<html><body>", .unknown),
        ("date,distance,duration,sport\n2026-11-20,5km,31:20,running", .csvLog),
        ("Duration, Date ,DISTANCE\n", .csvLog),
        ("Activity ID,Activity Date,Activity Name\n", .unknown),
        ("{\"json\": true}", .unknown),
    ])
    func textFormatsAreRecognizedByContent(text: String, format: FileFormat) {
        #expect(FileFormat.sniff(Array(text.utf8)) == format)
    }

    /// A prologue longer than any fixed look-ahead: a 10 KB comment, a DOCTYPE whose internal subset
    /// holds `>` and a quoted `]>`, processing instructions.
    @Test func aLongPrologueStillFindsTheRootElement() {
        let comment = "<!-- " + String(repeating: "notes <gpx> -- ", count: 700) + " -->"
        let doctype = "<!DOCTYPE gpx [ <!ELEMENT gpx ANY> <!ATTLIST gpx note CDATA \"]> <kml>\"> <!-- ]> --> ]>"
        let text = "<?xml version=\"1.0\"?>\n" + comment + "\n<?app x?>" + doctype + "\n<gpx version=\"1.1\">"
        #expect(text.utf8.count > 10_000)
        #expect(FileFormat.sniff(Array(text.utf8)) == .gpx)
        #expect(
            FileFormat.sniff(Array(("<?xml version=\"1.0\"?>" + comment + "<TrainingCenterDatabase>").utf8)) == .tcx)
        // A comment that never ends, and text before the root: not XML this reader wants.
        #expect(
            FileFormat.sniff(Array(("<?xml version=\"1.0\"?><!-- " + String(repeating: "x", count: 9_000)).utf8))
                == .unknown)
        #expect(FileFormat.sniff(Array("<?xml version=\"1.0\"?> text <gpx>".utf8)) == .unknown)
    }

    /// UTF-16 in both byte orders, with a byte-order mark or detected from the first `<`.
    @Test func utf16DocumentsAreRecognized() {
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!-- Läufe über 4 KB: " + String(repeating: "é", count: 3_000)
            + " -->\n<gpx version=\"1.1\">"
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        let bigEndian = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
        #expect(FileFormat.sniff([0xFF, 0xFE] + littleEndian) == .gpx)
        #expect(FileFormat.sniff([0xFE, 0xFF] + bigEndian) == .gpx)
        #expect(FileFormat.sniff(littleEndian) == .gpx)
        #expect(FileFormat.sniff(bigEndian) == .gpx)
        let csv = "date,distance,duration\n".utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        #expect(FileFormat.sniff([0xFF, 0xFE] + csv) == .unknown)
    }

    /// UTF-32 XML is sniffed by its root element too, so the GPX reader says it cannot read it
    /// (rather than "not an activity").
    @Test func utf32DocumentsAreRecognized() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n<!-- Läufe -->\n<TrainingCenterDatabase>"
        let little = text.unicodeScalars.flatMap { scalar in
            (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
        }
        let big = text.unicodeScalars.flatMap { scalar in
            (0..<4).reversed().map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
        }
        #expect(FileFormat.sniff(little) == .tcx)
        #expect(FileFormat.sniff([0xFF, 0xFE, 0, 0] + little) == .tcx)
        #expect(FileFormat.sniff(big) == .tcx)
        #expect(FileFormat.sniff([0, 0, 0xFE, 0xFF] + big) == .tcx)
    }

    /// A FIT file cut inside its 12- or 14-byte header is still FIT, so the FIT reader says where it ends.
    @Test func aFITHeaderCutShortIsFIT() {
        for length in 1..<Self.fitHeader.count {
            #expect(FileFormat.sniff(Array(Self.fitHeader.prefix(length))) == .fit, "\(length) bytes")
        }
        #expect(FileFormat.sniff([14, 0x20, 0x5c, 0x08, 0, 0, 0, 0, 0x2e, 0x46, 0x49]) == .fit)
        #expect(FileFormat.sniff([14, 0x20, 0x5c, 0x08, 0, 0, 0, 0, 0x2e, 0x46, 0x58]) == .unknown)
        #expect(FileFormat.sniff([14, 0x99, 0x5c]) == .unknown)
        #expect(FileFormat.sniff([13]) == .unknown)
    }

    /// A FIT header with one damaged byte among the size, the protocol version and ".FIT" is still
    /// FIT (the FIT reader then names the byte); two damaged bytes, or text that holds ".FIT" at
    /// byte 8, are not.
    @Test func aFITHeaderWithOneDamagedByteIsFIT() {
        for index in [0, 1, 8, 9, 10, 11] {
            for value: UInt8 in [0x00, 0x0D, 0x58, 0xFF] where value != Self.fitHeader[index] {
                var damaged = Self.fitHeader
                damaged[index] = value
                #expect(FileFormat.sniff(damaged) == .fit, "byte \(index) = \(value)")
                damaged[index == 11 ? 10 : 11] = 0x58
                #expect(FileFormat.sniff(damaged) == .unknown, "bytes \(index) and another damaged")
            }
        }
        #expect(FileFormat.sniff(Array("1 report.FIT\n2 report.FIT\n".utf8)) == .unknown)
        #expect(FileFormat.sniff(Array("20170518.FIT\n".utf8)) == .unknown)
    }
}
