import RunModel
import ZoneInfo

extension LocalOffsetResolver {
    /// `file` with the offset of its run filled in (files that hold no run are returned unchanged).
    /// A run dated by the user's zone while `TZ` names none is dated in UTC with a note saying so.
    func dated(_ file: IncomingFile) -> IncomingFile {
        guard case .run(var run) = file.content, run.utcOffsetSeconds == nil else { return file }
        var file = file
        let (seconds, source) = offset(for: run)
        run.utcOffsetSeconds = seconds
        file.content = .run(run)
        if case .userZone = source, case .unknownTimeZone(let name)? = zones.tzProblem?.reason {
            file.notes.append(.datedInUTC(zone: name))
        }
        return file
    }
}
