import FIT
import Foundation
import RunModel

/// Decodes FIT bytes and builds the inspect JSON and summary (FIT part of design/inspect-json.md).
func inspectFIT(_ bytes: [UInt8]) -> Inspection {
    let file = FITDecoder.decode(bytes)
    let summary = FITSummary(file)
    return Inspection(
        json: fitInspectionJSON(summary),
        summary: fitInspectionSummary(summary),
        error: summary.error?.description,
        decodedAnything: summary.messageCount > 0 || summary.error == nil
    )
}

/// The inspect JSON object, keys in the documented order.
func fitInspectionJSON(_ s: FITSummary) -> String {
    var json = JSONObjectWriter()
    json.add("format", .string("fit"))
    json.add("valid", .bool(s.isValid))
    json.add("error", s.error.map { .string($0.description) } ?? .null)
    json.add("file_type", label(s.fileType))
    json.add("manufacturer", label(s.manufacturer))
    json.add("product", label(s.product))
    json.add(
        "sessions",
        .raw(
            "["
                + s.sessions.map { session in
                    var o = JSONObjectWriter()
                    o.add("sport", label(session.sport))
                    o.add("sub_sport", label(session.subSport))
                    o.add("start_time", time(session.startTime))
                    o.add("total_elapsed_time", .number(session.totalElapsedTime))
                    o.add("total_timer_time", .number(session.totalTimerTime))
                    o.add("total_distance", .number(session.totalDistance))
                    o.add("avg_heart_rate", .integer(session.averageHeartRate))
                    o.add("max_heart_rate", .integer(session.maximumHeartRate))
                    return o.text(indent: nil)
                }.joined(separator: ", ") + "]"))
    json.add("laps", .integer(Double(s.laps)))
    json.add("records", .integer(Double(s.records)))
    json.add("records_with_heart_rate", .integer(Double(s.recordsWithHeartRate)))
    json.add("first_record_time", time(s.firstRecordTime))
    json.add("last_record_time", time(s.lastRecordTime))
    if let position = s.firstPosition {
        var o = JSONObjectWriter()
        o.add("lat", .number(position.latitude))
        o.add("lon", .number(position.longitude))
        json.add("first_position", .raw(o.text(indent: nil)))
    } else {
        json.add("first_position", .null)
    }
    json.add("developer_fields", .integer(Double(s.developerFields)))
    return json.text(indent: "  ")
}

/// A few readable lines for a terminal.
func fitInspectionSummary(_ s: FITSummary) -> String {
    var lines: [String] = []
    lines.append("FIT \(s.fileType?.description ?? "file")" + (s.isValid ? "" : " (damaged: \(s.error?.description ?? ""))"))
    lines.append("device: \(s.manufacturer?.description ?? "unknown") \(s.product?.description ?? "")")
    for (i, session) in s.sessions.enumerated() {
        var parts = ["session \(i + 1): \(session.sport?.description ?? "unknown sport")"]
        if let sub = session.subSport { parts[0] += " (\(sub))" }
        if let start = session.startTime { parts.append("started \(ISOTime.string(fitSeconds: start))") }
        if let d = session.totalDistance { parts.append(String(format: "%.2f km", d / 1000)) }
        if let t = session.totalTimerTime, abs(t) < 1e12 { parts.append(DurationText.clock(t)) }
        if let hr = session.averageHeartRate { parts.append("avg HR \(JSONValue.integer(hr).text)") }
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

private func label(_ label: FITLabel?) -> JSONValue {
    switch label {
    case .name(let name)?: .string(name)
    case .number(let n)?: .integer(Double(n))
    case nil: .null
    }
}

private func time(_ fitSeconds: Double?) -> JSONValue {
    fitSeconds.map { .string(ISOTime.string(fitSeconds: $0)) } ?? .null
}
