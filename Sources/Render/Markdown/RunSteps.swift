/// Where the main set sits in a run's steps (after the four warm-up lines).
enum RunSteps {
    static let mainStepIndex = 4
}
