/// Ids as `runramp runs` shows them: the shortest common length, at least 8, that tells them all apart.
enum ShortRunIDs {
    static func length(for ids: [String]) -> Int {
        var length = 8
        while length < (ids.map(\.count).max() ?? 8) {
            if Set(ids.map { $0.prefix(length) }).count == ids.count { break }
            length += 2
        }
        return length
    }
}
