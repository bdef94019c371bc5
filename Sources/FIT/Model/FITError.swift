/// An error that stops FIT decoding, with the byte offset where it happened.
public struct FITError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// The bytes at `offset` are not a FIT file header (size byte or ".FIT" signature).
        case notFIT
        /// A FIT file header with a damaged size byte (at `offset`): the ".FIT" signature is there,
        /// but the size is neither 12 nor 14.
        case damagedHeaderSize(UInt8)
        /// A FIT file header whose ".FIT" signature has one damaged byte (at `offset`); `found` is
        /// the four signature bytes as they are.
        case damagedSignature(found: [UInt8])
        /// The file ends in the middle of a header, definition or message.
        case truncated(needed: Int, available: Int)
        case headerCRCMismatch(stored: UInt16, computed: UInt16)
        case fileCRCMismatch(stored: UInt16, computed: UInt16)
        /// A data message uses a local message type that no definition message declared.
        case undefinedLocalMessage(UInt8)
        /// A definition message declares a base type the protocol does not have.
        case invalidBaseType(UInt8)
        /// A message runs past the data size given in the file header.
        case messagePastDataEnd(dataEnd: Int)
    }

    public var reason: Reason
    /// Offset, in bytes from the start of the input, of the first byte that could not be used.
    public var offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String {
        "byte \(offset): " + explanation
    }

    /// What went wrong, without the byte offset.
    public var explanation: String {
        switch reason {
        case .notFIT:
            "not a FIT file header (expected a 12 or 14 byte header with the .FIT signature)"
        case .damagedHeaderSize(let size):
            "damaged FIT file header: header size \(size) where 12 or 14 belongs (the .FIT signature is there)"
        case .damagedSignature(let found):
            "damaged FIT file header: signature bytes \(found.map(hex).joined(separator: " ")) where .FIT "
                + "(2E 46 49 54) belongs"
        case .truncated(let needed, let available):
            "file ends early: needed \(needed) bytes, \(available) left"
        case .headerCRCMismatch(let stored, let computed):
            "header CRC mismatch: stored \(hex(stored)), computed \(hex(computed))"
        case .fileCRCMismatch(let stored, let computed):
            "file CRC mismatch: stored \(hex(stored)), computed \(hex(computed))"
        case .undefinedLocalMessage(let local):
            "local message \(local) used before its definition"
        case .invalidBaseType(let type):
            "definition uses unknown base type \(hex(UInt16(type)))"
        case .messagePastDataEnd(let dataEnd):
            "message runs past the end of the data at byte \(dataEnd)"
        }
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    private func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
