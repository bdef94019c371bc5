/// Decodes FIT files (Garmin's Flexible and Interoperable Data Transfer format) from bytes.
public enum FITDecoder {
    /// Decodes a whole file (all chained FIT files). Never throws: errors end decoding and are
    /// reported in `FITFile.error`, with the messages decoded before them kept.
    public static func decode(_ bytes: [UInt8]) -> FITFile {
        var decoder = StreamDecoder(bytes: bytes)
        return decoder.decode()
    }

    /// Decodes a whole file from raw memory (copied once, so the messages own their bytes).
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> FITFile {
        decode(Array(bytes))
    }
}
