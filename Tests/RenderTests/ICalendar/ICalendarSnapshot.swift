import Foundation
import Testing

/// Compares `text` byte for byte with `Snapshots/<name>`; `RECORD_SNAPSHOTS=1` rewrites the file.
func expectICalendarSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
{
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try Data(text.utf8).write(to: source)
        return
    }
    let bundled = Bundle.module.url(forResource: "Snapshots/" + name, withExtension: nil)
    let url = bundled.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil } ?? source
    guard let expected = FileManager.default.contents(atPath: url.path) else {
        Issue.record("missing snapshot \(name); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    #expect(Array(text.utf8) == [UInt8](expected), "differs from Snapshots/\(name)", sourceLocation: sourceLocation)
}
