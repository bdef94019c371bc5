/// What a file's first bytes say it is, whatever its name.
public enum FileFormat: String, Sendable, Hashable, Codable {
    case fit, gpx, tcx, gzip, zip, csvLog, unknown

    /// Sniffs the format from the start of a file (512 bytes are plenty).
    public static func sniff(_ head: some Collection<UInt8>) -> FileFormat {
        let bytes = Array(head.prefix(4_096))
        if bytes.count >= 12, bytes[0] == 12 || bytes[0] == 14, bytes[8..<12].elementsEqual(".FIT".utf8) { return .fit }
        if bytes.count >= 2, bytes[0] == 0x1f, bytes[1] == 0x8b { return .gzip }
        if bytes.count >= 4, bytes[0..<4].elementsEqual([0x50, 0x4b, 0x03, 0x04]) { return .zip }
        let text = String(decoding: bytes, as: UTF8.self)
        let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.hasPrefix("<") {
            // The root element decides; skip the prolog, comments and doctype.
            if let root = rootElementName(in: Substring(trimmed)) {
                let local = root.split(separator: ":").last.map(String.init) ?? root
                if local == "gpx" { return .gpx }
                if local == "TrainingCenterDatabase" { return .tcx }
            }
            return .unknown
        }
        if CSVLogReader.looksLikeLog(headerLine: String(trimmed.prefix { $0 != "\n" && $0 != "\r" })) { return .csvLog }
        return .unknown
    }

    private static func rootElementName(in text: Substring) -> String? {
        var rest = text
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first else { return nil }
            if first == "?" || first == "!" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                rest = rest[rest.index(after: close)...]
                continue
            }
            let name = rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }
}
