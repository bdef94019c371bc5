/// What a file's first bytes say it is, whatever its name.
public enum FileFormat: String, Sendable, Hashable, Codable {
    case fit, gpx, tcx, gzip, zip, csvLog, unknown
    /// A file of 0 bytes (a download that never finished).
    case empty

    /// Sniffs the format from the start of a file. XML is recognised by its root element however
    /// long the prolog before it, in UTF-8, UTF-16 or UTF-32 (which the GPX reader then refuses in
    /// words); a FIT file also when cut inside its header,
    /// so the FIT reader can say where it ends.
    public static func sniff(_ head: some Collection<UInt8>) -> FileFormat {
        if let format = head.withContiguousStorageIfAvailable({ sniff(bytes: UnsafeRawBufferPointer($0)) }) {
            return format
        }
        return Array(head).withUnsafeBytes { sniff(bytes: $0) }
    }

    private static func sniff(bytes: UnsafeRawBufferPointer) -> FileFormat {
        if bytes.isEmpty { return .empty }
        if isFITHeader(bytes) || isDamagedFITHeader(bytes) { return .fit }
        if bytes.count >= 2, bytes[0] == 0x1f, bytes[1] == 0x8b { return .gzip }
        if bytes.count >= 4, bytes[0..<4].elementsEqual([0x50, 0x4b, 0x03, 0x04]) { return .zip }
        var prolog = XMLProlog(bytes)
        let isWide = prolog.isWide
        let (startsWithMarkup, root) = prolog.rootElementName()
        if startsWithMarkup {
            if let root {
                let local = root.split(separator: ":").last.map(String.init) ?? root
                if local == "gpx" { return .gpx }
                if local == "TrainingCenterDatabase" { return .tcx }
            }
            return .unknown
        }
        guard !isWide else { return .unknown }
        let text = String(decoding: bytes.prefix(4_096), as: UTF8.self)
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if CSVLogReader.looksLikeLog(headerLine: String(trimmed.prefix { $0 != "\n" && $0 != "\r" })) { return .csvLog }
        return .unknown
    }

    /// False when the first bytes of decompressed content already say it holds no workout: not a
    /// FIT header, no XML markup (after a byte-order mark and blanks), no CSV log header, no gzip
    /// or zip. Decompression stops there, so a member of zeros costs one chunk, not its whole size.
    public static func mayHoldWorkout(_ head: some Collection<UInt8>) -> Bool {
        let bytes = Array(head)
        switch sniff(bytes) {
        case .fit, .gpx, .tcx, .csvLog, .gzip, .zip, .empty: return true
        case .unknown:
            // XML whose root element lies past these bytes (a long prolog) may still be GPX or TCX.
            return bytes.withUnsafeBytes { buffer in
                var prolog = XMLProlog(buffer)
                let (startsWithMarkup, root) = prolog.rootElementName()
                return startsWithMarkup && root == nil
            }
        }
    }

    /// True when the first 12 bytes are a FIT file header with one of its telling bytes damaged: of
    /// the size byte (12 or 14), the protocol version (1.x or 2.x) and the four bytes of ".FIT",
    /// exactly five are right, and the data size (bytes 4…7) is under 512 MiB. The FIT reader then
    /// names the damaged byte (a file copied with one bad byte is reported, not taken for "not an
    /// activity"). Text that merely holds ".FIT" at byte 8 ("a-170518.FIT") stays what it is: its
    /// byte 7 is a printable character, so its "data size" would be over 512 MiB.
    public static func isDamagedFITHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 12, bytes[7] < 0x20 else { return false }
        let signature = Swift.zip(bytes[8..<12], ".FIT".utf8).filter { $0 == $1 }.count
        let size = bytes[0] == 12 || bytes[0] == 14 ? 1 : 0
        let version = (0x10...0x2F).contains(bytes[1]) ? 1 : 0
        return signature + size + version == 5
    }

    /// True when the bytes are a FIT file header (12 or 14 bytes, ".FIT" at bytes 8…11) or the
    /// start of one cut short: header size 12 or 14, a protocol version 1.x or 2.x, and as much of
    /// ".FIT" as there is.
    public static func isFITHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let size = bytes.first, size == 12 || size == 14 else { return false }
        if bytes.count >= 12 { return bytes[8..<12].elementsEqual(".FIT".utf8) }
        if bytes.count >= 2, !(0x10...0x2F).contains(bytes[1]) { return false }
        let tag = Array(".FIT".utf8)
        return bytes.count <= 8 || bytes[8...].elementsEqual(tag.prefix(bytes.count - 8))
    }
}
