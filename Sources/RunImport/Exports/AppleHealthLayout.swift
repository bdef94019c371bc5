/// An Apple Health export as the Health app writes it (`export.zip`, or the folder unzipped):
/// `apple_health_export/export.xml` lists the workouts, `apple_health_export/workout-routes/*.gpx`
/// are the tracks they reference. The route files are not imported on their own: each belongs to
/// the workout that references it, and one unreferenced is imported as a GPX file after the workouts.
struct AppleHealthLayout: Sendable {
    /// The route files, by the path a `<FileReference>` gives ("/workout-routes/route_….gpx").
    var routes: [String: CandidateFile]

    /// The folder name the Health app gives its export.
    static let folderName = "apple_health_export"

    /// The candidates with each export.xml carrying its routes and the routes taken out of the list.
    static func group(_ files: [CandidateFile]) -> [CandidateFile] {
        let roots = Set(files.compactMap { file -> String? in
            guard file.path.hasSuffix("/export.xml") else { return nil }
            let root = String(file.path.dropLast("/export.xml".count))
            let isHealthFolder = root.split(separator: "/").last.map { $0 == folderName } ?? false
            let hasRoutes = files.contains { $0.path.hasPrefix(root + "/workout-routes/") }
            return isHealthFolder || hasRoutes ? root : nil
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
