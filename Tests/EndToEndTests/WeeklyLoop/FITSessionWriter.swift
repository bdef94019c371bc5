import Foundation
import TestSupport

/// Writes minimal FIT activity files for the weekly-loop tests: a file_id message and one running
/// session with its start, times and distance (in centimetres, so a planned 0.1 km step is exact).
enum FITSessionWriter {
    /// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
    static let fitEpoch: UInt32 = 631_065_600

    static func activity(meters: Double, start: Date, movingSeconds: Double) -> Data {
        let startTime = UInt32(start.timeIntervalSince1970) - fitEpoch
        let milliseconds = UInt32(movingSeconds * 1000)
        var file = FITBuilder()
        // file_id (global 0) with type (enum) and time_created (uint32).
        file.define(local: 0, global: 0, fields: [(0, 1, Base.enumeration), (4, 4, Base.uint32)])
        file.data(local: 0, [4] + le32(startTime))
        // session (global 18): start_time, total_elapsed_time, total_timer_time, total_distance
        // (uint32) and sport (enum).
        file.define(
            local: 1, global: 18,
            fields: [
                (2, 4, Base.uint32), (7, 4, Base.uint32), (8, 4, Base.uint32), (9, 4, Base.uint32),
                (5, 1, Base.enumeration),
            ])
        file.data(
            local: 1,
            le32(startTime) + le32(milliseconds) + le32(milliseconds) + le32(UInt32((meters * 100).rounded())) + [1])
        return Data(file.file())
    }
}
