public import Foundation
public import RunModel

/// A heart-rate anchor the runner set (`runramp settings`), dated; the newest of each kind wins.
public struct HeartRateSettingRecord: Sendable, Hashable {
    /// Which anchor a setting gives.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case maximum, resting, threshold
    }

    public var id: Int64?
    public var kind: Kind
    public var bpm: Double
    /// The day the runner set it.
    public var day: CalendarDay
    public var recordedAt: Date

    public init(id: Int64? = nil, kind: Kind, bpm: Double, day: CalendarDay, recordedAt: Date) {
        self.id = id
        self.kind = kind
        self.bpm = bpm
        self.day = day
        self.recordedAt = recordedAt
    }
}
