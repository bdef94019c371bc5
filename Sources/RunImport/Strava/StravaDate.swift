import Foundation

/// Reads the `Activity Date` of Strava's activities.csv: UTC, "Aug 20, 2026, 1:15:23 PM" (English
/// month abbreviations) or, in older exports, "2019-04-06 07:12:34".
enum StravaDate {
    static func parse(_ raw: String) -> Date? {
        // Newer date formatting puts a no-break space before "PM".
        let text = raw.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        for pattern in ["MMM d, yyyy, h:mm:ss a", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
