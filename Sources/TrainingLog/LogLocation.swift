import FilePaths

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
            return FilePath.join(xdg, "runramp/log.sqlite")
        }
        let fromEnvironment = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        guard let home = fromEnvironment ?? homeDirectory.flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
        return FilePath.join(home, ".local/share/runramp/log.sqlite")
    }

    /// The files SQLite keeps for the log at `path`: the log itself and its `-wal`, `-shm` and
    /// `-journal` files. The one list of them: an import skips them, an output never overwrites them.
    public static func files(ofLog path: String) -> [String] {
        ["", "-wal", "-shm", "-journal"].map { path + $0 }
    }
}
