/// Where the training log lives on disk.
public enum LogLocation {
    /// The log's path: `explicit` (`--db`), else `$RUNRAMP_DB`, else `$XDG_DATA_HOME/runramp/log.sqlite`,
    /// else `HOME/.local/share/runramp/log.sqlite` with `$HOME`, or when it is unset the
    /// `homeDirectory` of the user database. Nil when there is no home at all: the caller asks for
    /// `--db` rather than put the log in `/.local/share`.
    public static func resolve(explicit: String?, environment: [String: String], homeDirectory: String?) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["RUNRAMP_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return join(xdg, "runramp/log.sqlite")
        }
        let fromEnvironment = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        guard let home = fromEnvironment ?? homeDirectory.flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
        return join(home, ".local/share/runramp/log.sqlite")
    }

    private static func join(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}
