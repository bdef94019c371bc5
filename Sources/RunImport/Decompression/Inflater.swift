internal import CZlibShim

/// A zlib inflate stream at a fixed address (zlib keeps a pointer back to its `z_stream`, so the
/// stream must never move): gzip (all members of a concatenated .gz) or raw deflate (a zip member).
struct Inflater: ~Copyable {
    enum Format { case gzip, rawDeflate }

    /// What one `inflate` step reached.
    enum Step: Equatable {
        /// More input is wanted (or more output room).
        case progressing
        /// The end of one compressed stream (a gzip member, a zip member's data).
        case streamEnd
    }

    private let stream: UnsafeMutablePointer<z_stream>

    init(_ format: Format) throws(ImportError.Reason) {
        let allocated = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        allocated.initialize(to: z_stream())
        let status = format == .gzip ? czlib_inflate_init_gzip(allocated) : czlib_inflate_init_raw(allocated)
        guard status == Z_OK else {
            allocated.deinitialize(count: 1)
            allocated.deallocate()
            throw .decompression(.zlibCouldNotStart)
        }
        stream = allocated
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// zlib's message for damaged data ("invalid block type").
    struct DataError: Error {
        var message: String
    }

    /// Inflates from `input` into `output`; returns the bytes of input consumed, the bytes written
    /// and whether a stream ended.
    mutating func inflate(
        _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) throws(DataError) -> (consumed: Int, written: Int, step: Step) {
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        stream.pointee.avail_in = UInt32(clamping: input.count)
        stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: UInt8.self)
        stream.pointee.avail_out = UInt32(clamping: output.count)
        let inBefore = stream.pointee.avail_in
        let outBefore = stream.pointee.avail_out
        let status = CZlibShim.inflate(stream, Z_NO_FLUSH)
        let consumed = Int(inBefore - stream.pointee.avail_in)
        let written = Int(outBefore - stream.pointee.avail_out)
        switch status {
        case Z_STREAM_END: return (consumed, written, .streamEnd)
        case Z_OK, Z_BUF_ERROR: return (consumed, written, .progressing)
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "status \(status)"
            throw DataError(message: message)
        }
    }

    /// Starts over for the next member of a concatenated gzip file.
    mutating func reset() throws(ImportError.Reason) {
        guard inflateReset(stream) == Z_OK else { throw .decompression(.zlibCouldNotContinue) }
    }
}
