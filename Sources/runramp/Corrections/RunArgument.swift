import ArgumentParser

/// The RUN_ID argument of `remove`, `edit`, `exclude` and `include`: an id as `runramp runs`
/// shows it, or any unambiguous start of one (`RunCorrectionUseCase.resolve`).
struct RunArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The run's id as `runramp runs` shows it (an unambiguous start is enough).", valueName: "run-id"))
    var runID: String
}
