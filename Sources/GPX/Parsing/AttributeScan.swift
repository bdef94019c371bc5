#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A linear pass over the bytes before libxml2 sees them, finding the first start tag with more
/// attributes than allowed. libxml2 2.9 checks each attribute against all the earlier ones of its
/// element, so 10^5 attributes on one element cost minutes: such a file is refused before the parse.
/// Comments, CDATA sections, processing instructions and quoted values are skipped; UTF-16 is read
/// by code units.
enum AttributeScan {
    /// The unit index (byte offset for UTF-8) of the first start tag with more than `limit`
    /// attributes, or nil.
    static func firstExcess(in bytes: UnsafeRawBufferPointer, limit: Int) -> Int? {
        let isUTF16 =
            bytes.count > 1
            && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] == 0xFF && bytes[1] == 0xFE)
                || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        // The fast pass knows no context (a `<` inside a comment or CDATA looks like a tag): it
        // only says whether the careful pass, which does, needs to run.
        if !isUTF16, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
            firstExcessUTF8(base, count: bytes.count, limit: limit) == nil
        {
            return nil
        }
        return firstExcessByUnits(in: bytes, limit: limit)
    }

    /// A quick over-estimate for UTF-8: nil when no element can have more than `limit` attributes.
    /// A start tag lies between one `<` and the next (XML allows no `<` inside it), its attributes
    /// take at least 4 bytes each (`a=""`) and each has an `=`: only a stretch of more than
    /// 4 × limit bytes without `<`, holding more than `limit` `=`, can be one. From each `<`, the
    /// last `<` within that distance is found reading backwards from the window's end (a few bytes
    /// in a real file), so the pass jumps thousands of bytes at a time.
    /// Safe: every index is checked to lie in 0..<count before `p` is read there.
    private static func firstExcessUTF8(_ p: UnsafePointer<UInt8>, count: Int, limit: Int) -> Int? {
        let longest = 4 * max(limit, 1)
        func opening(from start: Int) -> Int? {
            guard start < count, let found = memchr(p + start, 0x3C, count - start) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(p)
        }
        var current = opening(from: 0)
        while let start = current {
            guard count - start > longest else { return nil }
            var last = start + longest
            while last > start, p[last] != 0x3C { last -= 1 }
            if last > start {
                current = last
                continue
            }
            let next = opening(from: start + 1)
            var equals = 0
            for index in start..<(next ?? count) where p[index] == 0x3D {
                equals += 1
                if equals > limit { return start }
            }
            current = next
        }
        return nil
    }

    /// Code unit by code unit, UTF-8 or UTF-16, knowing comments, CDATA and quotes (the careful
    /// pass: UTF-16 files, and UTF-8 files the fast pass found suspicious).
    private static func firstExcessByUnits(in bytes: UnsafeRawBufferPointer, limit: Int) -> Int? {
        let width: Int
        let isBigEndian: Bool
        switch (bytes.count > 1 ? bytes[0] : 0, bytes.count > 1 ? bytes[1] : 0) {
        case (0xFF, 0xFE), (0x3C, 0x00): (width, isBigEndian) = (2, false)
        case (0xFE, 0xFF), (0x00, 0x3C): (width, isBigEndian) = (2, true)
        default: (width, isBigEndian) = (1, false)
        }
        let count = bytes.count / width
        // Safe: every index below is checked against `count`, the number of whole units.
        @inline(__always) func unit(_ index: Int) -> UInt8 {
            if width == 1 { return bytes[index] }
            let (high, low) =
                isBigEndian ? (bytes[2 * index], bytes[2 * index + 1]) : (bytes[2 * index + 1], bytes[2 * index])
            return high == 0 ? low : 0x80
        }
        @inline(__always) func matches(_ index: Int, _ ascii: StaticString) -> Bool {
            let length = ascii.utf8CodeUnitCount
            guard index + length <= count else { return false }
            for offset in 0..<length where unit(index + offset) != ascii.utf8Start[offset] { return false }
            return true
        }
        func skip(from index: Int, past terminator: StaticString) -> Int {
            var position = index
            while position < count {
                if matches(position, terminator) { return position + terminator.utf8CodeUnitCount }
                position += 1
            }
            return count
        }
        var index = 0
        while index < count {
            guard unit(index) == 0x3C else {
                index += 1
                continue
            }
            let tagStart = index
            if matches(index, "<!--") {
                index = skip(from: index + 4, past: "-->")
            } else if matches(index, "<![CDATA[") {
                index = skip(from: index + 9, past: "]]>")
            } else if matches(index, "<?") {
                index = skip(from: index + 2, past: "?>")
            } else if matches(index, "<!") || matches(index, "</") {
                index = skip(from: index + 2, past: ">")
            } else {
                // A start tag: each attribute has one `=` outside quotes.
                var attributes = 0
                var quote: UInt8 = 0
                index += 1
                while index < count {
                    let byte = unit(index)
                    index += 1
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == 0x22 || byte == 0x27 {
                        quote = byte
                    } else if byte == 0x3D {
                        attributes += 1
                        if attributes > limit { return tagStart }
                    } else if byte == 0x3E {
                        break
                    }
                }
            }
        }
        return nil
    }

    /// The 1-based line and column of a unit index (for the error message).
    static func position(of index: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
        let isUTF16 =
            bytes.count > 1
            && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] == 0xFF && bytes[1] == 0xFE)
                || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        let width = isUTF16 ? 2 : 1
        var line = 1
        var lineStart = 0
        var position = 0
        while position < index, position * width < bytes.count {
            let isNewline =
                width == 1
                ? bytes[position] == 0x0A
                : (bytes[2 * position] == 0x0A && bytes[2 * position + 1] == 0)
                    || (bytes[2 * position] == 0 && bytes[2 * position + 1] == 0x0A)
            if isNewline {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        return (line, index - lineStart + 1)
    }
}
