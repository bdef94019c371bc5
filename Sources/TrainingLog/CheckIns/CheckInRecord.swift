public import Foundation
public import RunModel

/// One stored back check-in: the day, the pain level and warning signs by their names, and
/// whether a professional cleared the runner. The planner's `CheckIn` reads these names.
public struct CheckInRecord: Sendable, Hashable {
    /// The row id, in the order the check-ins were recorded (nil before it is stored).
    public var id: Int64?
    public var day: CalendarDay
    /// "none", "mild" or "persistent".
    public var backPain: String
    /// Symptom names such as "numbness", sorted.
    public var symptoms: [String]
    public var isCleared: Bool
    public var recordedAt: Date

    public init(
        id: Int64? = nil, day: CalendarDay, backPain: String, symptoms: [String], isCleared: Bool, recordedAt: Date
    ) {
        self.id = id
        self.day = day
        self.backPain = backPain
        self.symptoms = symptoms
        self.isCleared = isCleared
        self.recordedAt = recordedAt
    }
}
