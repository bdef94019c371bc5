public import Foundation

/// One normalized activity in the training log, whatever file format it came from.
public struct Run: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var source: RunSource
    public var name: String?
    public var sport: Sport
    /// Start instant (UTC).
    public var start: Date
    /// Offset of the local time zone from UTC at the start, in seconds, when the file says.
    public var utcOffsetSeconds: Int?
    public var elapsedSeconds: Double
    /// Elapsed time without pauses.
    public var movingSeconds: Double
    public var distanceMeters: Double
    public var elevationGainMeters: Double?
    public var elevationLossMeters: Double?
    public var averageHeartRate: Double?
    public var maxHeartRate: Double?
    public var averageCadence: Double?
    public var laps: [Lap]
    public var samples: [Sample]
    /// The heart-rate settings the watch wrote into the file, when it wrote any (FIT files).
    public var watchHeartRate: WatchHeartRateSettings?

    public init(
        id: String, source: RunSource, name: String? = nil, sport: Sport, start: Date, utcOffsetSeconds: Int? = nil,
        elapsedSeconds: Double, movingSeconds: Double, distanceMeters: Double,
        elevationGainMeters: Double? = nil, elevationLossMeters: Double? = nil,
        averageHeartRate: Double? = nil, maxHeartRate: Double? = nil, averageCadence: Double? = nil,
        laps: [Lap] = [], samples: [Sample] = [], watchHeartRate: WatchHeartRateSettings? = nil
    ) {
        self.id = id
        self.source = source
        self.name = name
        self.sport = sport
        self.start = start
        self.utcOffsetSeconds = utcOffsetSeconds
        self.elapsedSeconds = elapsedSeconds
        self.movingSeconds = movingSeconds
        self.distanceMeters = distanceMeters
        self.elevationGainMeters = elevationGainMeters
        self.elevationLossMeters = elevationLossMeters
        self.averageHeartRate = averageHeartRate
        self.maxHeartRate = maxHeartRate
        self.averageCadence = averageCadence
        self.laps = laps
        self.samples = samples
        self.watchHeartRate = watchHeartRate
    }

    /// The start on the runner's wall clock: the UTC start shifted by the file's UTC offset when it
    /// gives one, else UTC (docs/local-dates.md). Read its day as `localDay`.
    public var localStart: Date { start.addingTimeInterval(TimeInterval(utcOffsetSeconds ?? 0)) }

    /// The calendar day the run counts on (the day of `localStart`): the one rule for "the day of a run",
    /// for weeks, plans, reviews and `runs --since`.
    public var localDay: CalendarDay { CalendarDay(localStart) }
}
