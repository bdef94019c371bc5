import Foundation

/// Reading and writing durations the way runners write them: "31:20", "1:02:03", "45min", "90s".
public enum DurationText {
    /// Seconds in "h:mm:ss", "mm:ss", "ss", "45min", "1h30m", "90s"; nil for anything else.
    public static func seconds(parsing text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty else { return nil }
        if trimmed.contains(":") {
            let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 3, let seconds = Double(parts[parts.count - 1]), seconds >= 0,
                seconds < 60 || parts.count == 1
            else { return nil }
            var total = seconds
            var scale = 60.0
            for part in parts.dropLast().reversed() {
                guard let value = Int(part), value >= 0 else { return nil }
                total += Double(value) * scale
                scale *= 60
            }
            if parts.count == 3, let minutes = Int(parts[1]), minutes >= 60 { return nil }
            return total
        }
        if let plain = Double(trimmed) { return plain >= 0 && plain.isFinite ? plain : nil }
        // Unit form: 1h30m, 45min, 90s.
        var total = 0.0
        var number = ""
        var unit = ""
        var sawAny = false
        func flush() -> Bool {
            guard let value = Double(number), value >= 0 else { return false }
            switch unit {
            case "h", "hr", "hrs", "hour", "hours": total += value * 3_600
            case "m", "min", "mins", "minute", "minutes": total += value * 60
            case "s", "sec", "secs", "second", "seconds": total += value
            default: return false
            }
            number = ""
            unit = ""
            sawAny = true
            return true
        }
        for character in trimmed where character != " " {
            if character.isNumber || character == "." {
                if !unit.isEmpty { guard flush() else { return nil } }
                number.append(character)
            } else {
                unit.append(character)
            }
        }
        guard flush(), sawAny else { return nil }
        return total
    }

    /// "1:02:03" for an hour or more, else "31:20" (seconds rounded).
    public static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "–" }
        let total = Int(saturating: seconds.rounded())
        let h = total / 3_600
        let m = total / 60 % 60
        let s = total % 60
        return h > 0 ? "\(h):\(twoDigits(m)):\(twoDigits(s))" : "\(m):\(twoDigits(s))"
    }

    /// Pace as "5:12 /km" for a distance covered in `seconds`; "–" when it cannot be computed.
    public static func pace(seconds: Double, meters: Double, unit: DistanceUnit) -> String {
        guard meters > 0, seconds > 0, seconds.isFinite else { return "–" }
        let perUnit = seconds / (meters / unit.meters)
        guard perUnit < 100 * 60 else { return "–" }
        return "\(clock(perUnit)) /\(unit.symbol)"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
