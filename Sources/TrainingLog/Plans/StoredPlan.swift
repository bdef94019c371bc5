public import Foundation
public import RunModel

/// A plan as `runramp plan` stored it: when it was made, the days it covers, and its body (the
/// planner's `PlanRecord` as JSON; the log keeps the bytes and does not read them).
public struct StoredPlan: Sendable, Hashable {
    public var id: Int64?
    public var madeOn: CalendarDay
    public var firstDay: CalendarDay?
    public var lastDay: CalendarDay?
    public var body: Data
    public var recordedAt: Date

    public init(
        id: Int64? = nil, madeOn: CalendarDay, firstDay: CalendarDay?, lastDay: CalendarDay?, body: Data,
        recordedAt: Date
    ) {
        self.id = id
        self.madeOn = madeOn
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.body = body
        self.recordedAt = recordedAt
    }
}
