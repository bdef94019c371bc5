/// What `runramp inspect` reports about a FIT file: file id, sessions, record counts, first
/// position and time range (the FIT part of docs/inspect-json.md). Times are FIT seconds.
public struct FITSummary: Sendable, Hashable {
    /// One session message.
    public struct Session: Sendable, Hashable {
        public var sport: FITLabel?
        public var subSport: FITLabel?
        public var startTime: Double?
        public var totalElapsedTime: Double?
        public var totalTimerTime: Double?
        public var totalDistance: Double?
        public var averageHeartRate: Double?
        public var maximumHeartRate: Double?
    }

    public var error: FITError?
    public var fileType: FITLabel?
    public var manufacturer: FITLabel?
    /// The Garmin product name for Garmin-family manufacturers, else the product number.
    public var product: FITLabel?
    public var sessions: [Session] = []
    public var laps = 0
    public var records = 0
    public var recordsWithHeartRate = 0
    public var firstRecordTime: Double?
    public var lastRecordTime: Double?
    public var firstPosition: (latitude: Double, longitude: Double)? {
        get { firstLatitude.flatMap { lat in firstLongitude.map { (lat, $0) } } }
        set {
            firstLatitude = newValue?.latitude
            firstLongitude = newValue?.longitude
        }
    }
    private var firstLatitude: Double?
    private var firstLongitude: Double?
    public var developerFields = 0
    /// Messages decoded in all.
    public var messageCount = 0

    public var isValid: Bool { error == nil }

    public init(_ file: FITFile) {
        self.init(file, records: nil)
    }

    /// Decodes `bytes` and summarizes them: the same summary as `FITSummary(FITDecoder.decode(bytes))`,
    /// faster, because the decoder tallies record messages as it meets them instead of storing them.
    public init(bytes: [UInt8]) {
        var decoder = StreamDecoder(bytes: bytes, tallyingRecords: true)
        let file = decoder.decode()
        self.init(file, records: decoder.recordTally)
    }

    /// The summary of `file`, whose record messages were tallied in `records` instead when given.
    private init(_ file: FITFile, records tally: RecordTally?) {
        error = file.error
        developerFields = file.developerFieldDescriptions
        messageCount = file.messages.count + (tally?.records ?? 0)
        // Without a tally from the decoder, the file kept its records: tally them the same way.
        let tally =
            tally
            ?? file.messages.reduce(into: RecordTally()) { tally, message in
                if message.globalNumber == FITMessageNumber.record { tally.add(message) }
            }
        records = tally.records
        recordsWithHeartRate = tally.recordsWithHeartRate
        firstRecordTime = tally.firstRecordTime
        lastRecordTime = tally.lastRecordTime
        firstLatitude = tally.firstLatitude
        firstLongitude = tally.firstLongitude
        var sawFileID = false
        for message in file.messages {
            switch message.globalNumber {
            case FITMessageNumber.fileId where !sawFileID:
                sawFileID = true
                fileType = message.label(FITFieldID.FileId.type)
                manufacturer = message.label(FITFieldID.FileId.manufacturer)
                product = message.label("garmin_product") ?? message.label(FITFieldID.FileId.product)
            case FITMessageNumber.session:
                sessions.append(
                    Session(
                        sport: message.label(FITFieldID.Session.sport),
                        subSport: message.label(FITFieldID.Session.subSport),
                        startTime: message.number(FITFieldID.Session.startTime),
                        totalElapsedTime: message.number(FITFieldID.Session.totalElapsedTime),
                        totalTimerTime: message.number(FITFieldID.Session.totalTimerTime),
                        totalDistance: message.number(FITFieldID.Session.totalDistance),
                        averageHeartRate: message.number(FITFieldID.Session.avgHeartRate),
                        maximumHeartRate: message.number(FITFieldID.Session.maxHeartRate)))
            case FITMessageNumber.lap:
                laps += 1
            default:
                break
            }
        }
    }
}
