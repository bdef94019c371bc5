/// A mistyped command named as such, with the nearest command (`runramp plans` → did you mean `plan`?),
/// before ArgumentParser reports the first option it does not know instead. (A mistyped option gets
/// ArgumentParser's own "Did you mean '--db'?".)
enum CommandSuggestion {
    /// The one line for `arguments` (without the program name) when its first word names no command.
    static func line(for arguments: [String], commands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !commands.contains(first) else { return nil }
        let nearest = commands.map { (name: $0, distance: distance(first.lowercased(), $0)) }
            .filter { $0.distance <= (first.count <= 3 ? 1 : 2) || $0.name.hasPrefix(first.lowercased()) }
            .min { $0.distance < $1.distance }
        let hint =
            nearest.map { "did you mean '\($0.name)'?" } ?? "the commands are \(commands.joined(separator: ", "))"
        return "Error: unknown command '\(first)'; \(hint) (runramp --help lists them)"
    }

    /// Levenshtein distance: insertions, deletions and substitutions of characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
