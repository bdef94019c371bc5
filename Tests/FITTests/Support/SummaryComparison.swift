import FIT
import Foundation

/// An inspect-json object as written by shared/corpus/tools/fit_oracle.py.
struct ExpectedSummary: Decodable {
    /// A profile name or a number (the JSON may hold either).
    enum Label: Decodable, Equatable {
        case name(String)
        case number(Double)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let s = try? container.decode(String.self) {
                self = .name(s)
            } else {
                self = .number(try container.decode(Double.self))
            }
        }
    }

    struct Session: Decodable {
        var sport: Label?
        var sub_sport: Label?
        var start_time: String?
        var total_elapsed_time: Double?
        var total_timer_time: Double?
        var total_distance: Double?
        var avg_heart_rate: Double?
        var max_heart_rate: Double?
    }

    struct Position: Decodable {
        var lat: Double
        var lon: Double
    }

    var valid: Bool
    var error: String?
    var file_type: Label?
    var manufacturer: Label?
    var product: Label?
    var sessions: [Session]
    var laps: Int
    var records: Int
    var records_with_heart_rate: Int
    var first_record_time: String?
    var last_record_time: String?
    var first_position: Position?
    var developer_fields: Int
}

/// Compares a `FITSummary` with an expected summary the way shared/corpus/tools/compare.py does:
/// counts, names and times exact, floats within 1e-6 relative, positions within 1e-7 degrees.
struct SummaryComparison {
    private(set) var differences: [String] = []

    init(expected e: ExpectedSummary, actual a: FITSummary) {
        check("valid", e.valid == a.isValid, e.valid, a.isValid)
        checkIdentity(expected: e, actual: a)
        check("sessions.count", e.sessions.count == a.sessions.count, e.sessions.count, a.sessions.count)
        for (i, (es, s)) in zip(e.sessions, a.sessions).enumerated() {
            label("sessions[\(i)].sport", es.sport, s.sport)
            label("sessions[\(i)].sub_sport", es.sub_sport, s.subSport)
            time("sessions[\(i)].start_time", es.start_time, s.startTime)
            number("sessions[\(i)].total_elapsed_time", es.total_elapsed_time, s.totalElapsedTime)
            number("sessions[\(i)].total_timer_time", es.total_timer_time, s.totalTimerTime)
            number("sessions[\(i)].total_distance", es.total_distance, s.totalDistance)
            number("sessions[\(i)].avg_heart_rate", es.avg_heart_rate, s.averageHeartRate)
            number("sessions[\(i)].max_heart_rate", es.max_heart_rate, s.maximumHeartRate)
        }
        check("laps", e.laps == a.laps, e.laps, a.laps)
        check("records", e.records == a.records, e.records, a.records)
        check(
            "records_with_heart_rate", e.records_with_heart_rate == a.recordsWithHeartRate, e.records_with_heart_rate,
            a.recordsWithHeartRate)
        time("first_record_time", e.first_record_time, a.firstRecordTime)
        time("last_record_time", e.last_record_time, a.lastRecordTime)
        switch (e.first_position, a.firstPosition) {
        case (nil, nil): break
        case (let p?, let q?):
            check("first_position", abs(p.lat - q.latitude) <= 1e-7 && abs(p.lon - q.longitude) <= 1e-7, p, q)
        default:
            differences.append(
                "first_position: expected \(String(describing: e.first_position)), got \(String(describing: a.firstPosition))"
            )
        }
        check("developer_fields", e.developer_fields == a.developerFields, e.developer_fields, a.developerFields)
    }

    /// Only file_type, manufacturer and product.
    init(identityOf e: ExpectedSummary, actual a: FITSummary) {
        checkIdentity(expected: e, actual: a)
    }

    private mutating func checkIdentity(expected e: ExpectedSummary, actual a: FITSummary) {
        label("file_type", e.file_type, a.fileType)
        label("manufacturer", e.manufacturer, a.manufacturer)
        // compare.py accepts a product number where the SDK has a name, and the reverse.
        switch (e.product, a.product) {
        case (.name?, .number?), (.number?, .name?): break
        default: label("product", e.product, a.product)
        }
    }

    private mutating func check(_ path: String, _ ok: Bool, _ expected: Any, _ actual: Any) {
        if !ok { differences.append("\(path): expected \(expected), got \(actual)") }
    }

    private mutating func label(_ path: String, _ e: ExpectedSummary.Label?, _ a: FITLabel?) {
        let converted: ExpectedSummary.Label? =
            switch a {
            case .name(let s)?: .name(s)
            case .number(let n)?: .number(Double(n))
            case nil: nil
            }
        check(path, e == converted, String(describing: e), String(describing: a))
    }

    private mutating func number(_ path: String, _ e: Double?, _ a: Double?) {
        switch (e, a) {
        case (nil, nil): break
        case (let x?, let y?): check(path, abs(x - y) <= 1e-6 * max(abs(x), 1e-9), x, y)
        default: differences.append("\(path): expected \(String(describing: e)), got \(String(describing: a))")
        }
    }

    private mutating func time(_ path: String, _ e: String?, _ fitSeconds: Double?) {
        check(path, e == fitSeconds.map(Self.iso), String(describing: e), String(describing: fitSeconds.map(Self.iso)))
    }

    static func iso(_ fitSeconds: Double) -> String {
        let formatter = ISO8601DateFormatter()
        if fitSeconds != fitSeconds.rounded() {
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        }
        return formatter.string(from: Date(timeIntervalSince1970: fitSeconds + FITEpoch.unixOffset))
    }
}
