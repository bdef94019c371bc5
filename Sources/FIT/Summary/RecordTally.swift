/// What `FITSummary` needs of the record messages, gathered by the decoder while it decodes
/// instead of storing every record: count, records with a heart rate, first and last time, first
/// position. For a file of half a million records this saves storing, looking up by name and
/// freeing half a million messages.
struct RecordTally {
    var records = 0
    var recordsWithHeartRate = 0
    var firstRecordTime: Double?
    var lastRecordTime: Double?
    var firstLatitude: Double?
    var firstLongitude: Double?
    /// The reader of each plan index (parallel to the decoder's plans), made on first use.
    private var readers: [RecordReader?] = []

    /// Adds a record that took the decoder's fast path (no developer fields, no accumulation).
    /// `content` is the offset of its first content byte; the decoder checked that the plan's
    /// size fits in `raw` from there.
    @inline(__always)
    mutating func add(
        _ raw: UnsafeRawBufferPointer, at content: Int, planIndex: Int32, plans: [MessagePlan],
        compressedTimestamp: UInt32?, slow: () -> FITMessage
    ) {
        let index = Int(planIndex)
        if index >= readers.count { readers += Array(repeating: nil, count: index + 1 - readers.count) }
        if readers[index] == nil { readers[index] = RecordReader(plans[index]) }
        // Non-nil: set just above.
        guard let reader = readers[index], reader.isFast else { return add(slow()) }
        let time = reader.timestamp.read(raw, content, reader.isBigEndian) ?? compressedTimestamp.map(Double.init)
        add(
            heartRate: reader.heartRate.read(raw, content, reader.isBigEndian), time: time,
            latitude: { reader.latitude.read(raw, content, reader.isBigEndian) },
            longitude: { reader.longitude.read(raw, content, reader.isBigEndian) })
    }

    /// Adds a record through the general field lookup (developer fields, components, arrays).
    mutating func add(_ record: FITMessage) {
        add(
            heartRate: record.number(FITFieldID.Record.heartRate), time: record.number(FITFieldID.Record.timestamp),
            latitude: { record.number(FITFieldID.Record.positionLat) },
            longitude: { record.number(FITFieldID.Record.positionLong) })
    }

    @inline(__always)
    private mutating func add(
        heartRate: Double?, time: Double?, latitude: () -> Double?, longitude: () -> Double?
    ) {
        records += 1
        if heartRate != nil { recordsWithHeartRate += 1 }
        if records == 1 { firstRecordTime = time }
        lastRecordTime = time
        if firstLatitude == nil, let lat = latitude(), let lon = longitude() {
            firstLatitude = lat
            firstLongitude = lon
        }
    }
}

/// How to read the four summary fields of the records of one plan straight from their bytes,
/// when each is a plain single-number field (the usual case); `isFast` is false when any of
/// them needs the general lookup (a subfield, a component, an array…).
private struct RecordReader {
    var isFast = true
    let isBigEndian: Bool
    var heartRate = FieldReader.absent
    /// The message's own timestamp field; the compressed-header time stands in when it is invalid.
    var timestamp = FieldReader.absent
    var latitude = FieldReader.absent
    var longitude = FieldReader.absent

    init(_ plan: MessagePlan) {
        isBigEndian = plan.isBigEndian
        heartRate = reader(FITFieldID.Record.heartRate, plan)
        timestamp = reader(FITFieldID.Record.timestamp, plan, headerTimestampLast: true)
        latitude = reader(FITFieldID.Record.positionLat, plan)
        longitude = reader(FITFieldID.Record.positionLong, plan)
    }

    /// The reader of `field`: the same answer as `EncodedMessage.number(_:)` gives when the field
    /// resolves to at most one plain single-number field (then, for timestamps, the header time).
    private mutating func reader(_ field: FITFieldID, _ plan: MessagePlan, headerTimestampLast: Bool = false)
        -> FieldReader
    {
        guard let range = plan.resolvers.range(ofNumber: field.number) else { return .absent }
        var found = FieldReader.absent
        for (position, k) in range.enumerated() {
            switch plan.resolvers.resolvers[Int(k)] {
            case .field(let index) where position == 0 && plan.numericFields[Int(index)].isSingleNumber:
                found = FieldReader(field: plan.numericFields[Int(index)])
            case .headerTimestamp where headerTimestampLast && position == range.count - 1:
                break
            default:
                isFast = false
            }
        }
        return found
    }
}

/// One single-number field of a plan (nil: the plan has none), read as `EncodedMessage.number(_:)` reads it.
private struct FieldReader {
    let field: NumericField?

    static let absent = FieldReader(field: nil)

    /// The scaled value (semicircles in degrees), nil when absent or invalid.
    @inline(__always)
    func read(_ raw: UnsafeRawBufferPointer, _ content: Int, _ bigEndian: Bool) -> Double? {
        guard let field else { return nil }
        // In bounds: the decoder checked content + plan.size <= raw.count, and the field lies in the plan.
        let bits = raw.loadElement(at: content + field.offset, size: field.baseType.size, bigEndian: bigEndian)
        guard let value = field.baseType.number(ofRaw: bits) else { return nil }
        let scaled = field.scale == 1 && field.valueOffset == 0 ? value : value / field.scale - field.valueOffset
        return field.isSemicircles ? scaled * (180.0 / 2_147_483_648.0) : scaled
    }
}
