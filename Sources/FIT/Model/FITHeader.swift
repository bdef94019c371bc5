/// The file header of one FIT file (12 or 14 bytes) and where it starts in the input.
public struct FITHeader: Sendable, Hashable {
    public var offset: Int
    public var size: Int
    public var protocolVersion: UInt8
    public var profileVersion: UInt16
    public var dataSize: Int
    /// The header CRC, nil for a 12-byte header or when it is 0 (not set).
    public var crc: UInt16?
}
