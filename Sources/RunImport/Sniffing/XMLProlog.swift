/// Finds the root element's name of an XML document from its bytes, however long the prolog
/// before it (declaration, comments, processing instructions, a DOCTYPE with an internal subset)
/// and whether the text is UTF-8, UTF-16 or UTF-32 (with a byte-order mark, or detected from `<`).
/// Only ASCII matters to the prolog's structure; any other character reads as a name character.
struct XMLProlog: ~Copyable {
    private let bytes: UnsafeRawBufferPointer
    private let width: Int
    private let isBigEndian: Bool
    private var index: Int

    /// Reads the byte-order mark or the first `<` to choose the encoding.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        let b0 = bytes.count > 0 ? bytes[0] : 0
        let b1 = bytes.count > 1 ? bytes[1] : 0
        let b2 = bytes.count > 2 ? bytes[2] : 0
        let b3 = bytes.count > 3 ? bytes[3] : 0xFF
        let encoding: (width: Int, isBigEndian: Bool, start: Int) =
            switch (b0, b1, b2) {
            // UTF-32 (the GPX reader then says it cannot read it, rather than "not an activity").
            case (0xFF, 0xFE, 0x00) where b3 == 0: (4, false, 4)
            case (0x00, 0x00, 0xFE) where b3 == 0xFF: (4, true, 4)
            case (0x3C, 0x00, 0x00) where b3 == 0: (4, false, 0)
            case (0x00, 0x00, 0x00) where b3 == 0x3C: (4, true, 0)
            case (0xFF, 0xFE, _): (2, false, 2)
            case (0xFE, 0xFF, _): (2, true, 2)
            case (0x3C, 0x00, _): (2, false, 0)
            case (0x00, 0x3C, _): (2, true, 0)
            case (0xEF, 0xBB, 0xBF): (1, false, 3)
            default: (1, false, 0)
            }
        width = encoding.width
        isBigEndian = encoding.isBigEndian
        index = encoding.start
    }

    /// True for UTF-16 or UTF-32 text (the CSV sniffing then does not apply).
    var isWide: Bool { width > 1 }

    /// The character at `index` as ASCII, 0x80 for any other character, nil at the end.
    private func unit(at position: Int) -> UInt8? {
        guard position + width <= bytes.count else { return nil }
        if width == 1 { return bytes[position] }
        // The character's lowest byte, and whether every other byte of it is zero.
        let low = isBigEndian ? bytes[position + width - 1] : bytes[position]
        let others = isBigEndian ? position..<(position + width - 1) : (position + 1)..<(position + width)
        return others.allSatisfy { bytes[$0] == 0 } && low < 0x80 ? low : 0x80
    }

    private var current: UInt8? { unit(at: index) }

    private mutating func advance() { index += width }

    private mutating func skipWhitespace() {
        while let unit = current, unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D { advance() }
    }

    /// True when the text at `index` starts with `ascii` (then moves past it).
    private mutating func skipIfPresent(_ ascii: String) -> Bool {
        var position = index
        for expected in ascii.utf8 {
            guard unit(at: position) == expected else { return false }
            position += width
        }
        index = position
        return true
    }

    /// Moves past the next occurrence of `terminator`; false when the text ends first.
    private mutating func skip(past terminator: String) -> Bool {
        guard let first = terminator.utf8.first else { return true }
        while let unit = current {
            if unit == first, skipIfPresent(terminator) { return true }
            advance()
        }
        return false
    }

    /// Moves past a DOCTYPE's closing `>`, over quoted strings and an internal subset in brackets.
    private mutating func skipDoctype() -> Bool {
        var quote: UInt8?
        var depth = 0
        while let unit = current {
            advance()
            if let open = quote {
                if unit == open { quote = nil }
                continue
            }
            switch unit {
            case 0x22, 0x27: quote = unit
            case 0x5B: depth += 1
            case 0x5D: depth -= 1
            case 0x3C where depth > 0:
                if skipIfPresent("!--"), !skip(past: "-->") { return false }
            case 0x3E where depth <= 0: return true
            default: break
            }
        }
        return false
    }

    /// The root element's name (with its prefix, if any); nil when the text is not XML or ends first.
    /// True in `startsWithMarkup` when the first non-blank character is `<`.
    mutating func rootElementName() -> (startsWithMarkup: Bool, name: String?) {
        skipWhitespace()
        guard current == 0x3C else { return (false, nil) }
        while true {
            skipWhitespace()
            guard current == 0x3C else { return (true, nil) }
            advance()
            if skipIfPresent("?") {
                guard skip(past: "?>") else { return (true, nil) }
            } else if skipIfPresent("!--") {
                guard skip(past: "-->") else { return (true, nil) }
            } else if skipIfPresent("!DOCTYPE") {
                guard skipDoctype() else { return (true, nil) }
            } else {
                var name: [UInt8] = []
                while let unit = current, unit != 0x20, unit != 0x09, unit != 0x0A, unit != 0x0D, unit != 0x3E,
                    unit != 0x2F,
                    name.count < 256
                {
                    name.append(unit)
                    advance()
                }
                return (true, name.isEmpty || name.first == 0x21 ? nil : String(decoding: name, as: UTF8.self))
            }
        }
    }
}
