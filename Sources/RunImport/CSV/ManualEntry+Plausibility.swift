public import RunModel

extension ManualEntry {
    /// Why a run typed by hand cannot be what the runner meant (`runramp add` refuses it unless
    /// `--force`; docs/local-dates.md, "Clean data").
    public enum Implausibility: Sendable, Hashable, CustomStringConvertible {
        /// A running pace faster than `fastestRunningSecondsPerKilometre`.
        case tooFastForRunning(secondsPerKilometre: Double)
        /// The day is after today.
        case inTheFuture(today: CalendarDay)

        public var description: String {
            switch self {
            case .tooFastForRunning(let seconds):
                let pace = DurationText.pace(seconds: seconds, meters: 1_000, unit: .kilometers)
                let limit = DurationText.pace(
                    seconds: ManualEntry.fastestRunningSecondsPerKilometre, meters: 1_000, unit: .kilometers)
                return "a pace of \(pace), faster than \(limit); add --force if it is right"
            case .inTheFuture(let today):
                return "is after today (\(today)); add --force if it is right"
            }
        }
    }

    /// 2:00 per kilometre: faster than the 1 500 m world record pace, never a run typed in by hand.
    public static let fastestRunningSecondsPerKilometre = 120.0

    /// What is implausible about this entry on `today` (the runner's local day), empty when nothing.
    public func implausibilities(today: CalendarDay) -> [Implausibility] {
        var found: [Implausibility] = []
        if sport.isRunning, distanceMeters > 0 {
            let secondsPerKilometre = durationSeconds / distanceMeters * 1_000
            // Judged on the pace as printed, to the second, so a refusal never shows "2:00".
            if secondsPerKilometre.rounded() < Self.fastestRunningSecondsPerKilometre {
                found.append(.tooFastForRunning(secondsPerKilometre: secondsPerKilometre))
            }
        }
        if day > today { found.append(.inTheFuture(today: today)) }
        return found
    }
}
