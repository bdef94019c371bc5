import Foundation
import RunModel

/// The local start time `runs` prints at the end of a line: "started 06:00 UTC+11:00" for a run
/// recorded by a device (docs/local-dates.md); nothing for a run typed in without a clock.
enum LocalStartText {
    static func text(for run: Run) -> String {
        guard [.fit, .gpx, .tcx].contains(run.source.format), let offset = run.utcOffsetSeconds else { return "" }
        let secondOfDay = run.localStart.timeIntervalSince(run.localDay.startDate)
        guard secondOfDay.isFinite, let minutes = Int(exactly: (secondOfDay / 60).rounded(.down)) else { return "" }
        let sign = offset < 0 ? "-" : "+"
        return
            "started \(two(minutes / 60)):\(two(minutes % 60)) UTC\(sign)\(two(abs(offset) / 3_600)):\(two(abs(offset) / 60 % 60))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
