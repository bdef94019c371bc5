/// An Apple Health export as the Health app writes it (`export.zip`, or the folder unzipped):
/// `apple_health_export/export.xml` lists the workouts, `apple_health_export/workout-routes/*.gpx`
/// are the tracks they reference. An export.xml imported on its own finds its routes beside it on disk. The route files are not imported on their own: each belongs to
/// the workout that references it, and one unreferenced is imported as a GPX file after the workouts.
struct AppleHealthLayout: Sendable {
    /// The route files, by the path a `<FileReference>` gives ("/workout-routes/route_….gpx").
    var routes: [String: CandidateFile]

    /// True for a path or member name that is an export.xml (read as Health's, see `group`).
    static func isExportXML(_ path: String) -> Bool { path == "export.xml" || path.hasSuffix("/export.xml") }

    /// The candidates with each export.xml carrying its routes and the routes taken out of the list.
    static func group(_ files: [CandidateFile]) -> [CandidateFile] {
        // Any export.xml is read as Health's (one that is not is then read as any other file).
        let roots = Set(
            files.compactMap { file -> String? in
                file.path.hasSuffix("/export.xml") ? String(file.path.dropLast("/export.xml".count)) : nil
            })
        guard !roots.isEmpty else { return files }
        var routes: [String: [String: CandidateFile]] = [:]
        var kept: [CandidateFile] = []
        for file in files {
            if let root = roots.first(where: { file.path.hasPrefix($0 + "/workout-routes/") }) {
                routes[root, default: [:]][String(file.path.dropFirst(root.count))] = file
            } else {
                kept.append(file)
            }
        }
        return kept.map { file in
            var file = file
            let root = String(file.path.dropLast("/export.xml".count))
            if file.path.hasSuffix("/export.xml"), roots.contains(root) {
                file.appleHealth = AppleHealthLayout(routes: routes[root] ?? [:])
            }
            return file
        }
    }
}
