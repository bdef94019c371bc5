import Foundation
import GPX
import PrintableText
import Render
import RunImport
import RunModel

/// Builds the `--json` object for `runramp inspect FILE` on a GPX/TCX file, keys in the order of
/// docs/inspect-json.md (GPX part).
func gpxInspection(data: Data) -> GPXInspection {
    GPXInspection(data: data)
}

/// What `runramp inspect` reports for a GPX or TCX file: ordered JSON, or lines for a person.
struct GPXInspection {
    /// The document, when the file could be read at all.
    let document: GPXDocument?
    /// Why the file could not be read, or its first schema issue.
    let error: GPXError?
    let format: GPXDocument.Format

    init(data: Data) {
        do {
            let document = try GPXReader.read(data)
            self.document = document
            self.error = document.issues.first
            self.format = document.format
        } catch {
            self.document = nil
            self.error = error
            let head = String(decoding: data.prefix(2048), as: UTF8.self)
            self.format = head.contains("TrainingCenterDatabase") ? .tcx : .gpx
        }
    }

    /// True when nothing could be read from the file.
    var isUnreadable: Bool { document == nil }

    var json: OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("schema", .string(JSONSchema.inspect.identifier)),
            ("format", .string(format.rawValue)),
            ("valid", .bool(error == nil)),
            ("error", error.map { .string($0.description) } ?? .null),
        ]
        let keys = [
            "version", "creator", "tracks", "segments", "track_points", "routes", "route_points", "waypoints",
            "first_point_time", "last_point_time", "first_point", "length_2d", "points_with_heart_rate",
        ]
        guard let document else {
            return .object(members + keys.map { ($0, OrderedJSON.null) })
        }
        let summary = GPXSummary(document)
        func time(_ date: Date?) -> OrderedJSON { date.map { .string(ISO8601Time.string(from: $0)) } ?? .null }
        members += [
            ("version", document.version.map { .string($0) } ?? .null),
            ("creator", document.creator.map { .string($0) } ?? .null),
            ("tracks", .int(summary.tracks)),
            ("segments", .int(summary.segments)),
            ("track_points", .int(summary.trackPoints)),
            ("routes", .int(summary.routes)),
            ("route_points", .int(summary.routePoints)),
            ("waypoints", .int(summary.waypoints)),
            ("first_point_time", time(summary.firstPointTime)),
            ("last_point_time", time(summary.lastPointTime)),
            (
                "first_point",
                summary.firstPoint.map { point in
                    .object([
                        ("lat", .number(point.latitude)), ("lon", .number(point.longitude)),
                        ("ele", .number(point.elevation)),
                    ])
                } ?? .null
            ),
            ("length_2d", .number(summary.length2DMeters)),
            ("points_with_heart_rate", .int(summary.pointsWithHeartRate)),
        ]
        return .object(members)
    }

    /// A few lines for a person.
    var text: String {
        guard let document else {
            return "\(format.rawValue.uppercased()): unreadable: \(error?.description ?? "unknown error")"
        }
        let summary = GPXSummary(document)
        var lines: [String] = []
        var title = document.format == .tcx ? "TCX" : "GPX \(document.version ?? "(no version)")"
        if let creator = document.creator { title += " by \(TerminalText.oneLine(creator))" }
        if let name = document.name { title += ": \(TerminalText.oneLine(name))" }
        lines.append(title)
        if let error { lines.append("not valid: \(error)") }
        lines.append(
            "tracks \(summary.tracks), \(document.format == .tcx ? "laps" : "segments") \(summary.segments), "
                + "track points \(summary.trackPoints) (\(summary.pointsWithHeartRate) with heart rate)")
        lines.append("routes \(summary.routes) (\(summary.routePoints) points), waypoints \(summary.waypoints)")
        if let first = summary.firstPointTime { lines.append("first point time: \(ISO8601Time.string(from: first))") }
        if let last = summary.lastPointTime { lines.append("last point time:  \(ISO8601Time.string(from: last))") }
        if let point = summary.firstPoint, let latitude = point.latitude, let longitude = point.longitude {
            var position = "first position: \(latitude), \(longitude)"
            if let elevation = point.elevation { position += " at \(elevation) m" }
            lines.append(position)
        }
        lines.append("length (2D): " + String(format: "%.2f km", summary.length2DMeters / 1000))
        return lines.joined(separator: "\n")
    }
}

/// Reads GPX or TCX bytes into the format-independent `Inspection` the inspect command prints.
func inspectGPX(_ data: Data) -> Inspection {
    let inspection = gpxInspection(data: data)
    return Inspection(
        json: inspection.json.rendered(),
        summary: inspection.text,
        error: inspection.error.map(ImportError.Reason.gpx),
        decodedAnything: !inspection.isUnreadable
    )
}
