import FIT
import FilePaths
import Foundation
import Glibc
import Render
public import RunImport

/// `runramp inspect FILE` (docs/inspect-json.md): what one workout file holds, as a summary for a
/// person and as the JSON report. The file is opened as the importer opens it (a FIFO or device is
/// refused, never read) and told apart by the importer's sniffing (`FileFormat`).
public enum InspectUseCase {
    /// What `inspect` found: a report of what the file holds, or why nothing could be read.
    public enum Report: Sendable {
        case inspected(Inspection)
        /// Nothing could be read: `reason` in words and the file's real format (gzip, zip, fit, …) if known.
        case refused(reason: String, format: String?)
    }

    /// Inspects the file at `path`. `forJSON`: a file that is neither FIT nor XML is handed to the XML
    /// reader, whose report the JSON keeps (docs/inspect-json.md); the summary refuses it in words.
    public static func inspect(_ path: String, forJSON: Bool) -> Report {
        // Opened non-blocking and checked on the descriptor: a FIFO or device is refused, never read.
        let opened: OpenedFile
        do {
            opened = try OpenedFile(path: path)
        } catch {
            switch error {
            case .notRegularFile(.directory):
                return .refused(reason: "a folder: inspect reads one file (runramp import reads folders)", format: nil)
            case .unreadable where !FileManager.default.fileExists(atPath: path):
                return .refused(reason: "no such file or folder", format: nil)
            default:
                return .refused(reason: ImportError(error, path: path).reasonText, format: nil)
            }
        }
        do {
            try opened.check(atMost: ImportLimits.standard.maximumFileBytes, .fileSize)
        } catch {
            return .refused(reason: ImportError(error, path: path).reasonText, format: nil)
        }
        if let bytes = readFITFile(opened) { return .inspected(inspectFIT(bytes)) }
        let data: Data
        do {
            data = try opened.mapped()
        } catch {
            return .refused(reason: ImportError(error, path: path).reasonText, format: nil)
        }
        // A compressed file would read as "malformed XML: Document is empty": say what it is instead.
        if let (format, container) = container(data), !(forJSON && format == "unknown") {
            return .refused(reason: container, format: format)
        }
        if data.isEmpty { return .refused(reason: "empty file (0 bytes)", format: "empty") }
        if isFIT(Array(data.prefix(12))) {
            // One memcpy from the mapping: `[UInt8](data)` copies element by element (≈ 2 ms more for 10 MB).
            return .inspected(inspectFIT(data.withUnsafeBytes { [UInt8]($0) }))
        }
        // Anything else goes to the XML reader, which parses the mapping itself (no copy of a large
        // GPX) and says precisely why it is not GPX or TCX.
        return .inspected(inspectGPX(data))
    }

    /// The JSON report of a refused file: the one object of docs/inspect-json.md for it (`"valid": false`,
    /// the real `format` or null, the reason).
    public static func refusalJSON(reason: String, format: String?) -> String {
        OrderedJSON.object([
            ("schema", .string(JSONSchema.inspect.identifier)), ("format", format.map(OrderedJSON.string) ?? .null),
            ("valid", .bool(false)), ("error", .string(reason)),
        ]).rendered()
    }

    /// FIT by its first bytes: a FIT header, or one cut short or damaged (the FIT reader then says
    /// at which byte), as the importer tells FIT apart.
    static func isFIT(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { FileFormat.isFITHeader($0) || FileFormat.isDamagedFITHeader($0) }
    }

    /// What a gzip, zip or other non-FIT, non-XML file is (its format's name in the JSON report and
    /// what to do about it); nil for anything else.
    static func container(_ bytes: Data) -> (format: String, reason: String)? {
        if bytes.starts(with: [0x1F, 0x8B]) {
            return (
                "gzip",
                "a gzip file: inspect reads FIT, GPX and TCX as they are; unpack it first (gunzip -k), "
                    + "or runramp import it as it is"
            )
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return ("zip", "a .zip archive: unzip it and inspect the files inside")
        }
        // Neither FIT nor XML (which starts with "<" after an optional byte-order mark and blanks):
        // libxml2 would call it "Document is empty".
        guard !isFIT(Array(bytes.prefix(12))), !bytes.isEmpty else { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        // UTF-32 with a gpx root (no byte-order mark: it starts with zeros): the XML reader says why not.
        if [.gpx, .tcx].contains(FileFormat.sniff(bytes.prefix(4_096))) { return nil }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first != UInt8(ascii: "<")
        else { return nil }
        return ("unknown", "not a FIT, GPX or TCX file (no FIT header, and not XML)")
    }
}

/// The result of inspecting one file, whatever its format.
public struct Inspection: Sendable {
    /// The JSON report (docs/inspect-json.md).
    public var json: String
    /// The report for a person.
    public var summary: String
    /// The first error: the FIT reader's (at a byte) or the XML reader's (at a line and column).
    public var error: ImportError.Reason?
    /// False when nothing at all could be read: the command then exits non-zero.
    public var decodedAnything: Bool

    /// The one-line diagnostic for stderr, as `import` prints it: `a.fit: byte 1204: …` or `b.gpx:12:7: …`.
    public func diagnostic(file: String, error: ImportError.Reason) -> String {
        ImportError(error, path: file).description
    }
}
