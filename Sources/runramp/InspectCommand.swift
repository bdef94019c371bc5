import ArgumentParser
import FIT
import Foundation
import Glibc
import RunImport

/// `runramp inspect FILE [--json]`: what a workout file holds, as a summary or as JSON.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a FIT, GPX or TCX file holds (--json for the machine-readable report).",
        discussion: "The JSON report's keys are described in docs/inspect-json.md."
    )

    @Argument(help: "The file to inspect.")
    var file: String

    @OptionGroup var format: FormatOptions

    /// `--json` or `--format json`: the report of docs/inspect-json.md.
    var json: Bool { format.isJSON }

    func run() throws {
        // Opened non-blocking and checked on the descriptor: a FIFO or device is refused, never read.
        let opened: OpenedFile
        do {
            opened = try OpenedFile(path: file)
        } catch {
            // One line, like the import's failures, rather than a usage text.
            switch error {
            case .notRegularFile(.directory):
                try refuse("a folder: inspect reads one file (runramp import reads folders)", format: nil)
            case .unreadable where !FileManager.default.fileExists(atPath: file):
                try refuse("no such file or folder", format: nil)
            default:
                try refuse(ImportError(error, path: file).reasonText, format: nil)
            }
        }
        let limit = ImportLimits.standard.maximumFileBytes
        guard opened.size <= limit else {
            let reason = ImportError.Reason.limit(
                "\(opened.size) bytes, larger than \(ImportLimits.describe(bytes: limit)) (limit: file size)")
            try refuse(ImportError(reason, path: file).reasonText, format: nil)
        }
        if let bytes = Self.readFITFile(opened) {
            try report(inspectFIT(bytes))
            return
        }
        let data: Data
        do {
            data = try opened.mapped()
        } catch {
            try refuse(ImportError(error, path: file).reasonText, format: nil)
        }
        // A compressed file would read as "malformed XML: Document is empty": say what it is instead.
        // In JSON, a file that is neither FIT nor XML keeps the XML reader's report (docs/inspect-json.md).
        if let (format, container) = Self.container(data), !(json && format == "unknown") {
            try refuse(container, format: format)
        }
        let inspection: Inspection
        if data.isEmpty { try refuse("empty file (0 bytes)", format: "empty") }
        switch InspectedFormat.sniff(Array(data.prefix(12))) {
        case .fit:
            // One memcpy from the mapping: `[UInt8](data)` copies element by element (≈ 2 ms more for 10 MB).
            inspection = inspectFIT(data.withUnsafeBytes { [UInt8]($0) })
        case .xml:
            // The XML reader parses the mapping itself: no copy of a large GPX.
            inspection = inspectGPX(data)
        }
        try report(inspection)
    }

    /// Nothing could be read: `reason` on stderr after the file's name and, with `--json`, the one
    /// object of docs/inspect-json.md for it (`"valid": false`, the real `format` or null).
    private func refuse(_ reason: String, format: String?) throws -> Never {
        if json {
            let object = InspectJSON.object([
                ("schema", .string("runramp.inspect/1")), ("format", format.map(InspectJSON.string) ?? .null),
                ("valid", .bool(false)), ("error", .string(reason)),
            ])
            print(object.rendered())
        }
        Terminal.printError("\(file): \(reason)")
        throw ExitCode.failure
    }

    private func report(_ inspection: Inspection) throws {
        print(json ? inspection.json : inspection.summary)
        if let error = inspection.error {
            Terminal.printError(inspection.diagnostic(file: file, error: error))
        }
        if !inspection.decodedAnything { throw ExitCode.failure }
    }
}

extension InspectCommand {
    /// The whole file when it is a regular file that starts with a FIT header, read with read(2)
    /// straight into the array; nil otherwise (the general path then reads it and reports errors).
    /// Mapping the file and copying it costs page faults besides the copy: measured 26.6 → 25.8 ms
    /// for `inspect --json` of a 10 MB FIT file, end to end.
    static func readFITFile(_ file: borrowing OpenedFile) -> [UInt8]? {
        let descriptor = file.descriptor
        guard let size = Int(exactly: file.size) else { return nil }
        var header = [UInt8](repeating: 0, count: 12)
        guard size >= 12, pread(descriptor, &header, 12, 0) == 12, InspectedFormat.sniff(header) == .fit else {
            return nil
        }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { return nil }
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            Self.adviseHugePages(UnsafeMutableRawPointer(base), size)
            // Safe: each read(2) writes at most `size - count` bytes at `base + count`, inside the
            // capacity; `count` only counts bytes read(2) reported as written.
            while count < size {
                let read = Glibc.read(descriptor, base + count, size - count)
                if read < 0 && errno == EINTR { continue }
                if read <= 0 { break }
                count += read
            }
        }
        return bytes.count == size ? bytes : nil
    }

    /// Asks Linux for 2 MB pages for the whole 2 MB blocks of a buffer about to be filled
    /// (transparent huge pages in "madvise" mode): a 10 MB file then costs a few page faults
    /// instead of 2,560 (measured: `inspect --json` of a 10.5 MB FIT file 25.0 → 21.6 ms). Advice
    /// only: nothing changes if the kernel declines.
    private static func adviseHugePages(_ base: UnsafeMutableRawPointer, _ size: Int) {
        let hugePage = 2 << 20
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + size) & ~(hugePage - 1)
        // Safe: start…end lies inside base…base + size, memory this buffer owns; the advice
        // changes how its pages are backed, never their contents.
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
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
        guard InspectedFormat.sniff(Array(bytes.prefix(12))) == .xml, !bytes.isEmpty else { return nil }
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
struct Inspection {
    var json: String
    var summary: String
    /// The first error: the FIT reader's (at a byte) or the XML reader's (at a line and column).
    var error: ImportError.Reason?
    /// False when nothing at all could be read: the command then exits non-zero.
    var decodedAnything: Bool

    /// The one-line diagnostic for stderr, as `import` prints it: `a.fit: byte 1204: …` or `b.gpx:12:7: …`.
    func diagnostic(file: String, error: ImportError.Reason) -> String {
        ImportError(error, path: file).description
    }
}

/// The formats `inspect` recognises from a file's first bytes.
enum InspectedFormat {
    case fit
    /// Anything else is handed to the XML reader, which says precisely why it is not GPX or TCX.
    case xml

    static func sniff(_ bytes: [UInt8]) -> InspectedFormat {
        // A FIT header cut short is FIT too: the FIT reader then says at which byte it ends.
        bytes.withUnsafeBytes { FileFormat.isFITHeader($0) || FileFormat.isDamagedFITHeader($0) } ? .fit : .xml
    }
}
