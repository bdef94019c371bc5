public import Foundation
public import RunModel

/// Chooses the anchors figures are measured against: the runner's settings first, then the
/// watch's zone settings from the files, then (maximum only) the estimate from the runner's runs.
public enum AnchorChoice {
    /// The window of runs the maximum is estimated from, in days before today.
    public static let estimateWindowDays = 365
    /// Anchors outside these bounds, in bpm, are ignored.
    public static let plausible = 25.0...240.0

    /// The settings a watch wrote into one file (`file`, as the log names it), dated by the file's run.
    public struct FileAnchors: Sendable, Hashable {
        public var settings: WatchHeartRateSettings
        public var day: CalendarDay
        public var file: String

        public init(settings: WatchHeartRateSettings, day: CalendarDay, file: String) {
            self.settings = settings
            self.day = day
            self.file = file
        }
    }

    /// The anchors for `today`: `runner` values win, then the newest file value of each kind up to
    /// `today` (of equal days, the later in `files`), then (maximum only) the highest 30-second clean
    /// heart rate among `peaks` (a run's day and its peak) of the last 365 days. Values outside
    /// 25…240 bpm are ignored.
    public static func anchors(
        runner: (maximum: HeartRateAnchor?, resting: HeartRateAnchor?, threshold: HeartRateAnchor?),
        files: [FileAnchors], peaks: [(day: CalendarDay, bpm: Double)], today: CalendarDay,
        constants: TRIMPConstants = .standard
    ) -> HeartRateAnchors {
        let newestFirst = files.enumerated().filter { $0.element.day <= today }
            .sorted { ($0.element.day, $0.offset) > ($1.element.day, $1.offset) }.map(\.element)
        func fromFiles(_ value: (WatchHeartRateSettings) -> Double?) -> HeartRateAnchor? {
            for file in newestFirst {
                if let bpm = value(file.settings), plausible.contains(bpm) {
                    return HeartRateAnchor(bpm: bpm, source: .file, date: file.day.startDate, file: file.file)
                }
            }
            return nil
        }
        let since = today.adding(days: -estimateWindowDays)
        let estimate = peaks.filter { $0.day > since && $0.day <= today && plausible.contains($0.bpm) }
            .max { $0.bpm < $1.bpm }
            .map { HeartRateAnchor(bpm: $0.bpm.rounded(), source: .estimated, date: $0.day.startDate) }
        return HeartRateAnchors(
            maximum: runner.maximum ?? fromFiles(\.maximum) ?? estimate,
            resting: runner.resting ?? fromFiles(\.resting),
            threshold: runner.threshold ?? fromFiles(\.threshold), constants: constants)
    }
}
