/// Where an XML declaration starts when a UTF-8 byte order mark or whitespace comes before it
/// (Strava's `.tcx.gz` files and Polar Flow's TCX start with spaces or a line break): libxml2 reads
/// a declaration only at byte 0, so the parse starts there.
enum XMLDeclarationStart {
    /// The byte offset of `<?xml` after a BOM and whitespace, and the line breaks skipped on the way;
    /// (0, 0) when the bytes do not start that way (they are then handed over as they are).
    static func find(in bytes: UnsafeRawBufferPointer) -> (offset: Int, lines: Int) {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var lines = 0
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D
        {
            // CRLF counts once: the LF counts, a CR only when no LF follows.
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A))
            {
                lines += 1
            }
            index += 1
        }
        guard index > 0, bytes.count - index >= 5, Array(bytes[index..<index + 5]) == Array("<?xml".utf8) else {
            return (0, 0)
        }
        return (index, lines)
    }
}
