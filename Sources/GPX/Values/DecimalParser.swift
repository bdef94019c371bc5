internal import Foundation

/// Parses decimal numbers ("47.644548", "-5", "1.2e3") from raw UTF-8 bytes without making Strings.
///
/// Numbers whose digits fit in 2^53 (about 15–16 significant digits) with a small exponent —
/// nearly every coordinate, elevation and heart rate — take Clinger's fast path: the mantissa and
/// the power of ten are both exact doubles, so one multiplication or division is correctly
/// rounded, exactly as strtod.
/// Anything else goes to strtod on a NUL-terminated copy.
enum DecimalParser {
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The finite number the bytes spell (surrounding XML whitespace allowed), or nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        if let fast = fastPath(bytes, start, end) { return fast }
        return slowPath(bytes, start, end)
    }

    /// Convenience for tests and attribute values held in arrays.
    static func parse(_ bytes: [UInt8]) -> Double? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func fastPath(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var index = start
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        } else if bytes[index] == UInt8(ascii: "+") {
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var significant = 0
        var fractionDigits = 0
        var seenPoint = false
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if mantissa != 0 || byte != 0x30 { significant += 1 }
                guard significant <= 16 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                if seenPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digits > 0 else { return nil }
        var exponent = -fractionDigits
        if index < end {
            guard bytes[index] | 0x20 == UInt8(ascii: "e") else { return nil }
            index += 1
            var exponentNegative = false
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var value = 0
            var exponentDigits = 0
            while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                exponentDigits += 1
                guard value < 1000 else { return nil }
                index += 1
            }
            guard exponentDigits > 0, index == end else { return nil }
            exponent += exponentNegative ? -value : value
        }
        guard exponent >= -22, exponent <= 22, mantissa <= 1 << 53 else { return nil }
        var result = Double(mantissa)
        result = exponent < 0 ? result / powersOfTen[-exponent] : result * powersOfTen[exponent]
        return negative ? -result : result
    }

    private static func slowPath(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        // Only plain decimal syntax: strtod alone would also take "inf", "nan" and hex floats.
        for index in start..<end {
            switch bytes[index] {
            case 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"),
                UInt8(ascii: "E"):
                continue
            default:
                return nil
            }
        }
        let length = end - start
        guard length < 512 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer -> Double? in
            guard let base = buffer.baseAddress, let source = bytes.baseAddress else { return nil }
            UnsafeMutableRawPointer(base).copyMemory(from: source + start, byteCount: length)
            base[length] = 0
            var stop: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &stop)
            guard let stop, stop == base + length, value.isFinite else { return nil }
            return value
        }
    }
}
