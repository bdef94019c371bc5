import ArgumentParser
import Render
import TrainingLog
import UseCases

/// `runramp today [--today D] [--json]`: today's session from the plan the runner was given.
struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "What to do today: the session of your plan step by step, back care, your check-in, tomorrow.",
        discussion: """
            Reads the newest plan in the log that covers the day (a plan written with -o or --ics is kept). \
            Without one it says so and what to do meanwhile. A later check-in that pauses running wins over \
            the plan. See docs/today.md.
            """
    )

    @OptionGroup var today: TodayOption

    @OptionGroup var format: FormatOptions

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let day = try today.day()
        let log = try database.open(.readOnly)
        let loop = LoopLog(log: log)
        let answer = DailySessionUseCase.answer(
            on: day, plans: try loop.plans(madeOnOrBefore: day), checkIns: try loop.checkIns(),
            workoutFile: try DailySessionUseCase.workoutFiles(on: day, log: log))
        if format.isJSON {
            print(try DailySessionJSON.render(answer), terminator: "")
        } else {
            print(DailySessionText.render(answer), terminator: "")
        }
    }
}
