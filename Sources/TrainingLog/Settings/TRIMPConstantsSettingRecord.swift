public import Foundation
public import RunModel

/// The TRIMP constants the runner chose (`runramp settings --trimp-constants`), dated; the newest wins.
public struct TRIMPConstantsSettingRecord: Sendable, Hashable {
    public var id: Int64?
    public var constants: TRIMPConstants
    public var day: CalendarDay
    public var recordedAt: Date

    public init(id: Int64? = nil, constants: TRIMPConstants, day: CalendarDay, recordedAt: Date) {
        self.id = id
        self.constants = constants
        self.day = day
        self.recordedAt = recordedAt
    }
}
