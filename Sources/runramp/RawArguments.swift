/// The command line as the kernel gives it: bytes. `CommandLine.arguments` repairs bytes that are
/// not UTF-8 into U+FFFD, so a file name written in Latin-1 (`r\xFCn.gpx`) would silently become
/// another name: "no such file", or `--db` writing a log under the repaired name. Such an argument
/// is refused before anything is parsed (docs/errors.md, "Every command").
enum RawArguments {
    /// The arguments after the program's name, as bytes.
    static func current() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return [] }
            var bytes: [UInt8] = []
            var position = argument
            while position.pointee != 0 {
                bytes.append(UInt8(bitPattern: position.pointee))
                position += 1
            }
            return bytes
        }
    }

    /// The one-line refusal for the first argument that is not UTF-8; nil when all of them are.
    static func refusal(_ arguments: [[UInt8]]) -> String? {
        guard let bad = arguments.first(where: { String(validating: $0, as: UTF8.self) == nil }) else { return nil }
        return "runramp: \(shown(bad)): a name that is not UTF-8: rename the file (e.g. with convmv) "
            + "and give its new name; nothing was read"
    }

    /// The bytes as one line of text: UTF-8 characters as they are, any other byte and control
    /// characters as `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF5 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, index + length <= bytes.count,
                let character = String(validating: bytes[index..<(index + length)], as: UTF8.self),
                lead >= 0x20, lead != 0x7F,
                character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control })
            {
                text += character
                index += length
            } else {
                let digits = String(lead, radix: 16, uppercase: true)
                text += "\\x" + (digits.count == 1 ? "0" : "") + digits
                index += 1
            }
        }
        return text
    }
}
