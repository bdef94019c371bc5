import FIT
import Foundation
import Render
import RunImport
import RunModel

/// Decodes FIT bytes and builds the inspect JSON and summary (FIT part of docs/inspect-json.md).
func inspectFIT(_ bytes: [UInt8]) -> Inspection {
    let summary = FITSummary(bytes: bytes)
    let workout = summary.fileType == .name("workout") ? FITWorkoutInspection.workout(bytes) : nil
    return Inspection(
        json: fitInspectionJSON(summary, workout: workout),
        summary: ([fitInspectionSummary(summary)] + (workout.map(FITWorkoutInspection.summaryLines) ?? []))
            .joined(separator: "\n"),
        error: summary.error.map(ImportError.Reason.fit),
        decodedAnything: summary.messageCount > 0 || summary.error == nil
    )
}

/// The inspect JSON object, keys in the documented order.
func fitInspectionJSON(_ s: FITSummary, workout: FITWorkoutFile? = nil) -> String {
    let sessions: [OrderedJSON] = s.sessions.map { session in
        .object([
            ("sport", label(session.sport)),
            ("sub_sport", label(session.subSport)),
            ("start_time", time(session.startTime)),
            ("total_elapsed_time", .number(session.totalElapsedTime)),
            ("total_timer_time", .number(session.totalTimerTime)),
            ("total_distance", .number(session.totalDistance)),
            ("avg_heart_rate", .wholeNumber(session.averageHeartRate)),
            ("max_heart_rate", .wholeNumber(session.maximumHeartRate)),
        ])
    }
    let firstPosition: OrderedJSON =
        s.firstPosition.map { position in
            .object([("lat", .number(position.latitude)), ("lon", .number(position.longitude))])
        } ?? .null
    let report: OrderedJSON = .object([
        ("schema", .string(JSONSchema.inspect.identifier)),
        ("format", .string("fit")),
        ("valid", .bool(s.isValid)),
        ("error", s.error.map { .string($0.description) } ?? .null),
        ("file_type", label(s.fileType)),
        ("manufacturer", label(s.manufacturer)),
        ("product", label(s.product)),
        ("sessions", .array(sessions)),
        ("laps", .int(s.laps)),
        ("records", .int(s.records)),
        ("records_with_heart_rate", .int(s.recordsWithHeartRate)),
        ("first_record_time", time(s.firstRecordTime)),
        ("last_record_time", time(s.lastRecordTime)),
        ("first_position", firstPosition),
        ("developer_fields", .int(s.developerFields)),
        ("workout", FITWorkoutInspection.json(workout)),
    ])
    return report.rendered()
}

/// A few readable lines for a terminal.
func fitInspectionSummary(_ s: FITSummary) -> String {
    var lines: [String] = []
    lines.append(
        "FIT \(s.fileType?.description ?? "file")" + (s.isValid ? "" : " (damaged: \(s.error?.description ?? ""))"))
    lines.append("device: \(s.manufacturer?.description ?? "unknown") \(s.product?.description ?? "")")
    for (i, session) in s.sessions.enumerated() {
        var parts = ["session \(i + 1): \(session.sport?.description ?? "unknown sport")"]
        if let sub = session.subSport { parts[0] += " (\(sub))" }
        if let start = session.startTime { parts.append("started \(ISOTime.string(fitSeconds: start))") }
        if let d = session.totalDistance { parts.append(String(format: "%.2f km", d / 1000)) }
        if let t = session.totalTimerTime, abs(t) < 1e12 { parts.append(DurationText.clock(t)) }
        if let hr = session.averageHeartRate { parts.append("avg HR \(OrderedJSON.wholeNumber(hr).rendered())") }
        lines.append(parts.joined(separator: ", "))
    }
    lines.append("laps: \(s.laps), records: \(s.records) (\(s.recordsWithHeartRate) with heart rate)")
    if let first = s.firstRecordTime, let last = s.lastRecordTime {
        lines.append("records from \(ISOTime.string(fitSeconds: first)) to \(ISOTime.string(fitSeconds: last))")
    }
    if let p = s.firstPosition {
        lines.append(String(format: "first position: %.7f, %.7f", p.latitude, p.longitude))
    }
    if s.developerFields > 0 { lines.append("developer fields: \(s.developerFields)") }
    return lines.joined(separator: "\n")
}

private func label(_ label: FITLabel?) -> OrderedJSON {
    switch label {
    case .name(let name)?: .string(name)
    case .number(let n)?: .int(Int(n))
    case nil: .null
    }
}

private func time(_ fitSeconds: Double?) -> OrderedJSON {
    fitSeconds.map { .string(ISOTime.string(fitSeconds: $0)) } ?? .null
}
