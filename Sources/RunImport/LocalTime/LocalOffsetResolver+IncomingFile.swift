import RunModel

extension LocalOffsetResolver {
    /// `file` with the offset of its run filled in (files that hold no run are returned unchanged).
    func dated(_ file: IncomingFile) -> IncomingFile {
        guard case .run(let run) = file.content else { return file }
        var file = file
        file.content = .run(dated(run))
        return file
    }
}
