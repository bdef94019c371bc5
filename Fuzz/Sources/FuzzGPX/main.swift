import GPX

/// libFuzzer entry point: reads arbitrary bytes as GPX/TCX and summarises what it got; any crash,
/// hang or sanitizer report is a bug. Errors are expected and ignored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGPX(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    guard let document = try? GPXReader.read(bytes: bytes) else { return 0 }
    let summary = GPXSummary(document)
    if let time = summary.firstPointTime { _ = ISO8601Time.string(from: time) }
    for issue in document.issues { _ = issue.description }
    return 0
}
