import Testing
@testable import RunImport

@Suite struct FileFormatTests {
    static let fitHeader: [UInt8] = [14, 0x20, 0x5c, 0x08, 0, 0, 0, 0] + Array(".FIT".utf8) + [0, 0]

    @Test func binaryFormatsAreRecognizedByTheirMagic() {
        #expect(FileFormat.sniff(Self.fitHeader) == .fit)
        #expect(FileFormat.sniff([12, 0x10, 0, 0, 0, 0, 0, 0] + Array(".FIT".utf8)) == .fit)
        #expect(FileFormat.sniff([13, 0x10, 0, 0, 0, 0, 0, 0] + Array(".FIT".utf8)) == .unknown)
        #expect(FileFormat.sniff([0x1f, 0x8b, 8, 0]) == .gzip)
        #expect(FileFormat.sniff(Array("PK\u{3}\u{4}rest".utf8)) == .zip)
        #expect(FileFormat.sniff([UInt8]()) == .unknown)
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
}
