import ArgumentParser
import Foundation
import TrainingLog
import UseCases

/// `runramp settings [--max-hr N] [--rest-hr N] [--lthr N] [--trimp-constants C]`: the heart-rate
/// anchors and TRIMP constants, set by the runner (stored in the log, dated) or shown with where each
/// comes from.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Set or show your heart-rate anchors: maximum, resting and threshold heart rate.",
        discussion: """
            Without options, shows the anchors in use and where each comes from (set by you, your watch's \
            files, or estimated from your runs). A value you set is stored with today's date and wins over \
            the others. Never derived from your age.
            """
    )

    @Option(name: .customLong("max-hr"), help: ArgumentHelp("Your maximum heart rate (bpm).", valueName: "bpm"))
    var maxHR: Double?

    @Option(name: .customLong("rest-hr"), help: ArgumentHelp("Your resting heart rate (bpm).", valueName: "bpm"))
    var restHR: Double?

    @Option(name: .customLong("lthr"), help: ArgumentHelp("Your lactate-threshold heart rate (bpm).", valueName: "bpm"))
    var lthr: Double?

    @Option(
        name: .customLong("trimp-constants"),
        help: ArgumentHelp(
            "Banister's TRIMP constants: standard (0.64 and 1.92, his for men; the default) or alternative "
                + "(0.86 and 1.67, his for women); male and female also work.",
            valueName: "constants"))
    var trimpConstants: String?

    @OptionGroup var today: TodayOption

    @OptionGroup var database: DatabaseOptions

    /// Every value checked before the log is opened: a refusal stores nothing and creates no log.
    func validate() throws {
        _ = try HeartRateSettingsUseCase.trimpConstants(option: trimpConstants)
        try HeartRateSettingsUseCase.check(maximum: maxHR, resting: restHR, threshold: lthr)
    }

    func run() throws {
        let day = try today.day()
        let constants = try HeartRateSettingsUseCase.trimpConstants(option: trimpConstants)
        let anchors =
            if maxHR == nil, restHR == nil, lthr == nil, constants == nil {
                try HeartRateSettingsUseCase.current(log: try database.open(.readOnly), today: day)
            } else {
                try HeartRateSettingsUseCase.record(
                    maximum: maxHR, resting: restHR, threshold: lthr, constants: constants,
                    log: try database.open(.readWrite), today: day, now: Date())
            }
        print(HeartRateSettingsUseCase.line(anchors))
    }
}
