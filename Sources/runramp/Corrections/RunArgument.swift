import ArgumentParser
import TrainingLog

/// The RUN_ID argument of `remove`, `edit`, `exclude` and `include`: an id as `runramp runs`
/// shows it, or any unambiguous start of one.
struct RunArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The run's id as `runramp runs` shows it (an unambiguous start is enough).", valueName: "run-id"))
    var runID: String

    /// The full id of the run named, or an error naming the candidates.
    func resolve(in log: LogDatabase) throws -> String {
        switch try log.lookUpRun(runID) {
        case .found(let id): return id
        case .none: throw OptionError("\(runID): no run has this id (see `runramp runs`)")
        case .ambiguous(let ids):
            throw OptionError(
                "\(runID): several runs start with this id: \(ids.joined(separator: ", ")); type more of it")
        }
    }
}
