/// The time spans of a file's activities, to find in one pass which activities a record or lap
/// belongs to: sorted by start, with the latest end so far, so a lookup is a binary search plus a
/// short walk back (spans of real files do not overlap; overlapping ones are all found).
struct SpanIndex {
    /// (start, end, activity index) sorted by start; a nil span holds nothing.
    private let sorted: [(start: Double, end: Double, index: Int)]
    /// The latest end among `sorted[0...i]`.
    private let latestEnd: [Double]

    init(_ spans: [ClosedRange<Double>?]) {
        sorted = spans.enumerated()
            .compactMap { index, span in span.map { (start: $0.lowerBound, end: $0.upperBound, index: index) } }
            .sorted { ($0.start, $0.index) < ($1.start, $1.index) }
        var latest = -Double.infinity
        latestEnd = sorted.map { span in
            latest = max(latest, span.end)
            return latest
        }
    }

    /// Calls `body` with the index of every span that contains `time`, in ascending index order.
    func forEach(containing time: Double, _ body: (Int) -> Void) {
        // The number of spans that start at or before `time`.
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].start <= time { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var position = low - 1
        while position >= 0, latestEnd[position] >= time {
            if sorted[position].end >= time { found.append(sorted[position].index) }
            position -= 1
        }
        for index in found.sorted() { body(index) }
    }
}
