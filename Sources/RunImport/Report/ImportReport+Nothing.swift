/// Whether an import gave the log anything, and why not (docs/errors.md).
extension ImportReport {
    /// True when no run came out of what was given: nothing imported, already known or linked as a duplicate
    /// (files that were all pictures, an empty folder, only failures). The commands then exit non-zero.
    public var importedNothing: Bool { imported + alreadyKnown + duplicates == 0 }

    /// Why nothing was imported, in one line naming what was given; nil when something was.
    public func nothingImportedReason(given paths: [String]) -> String? {
        guard importedNothing else { return nil }
        let given = paths.count == 1 ? paths[0] : "\(paths.count) paths"
        if filesSeen == 0 { return "nothing imported: no files in \(given)" }
        if !failures.isEmpty && notActivities == 0 {
            return "nothing imported: no file in \(given) could be read (reasons above)"
        }
        return "nothing imported: \(given) holds no FIT, GPX, TCX, CSV log or export with a run"
    }
}
