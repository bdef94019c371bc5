import ArgumentParser
import Foundation
import Render
import RunAnalysis
import TrainingLog
import UseCases

/// `runramp settings [--max-hr N] [--rest-hr N] [--lthr N]`: the heart-rate anchors, set by the
/// runner (stored in the log, dated) or shown with where each comes from.
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

    @OptionGroup var today: TodayOption

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let day = try today.day()
        let anchors: HeartRateAnchors
        if maxHR == nil, restHR == nil, lthr == nil {
            anchors = try HeartRateSettingsUseCase.current(log: try database.open(.readOnly), today: day)
        } else {
            do {
                anchors = try HeartRateSettingsUseCase.record(
                    maximum: maxHR, resting: restHR, threshold: lthr, log: try database.open(.readWrite), today: day,
                    now: Date())
            } catch let error as HeartRateSettingsUseCase.InvalidSetting {
                throw OptionError(error.description)
            }
        }
        print("Heart-rate anchors: " + WhyMarkdown.anchorsLine(anchors))
    }
}
