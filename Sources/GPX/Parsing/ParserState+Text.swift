internal import Foundation

/// Which elements' text is wanted, and what it becomes.
extension ParserState {
    func textTarget(for name: ElementName, parent: ElementName, grandparent: ElementName) -> TextTarget {
        let inPoint = pointOwner != .none
        switch name {
        case .extensionHeartRate: return inPoint ? .pointHeartRate : .none
        case .extensionCadence: return inPoint ? .pointCadence : .none
        case .extensionTemperature: return inPoint ? .pointTemperature : .none
        case .extensionSpeed: return inPoint ? .pointSpeed : .none
        case .name:
            switch parent {
            case .metadata where grandparent == .gpx: return .documentName
            case .gpx: return .documentName
            case .trk: return trackDepth != 0 ? .trackName : .none
            case .rte, .course: return routeDepth != 0 ? .routeName : .none
            default: return .none
            }
        case .time:
            switch parent {
            case .metadata where grandparent == .gpx: return .documentTime
            case .gpx: return .documentTime
            case .trkpt, .rtept, .wpt, .trackpoint: return inPoint ? .pointTime : .none
            default: return .none
            }
        case .type: return parent == .trk && trackDepth != 0 ? .trackType : .none
        case .ele: return inPoint && isPointElement(parent) ? .pointElevation : .none
        case .fix: return inPoint && isPointElement(parent) ? .pointFix : .none
        case .speed: return inPoint && isPointElement(parent) ? .pointSpeed : .none
        case .altitudeMeters: return inPoint && parent == .trackpoint ? .pointElevation : .none
        case .distanceMeters:
            if parent == .trackpoint { return inPoint ? .pointDistance : .none }
            return parent == .lap && segmentDepth != 0 ? .lapDistance : .none
        case .latitudeDegrees:
            return inPoint && parent == .position && grandparent == .trackpoint ? .pointLatitude : .none
        case .longitudeDegrees:
            return inPoint && parent == .position && grandparent == .trackpoint ? .pointLongitude : .none
        case .value: return inPoint && parent == .heartRateBpm && grandparent == .trackpoint ? .pointHeartRate : .none
        case .cadence: return inPoint && parent == .trackpoint ? .pointCadence : .none
        case .totalTimeSeconds: return parent == .lap && segmentDepth != 0 ? .lapTotalTime : .none
        default: return .none
        }
    }

    @inline(__always)
    private func isPointElement(_ name: ElementName) -> Bool {
        name == .trkpt || name == .rtept || name == .wpt
    }

    /// Stores the collected text of the element that just ended.
    mutating func finishText() {
        let buffer = UnsafeBufferPointer(
            start: text, count: textOverflowed ? Self.wholeCharacters(text, textCount) : textCount)
        do {
            switch capture {
            case .none: break
            case .documentName: document.name = Self.string(buffer)
            case .documentTime: document.time = time(buffer, element: "time")
            case .trackName: track.name = Self.string(buffer)
            case .trackType: track.type = Self.string(buffer)
            case .routeName: route.name = Self.string(buffer)
            case .pointElevation: point.elevation = number(buffer, element: "ele", expected: "metres")
            case .pointTime:
                let stamp = timeStamp(buffer, element: "time")
                point.time = stamp?.date
                point.utcOffsetSeconds = stamp?.utcOffsetSeconds
            case .pointHeartRate: point.heartRate = number(buffer, element: "hr", expected: "beats per minute")
            case .pointCadence: point.cadence = number(buffer, element: "cad", expected: "a cadence")
            case .pointTemperature: point.temperature = number(buffer, element: "atemp", expected: "°C")
            case .pointSpeed: point.speed = number(buffer, element: "speed", expected: "metres per second")
            case .pointDistance: point.distanceMeters = number(buffer, element: "DistanceMeters", expected: "metres")
            case .pointLatitude: point.latitude = number(buffer, element: "LatitudeDegrees", expected: "degrees")
            case .pointLongitude: point.longitude = number(buffer, element: "LongitudeDegrees", expected: "degrees")
            case .pointFix: checkFix(buffer)
            case .lapTotalTime:
                segment.lapTotalTimeSeconds = number(buffer, element: "TotalTimeSeconds", expected: "seconds")
            case .lapDistance: segment.lapDistanceMeters = number(buffer, element: "DistanceMeters", expected: "metres")
            }
        }
    }

    /// The number the bytes spell; nil for empty text, and an issue (nil) for anything else that is not a number.
    mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, element: String, expected: String) -> Double? {
        if textOverflowed {
            addIssue(
                .invalidValue(
                    element: element, value: Self.excerpt(bytes), expected: expected + " (not 64 KiB of text)"))
            return nil
        }
        if let value = DecimalParser.parse(bytes) { return value }
        if !Self.isBlank(bytes) {
            addIssue(.invalidValue(element: element, value: Self.excerpt(bytes), expected: expected))
        }
        return nil
    }

    mutating func time(_ bytes: UnsafeBufferPointer<UInt8>, element: String) -> Date? {
        timeStamp(bytes, element: element)?.date
    }

    /// As `time`, with the UTC offset the time was written with.
    mutating func timeStamp(_ bytes: UnsafeBufferPointer<UInt8>, element: String) -> (
        date: Date, utcOffsetSeconds: Int?
    )? {
        if textOverflowed {
            addIssue(
                .invalidValue(
                    element: element, value: Self.excerpt(bytes), expected: "an ISO 8601 time (not 64 KiB of text)"))
            return nil
        }
        if let value = ISO8601Time.parseStamp(bytes) { return value }
        if !Self.isBlank(bytes) {
            addIssue(.invalidValue(element: element, value: Self.excerpt(bytes), expected: "an ISO 8601 time"))
        }
        return nil
    }

    /// GPX's fixType enumeration (gpxpy rejects a file with any other value, so inspect reports it).
    /// An empty `<fix></fix>` says nothing: absent, not an error.
    private mutating func checkFix(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let value = Self.string(bytes) else { return }
        if !["none", "2d", "3d", "dgps", "pps"].contains(value) {
            addIssue(.invalidValue(element: "fix", value: Self.excerpt(bytes), expected: "none, 2d, 3d, dgps or pps"))
        }
    }

    /// How many of the `count` bytes at `start` end on a whole UTF-8 character: text cut at the
    /// limit may end inside one, which would otherwise decode as U+FFFD.
    static func wholeCharacters(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var lead = count - 1
        while lead > 0, count - lead < 4, start[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= 0 else { return count }
        let byte = start[lead]
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        return lead + length <= count ? count : lead
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The value as quoted in a message: at most 40 characters, and control characters (a line
    /// break would forge a line of output, C1 and bidi controls would steer the terminal) written
    /// as escapes such as `\n` or `\u{9B}`.
    static func excerpt(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let cut = text.count > 40 ? String(text.prefix(40)) + "…" : text
        var result = ""
        for scalar in cut.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _
            where scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
                || scalar == "\u{2028}" || scalar == "\u{2029}":
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
