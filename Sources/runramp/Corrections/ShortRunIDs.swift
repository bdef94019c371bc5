/// Ids as `runramp runs` shows them: the shortest common length, at least 8, that tells them all apart.
enum ShortRunIDs {
    /// The length for `ids`, all in memory (tests, small lists).
    static func length(for ids: [String]) -> Int {
        length(longest: ids.map(\.count).max() ?? 8) { length in
            Set(ids.map { $0.prefix(length) }).count == ids.count
        }
    }

    /// The length for the ids of a whole log, asked of the log one candidate length at a time
    /// (`isDistinct(length)`: no two ids share their first `length` characters), so a log of a
    /// million runs is never read into memory to list a few of them.
    static func length(longest: Int, isDistinct: (Int) throws -> Bool) rethrows -> Int {
        var length = 8
        while length < longest {
            if try isDistinct(length) { break }
            length += 2
        }
        return length
    }
}
