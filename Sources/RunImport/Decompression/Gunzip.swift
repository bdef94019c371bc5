internal import CZlibShim

/// Inflates gzip data (all members of a multi-member file) with the system zlib.
enum Gunzip {
    /// Refuse to inflate past this: an activity file is megabytes, a "zip bomb" is gigabytes.
    static let maximumOutputBytes = 1 << 30

    static func inflate(_ input: [UInt8]) throws(ImportError.Reason) -> [UInt8] {
        var stream = z_stream()
        let started = czlib_inflate_init_gzip(&stream)
        guard started == Z_OK else { throw .decompression("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(min(input.count * 4, 64 << 20))
        var chunk = [UInt8](repeating: 0, count: 256 << 10)
        var consumed = 0
        while true {
            var status: Int32 = Z_OK
            let total = input.count
            let produced: Int = input.withUnsafeBufferPointer { inBuffer in
                chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress.map { $0 + consumed })
                    stream.avail_in = UInt32(clamping: total - consumed)
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let before = stream.avail_in
                    status = CZlibShim.inflate(&stream, Z_NO_FLUSH)
                    consumed += Int(before - stream.avail_in)
                    return outBuffer.count - Int(stream.avail_out)
                }
            }
            output.append(contentsOf: chunk[0..<produced])
            guard output.count <= maximumOutputBytes else { throw .decompression("more than 1 GiB uncompressed") }
            switch status {
            case Z_STREAM_END:
                // Another gzip member may follow (concatenated .gz); trailing zero padding is allowed.
                let rest = input[consumed...]
                if rest.allSatisfy({ $0 == 0 }) { return output }
                guard inflateReset(&stream) == Z_OK else { throw .decompression("zlib could not continue") }
            case Z_OK:
                if produced == 0 && consumed >= total { throw .decompression("truncated gzip data at byte \(consumed)") }
            case Z_BUF_ERROR:
                if consumed >= total { throw .decompression("truncated gzip data at byte \(consumed)") }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw .decompression("bad gzip data near byte \(consumed): \(message)")
            }
        }
    }
}
