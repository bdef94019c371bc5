/// R3.2: the NHS Couch-to-5K weeks 1–4, time-based run/walk intervals after a 5-minute brisk walk.
struct CouchToFiveK: Sendable {
    /// Programme week, 1–4.
    let number: Int
    /// Alternating run and walk intervals in seconds, starting with a run.
    let intervals: [Int]
    /// One line describing the main set.
    let description: String

    /// Seconds of running and walking, without warm-up and cool-down.
    var mainSeconds: Int { intervals.reduce(0, +) }

    /// Programme week `week`, clamped to 1…4 (later plan weeks repeat week 4).
    static func week(_ week: Int) -> CouchToFiveK {
        switch min(max(week, 1), 4) {
        case 1:
            CouchToFiveK(
                number: 1, intervals: Array(repeating: [60, 90], count: 8).flatMap { $0 },
                description: "8 × (run 60 s, walk 90 s)")
        case 2:
            CouchToFiveK(
                number: 2, intervals: Array(repeating: [90, 120], count: 6).flatMap { $0 },
                description: "6 × (run 90 s, walk 2 min)")
        case 3:
            CouchToFiveK(
                number: 3, intervals: Array(repeating: [90, 90, 180, 180], count: 2).flatMap { $0 },
                description: "2 × (run 90 s, walk 90 s, run 3 min, walk 3 min)")
        default:
            CouchToFiveK(
                number: 4, intervals: [180, 90, 300, 150, 180, 90, 300],
                description: "Run 3 min, walk 1½ min, run 5 min, walk 2½ min, run 3 min, walk 1½ min, run 5 min")
        }
    }
}
