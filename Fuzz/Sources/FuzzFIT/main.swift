import FIT

/// libFuzzer entry point: decode arbitrary bytes and read every field; any crash is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFIT(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let file = FITDecoder.decode(UnsafeRawBufferPointer(start: start, count: count))
    var sink = 0
    for message in file.messages {
        for field in message.fields {
            sink &+= Int(field.number)
            if let name = field.name { sink &+= name.utf8.count }
            _ = message.number(field.name ?? "")
            _ = message.text(field.name ?? "")
        }
        sink &+= message.developerFields.count
        _ = message.number("enhanced_speed")
        _ = message.number("distance")
        _ = message.label("garmin_product")
    }
    let summary = FITSummary(file)
    sink &+= summary.records &+ (file.error?.description.utf8.count ?? 0)
    return sink == Int.min ? 1 : 0
}
