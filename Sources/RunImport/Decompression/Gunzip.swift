import Foundation

/// Inflates gzip data (all members of a multi-member file) with the system zlib, into one buffer
/// that never grows past the member limit (no second copy of the decompressed bytes).
enum Gunzip {
    /// The decompressed bytes of `input`, at most `limit` of them; throws `.limit` beyond.
    /// With `stopUnlessWorkout`, inflating stops after the first chunk when its bytes cannot start a
    /// workout file (`FileFormat.mayHoldWorkout`): those bytes are returned, for the caller to
    /// report what they are (a gzip of zeros is refused in milliseconds, not after 512 MiB).
    static func inflate(_ input: UnsafeRawBufferPointer, limit: Int, stopUnlessWorkout: Bool = false)
        throws(ImportError.Reason) -> Data
    {
        var inflater = try Inflater(.gzip)
        // A gzip trailer ends with the size mod 2^32: a good first guess for a single-member file.
        var expected = 256 << 10
        if input.count >= 18 {
            expected = Int(input.loadUnaligned(fromByteOffset: input.count - 4, as: UInt32.self).littleEndian)
        }
        // One byte of room past the limit: output that fills it is over the limit.
        var output = InflatedBytes(expected: expected, limit: limit + 1)
        var offset = 0
        var checkedHead = false
        while true {
            guard let room = output.spare(minimum: 256 << 10) else { throw .decompression(.outOfMemory) }
            let rest = UnsafeRawBufferPointer(rebasing: input[offset...])
            let progress: (consumed: Int, written: Int, step: Inflater.Step)
            do {
                progress = try inflater.inflate(rest, into: room)
            } catch {
                throw .decompression(.badData(nearByte: offset, zlib: error.message))
            }
            let (consumed, written, step) = progress
            offset += consumed
            output.didWrite(written)
            if stopUnlessWorkout, !checkedHead, output.count >= 4_096 || step == .streamEnd {
                checkedHead = true
                let head = output.data(prefix: 4_096)
                if !FileFormat.mayHoldWorkout(head) { return head }
            }
            if output.count > limit {
                throw .limit(.uncompressed(member: nil, limit: Int64(limit), .memberSize))
            }
            if step == .streamEnd {
                // Another gzip member may follow (concatenated .gz); trailing zero padding is allowed.
                if input[offset...].allSatisfy({ $0 == 0 }) { return output.data() }
                try inflater.reset()
            } else if consumed == 0 && written == 0 {
                if offset >= input.count { throw .decompression(.truncated(atByte: offset)) }
                throw .decompression(.badData(nearByte: offset, zlib: nil))
            }
        }
    }

    /// The same for bytes in an array (tests, small inputs).
    static func inflate(_ input: [UInt8], limit: Int = ImportLimits.standard.maximumMemberBytes) throws(ImportError
        .Reason) -> [UInt8]
    {
        let result: Result<Data, ImportError.Reason> = input.withUnsafeBytes { buffer in
            Result { () throws(ImportError.Reason) -> Data in try inflate(buffer, limit: limit) }
        }
        return [UInt8](try result.get())
    }
}
