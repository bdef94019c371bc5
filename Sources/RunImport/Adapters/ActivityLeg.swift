import RunModel

/// One activity of a file that holds several: a TCX with several `<Activity>`, one leg of a
/// multisport FIT (triathlon, run-bike-run brick) or of a TCX `<MultiSportSession>`.
struct ActivityLeg: Sendable {
    var run: Run
    var notes: [ImportNote]
}
