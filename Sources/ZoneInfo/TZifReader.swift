/// Reads TZif files (RFC 8536, versions 1–4) as found under /usr/share/zoneinfo.
public enum TZifReader {
    /// The transitions, local time types and footer of a TZif file. Version 1 files use their
    /// 32-bit block; later versions their 64-bit block and the footer TZ string.
    public static func read(_ bytes: [UInt8], identifier: String, path: String) throws(ZoneInfoError) -> TimeZoneRules {
        var reader = ByteCursor(bytes: bytes, path: path)
        let first = try reader.header()
        if first.version == 0 {
            return try reader.block(first, timeSize: 4, identifier: identifier, footer: nil)
        }
        try reader.skip(first.dataSize(timeSize: 4))
        let second = try reader.header()
        let start = reader.offset
        try reader.skip(second.dataSize(timeSize: 8))
        let footer = try reader.footer()
        reader.offset = start
        return try reader.block(second, timeSize: 8, identifier: identifier, footer: footer)
    }
}

/// The counts in a TZif header.
private struct TZifHeader {
    var version: UInt8
    var isUTCCount, isStandardCount, leapCount, timeCount, typeCount, charCount: Int

    func dataSize(timeSize: Int) -> Int {
        timeCount * timeSize + timeCount + typeCount * 6 + charCount + leapCount * (timeSize + 4) + isStandardCount
            + isUTCCount
    }
}

/// A bounds-checked big-endian cursor that reports the offset of what it could not read.
private struct ByteCursor {
    let bytes: [UInt8]
    let path: String
    var offset = 0

    func fail(_ detail: String) -> ZoneInfoError {
        ZoneInfoError(.malformedTimeZoneData(detail), at: path, offset: offset)
    }

    mutating func skip(_ count: Int) throws(ZoneInfoError) {
        guard count >= 0, bytes.count - offset >= count else { throw fail("truncated") }
        offset += count
    }

    mutating func byte() throws(ZoneInfoError) -> UInt8 {
        guard offset < bytes.count else { throw fail("truncated") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func integer(size: Int) throws(ZoneInfoError) -> Int64 {
        guard bytes.count - offset >= size else { throw fail("truncated") }
        var value: UInt64 = 0
        for index in offset..<offset + size { value = value << 8 | UInt64(bytes[index]) }
        offset += size
        // Sign-extend from `size` bytes.
        let shift = UInt64(64 - size * 8)
        return Int64(bitPattern: value << shift) >> Int64(shift)
    }

    mutating func header() throws(ZoneInfoError) -> TZifHeader {
        guard bytes.count - offset >= 44, Array(bytes[offset..<offset + 4]) == Array("TZif".utf8) else {
            throw fail("not a TZif file")
        }
        let versionByte = bytes[offset + 4]
        let version: UInt8 = versionByte == 0 ? 0 : versionByte &- UInt8(ascii: "0")
        guard version <= 9 else { throw fail("unknown TZif version") }
        offset += 20
        var counts: [Int] = []
        for _ in 0..<6 {
            let count = try integer(size: 4)
            guard (0...1_000_000).contains(count) else { throw fail("implausible count \(count)") }
            counts.append(Int(count))
        }
        let header = TZifHeader(
            version: version, isUTCCount: counts[0], isStandardCount: counts[1], leapCount: counts[2],
            timeCount: counts[3], typeCount: counts[4], charCount: counts[5])
        guard header.typeCount >= 1 else { throw fail("no local time types") }
        return header
    }

    mutating func footer() throws(ZoneInfoError) -> POSIXTimeZoneRule? {
        guard try byte() == UInt8(ascii: "\n") else { throw fail("footer does not start with a newline") }
        guard let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { throw fail("unterminated footer") }
        let text = String(decoding: bytes[offset..<end], as: UTF8.self)
        offset = end + 1
        return text.isEmpty ? nil : POSIXTimeZoneRule(text)
    }

    mutating func block(
        _ header: TZifHeader, timeSize: Int, identifier: String, footer: POSIXTimeZoneRule?
    ) throws(ZoneInfoError) -> TimeZoneRules {
        var times: [Int64] = []
        for _ in 0..<header.timeCount {
            let time = try integer(size: timeSize)
            // RFC 8536 keeps times within ±2^59 ("big bang"); beyond that, date arithmetic would overflow.
            guard time.magnitude <= 1 << 59 else { throw fail("transition time \(time) out of range") }
            times.append(time)
        }
        var typeIndices: [Int] = []
        for _ in 0..<header.timeCount {
            let index = Int(try byte())
            guard index < header.typeCount else { throw fail("transition uses undefined type \(index)") }
            typeIndices.append(index)
        }
        var rawTypes: [(offset: Int, isDST: Bool, nameIndex: Int)] = []
        for _ in 0..<header.typeCount {
            let utcOffset = try integer(size: 4)
            guard utcOffset.magnitude < 26 * 3_600 else { throw fail("implausible UTC offset \(utcOffset)") }
            rawTypes.append((Int(utcOffset), try byte() != 0, Int(try byte())))
        }
        let names = Array(bytes[offset..<min(bytes.count, offset + header.charCount)])
        try skip(header.charCount)
        let types = rawTypes.map { raw in
            let tail = raw.nameIndex < names.count ? names[raw.nameIndex...] : []
            let name = tail.prefix { $0 != 0 }
            return LocalTimeType(
                utcOffsetSeconds: raw.offset, isDaylightSaving: raw.isDST,
                abbreviation: String(decoding: name, as: UTF8.self))
        }
        var transitions: [ZoneTransition] = []
        var previous = types[0]
        for (time, index) in zip(times, typeIndices) {
            if let last = transitions.last, time <= last.instant { throw fail("transitions out of order") }
            transitions.append(ZoneTransition(instant: time, from: previous, to: types[index]))
            previous = types[index]
        }
        return TimeZoneRules(identifier: identifier, initial: types[0], transitions: transitions, footer: footer)
    }
}
