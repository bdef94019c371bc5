internal import CLibXML2
internal import Foundation

/// Everything one parse accumulates, reached from the SAX callbacks through libxml2's user-data
/// pointer. One instance per parse and never shared, so parses on several threads are independent.
///
/// A struct behind an `UnsafeMutablePointer` owned by `GPXReader.read` (not a class): the
/// callbacks then pay no reference counting or dynamic exclusivity checks, which the benchmark
/// showed cost a third of the parse. The element stack and text buffer are fixed allocations for
/// the same reason; `releaseBuffers()` frees them.
struct ParserState {
    /// Deeper than any GPX or TCX file nests (they stay under 10); libxml2's own limit is 256.
    static let nestingLimit = 128
    /// At most this many bytes of one element's text are kept (names, numbers, times are short): a
    /// longer name keeps its first 64 KiB (the import bounds it further), a longer number is an issue.
    static let textLimit = 64 * 1024
    /// At most this many non-fatal issues are kept.
    static let issueLimit = 100

    let tables = ElementName.Tables()
    var context: xmlParserCtxtPtr?
    /// Lines before the XML declaration that were not handed to libxml2 (see XMLDeclarationStart).
    var skippedLines = 0

    var document = GPXDocument(format: .gpx)
    var isRootSeen = false
    var track = GPXTrack()
    var trackDepth = 0
    var segment = GPXSegment()
    var segmentDepth = 0
    var route = GPXRoute()
    var routeDepth = 0
    var point = GPXPoint()
    var pointOwner = PointOwner.none
    var pointDepth = 0

    /// Open elements, outermost first (`depth` of them, at most `nestingLimit`).
    let stack: UnsafeMutablePointer<ElementName>
    var depth = 0
    var extensionDepth = 0
    var capture = TextTarget.none
    var captureDepth = 0
    /// Text of the element being captured (`textCount` bytes, at most `textLimit`).
    let text: UnsafeMutablePointer<UInt8>
    var textCount = 0
    /// True when the element's text was longer than `textLimit` (only its start is in `text`).
    var textOverflowed = false

    /// Why this reader stopped the parse (refused entity, too deep, not GPX).
    var failure: GPXError?
    /// `failure != nil`, as a plain flag the callbacks test cheaply.
    var isStopped = false
    var firstFatalError: GPXError?
    var firstError: GPXError?
    var issues: [GPXError] = []

    init() {
        stack = .allocate(capacity: Self.nestingLimit + 1)
        text = .allocate(capacity: Self.textLimit)
    }

    func releaseBuffers() {
        stack.deallocate()
        text.deallocate()
    }

    @inline(__always)
    static func from(_ pointer: UnsafeMutableRawPointer) -> UnsafeMutablePointer<ParserState> {
        pointer.assumingMemoryBound(to: ParserState.self)
    }

    // MARK: Elements

    mutating func startElement(
        _ localName: UnsafePointer<UInt8>, attributeCount: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        guard !isStopped else { return }
        if depth == 0 {
            startRoot(localName, attributeCount: attributeCount, attributes: attributes)
            return
        }
        guard depth < Self.nestingLimit else {
            fail(.nestingTooDeep(limit: Self.nestingLimit))
            return
        }
        let parent = stack[depth - 1]
        let grandparent = depth >= 2 ? stack[depth - 2] : ElementName.other
        var name = ElementName.other
        if extensionDepth > 0 {
            if let key = ElementName.key(localName, foldingCase: true) { name = tables.extensions.lookup(key) }
        } else if let key = ElementName.key(localName, foldingCase: false) {
            name = tables.structure.lookup(key)
        }
        stack[depth] = name
        depth += 1
        let elementDepth = depth

        switch name {
        case .extensions:
            extensionDepth += 1
        case .trk where trackDepth == 0 && document.format == .gpx:
            track = GPXTrack()
            trackDepth = elementDepth
        case .activity where trackDepth == 0 && document.format == .tcx:
            track = GPXTrack(type: attributeText("Sport", attributeCount, attributes))
            trackDepth = elementDepth
        case .trkseg where trackDepth != 0 && segmentDepth == 0:
            segment = GPXSegment()
            segmentDepth = elementDepth
        case .lap where trackDepth != 0 && segmentDepth == 0:
            segment = GPXSegment(lapStart: attributeTime("StartTime", attributeCount, attributes))
            segmentDepth = elementDepth
        case .rte where routeDepth == 0 && document.format == .gpx,
            .course where routeDepth == 0 && document.format == .tcx:
            route = GPXRoute()
            routeDepth = elementDepth
        case .trkpt where segmentDepth != 0 && pointDepth == 0:
            beginPoint(.segment, depth: elementDepth, attributeCount, attributes)
        case .rtept where routeDepth != 0 && pointDepth == 0:
            beginPoint(.route, depth: elementDepth, attributeCount, attributes)
        case .wpt where parent == .gpx && pointDepth == 0:
            beginPoint(.waypoints, depth: elementDepth, attributeCount, attributes)
        case .trackpoint where pointDepth == 0 && (segmentDepth != 0 || routeDepth != 0):
            point = GPXPoint()
            pointOwner = segmentDepth != 0 ? .segment : .route
            pointDepth = elementDepth
        default:
            break
        }

        let target = textTarget(for: name, parent: parent, grandparent: grandparent)
        if target != .none {
            capture = target
            captureDepth = elementDepth
            textCount = 0
            textOverflowed = false
        }
    }

    mutating func endElement() {
        guard !isStopped, depth > 0 else { return }
        let name = stack[depth - 1]
        defer { depth -= 1 }
        if capture != .none, depth == captureDepth {
            finishText()
            capture = .none
            textOverflowed = false
        }
        switch name {
        case .extensions:
            extensionDepth -= 1
        case .trkpt, .rtept, .wpt, .trackpoint:
            if depth == pointDepth { endPoint() }
        case .trkseg, .lap:
            if depth == segmentDepth {
                track.segments.append(segment)
                segment = GPXSegment()
                segmentDepth = 0
            }
        case .trk, .activity:
            if depth == trackDepth {
                document.tracks.append(track)
                track = GPXTrack()
                trackDepth = 0
            }
        case .rte, .course:
            if depth == routeDepth {
                document.routes.append(route)
                route = GPXRoute()
                routeDepth = 0
            }
        default:
            break
        }
    }

    @inline(__always)
    mutating func characters(_ bytes: UnsafePointer<UInt8>, count: Int) {
        guard capture != .none, depth == captureDepth, count > 0 else { return }
        // What fits is kept: a chunk past the limit must not wipe out the text (a name of 100,000
        // characters arrives in chunks of any size).
        let kept = min(count, Self.textLimit - textCount)
        if kept < count { textOverflowed = true }
        guard kept > 0 else { return }
        (text + textCount).update(from: bytes, count: kept)
        textCount += kept
    }

    private mutating func startRoot(
        _ localName: UnsafePointer<UInt8>, attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        isRootSeen = true
        let name = String(
            decoding: UnsafeBufferPointer(start: localName, count: min(strlen(localName), 64)), as: UTF8.self)
        if name.lowercased() == "gpx" {
            document.format = .gpx
            document.version = attributeText("version", attributeCount, attributes)
            document.creator = attributeText("creator", attributeCount, attributes)
            stack[0] = .gpx
            depth = 1
        } else if name == "TrainingCenterDatabase" {
            document.format = .tcx
            stack[0] = .trainingCenterDatabase
            depth = 1
        } else {
            fail(.notGPX(rootElement: name))
        }
    }

    private mutating func beginPoint(
        _ owner: PointOwner, depth: Int, _ attributeCount: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        point = GPXPoint()
        pointOwner = owner
        pointDepth = depth
        var hasLatitude = false
        var hasLongitude = false
        guard let attributes else { return reportMissingPosition(hasLatitude, hasLongitude) }
        for index in 0..<attributeCount {
            guard let attributeName = attributes[index * 5], let start = attributes[index * 5 + 3],
                let end = attributes[index * 5 + 4]
            else { continue }
            let value = UnsafeBufferPointer(start: start, count: max(0, end - start))
            if Self.equals(attributeName, "lat") {
                hasLatitude = true
                point.latitude = number(value, element: "lat", expected: "a latitude in degrees")
            } else if Self.equals(attributeName, "lon") {
                hasLongitude = true
                point.longitude = number(value, element: "lon", expected: "a longitude in degrees")
            }
        }
        reportMissingPosition(hasLatitude, hasLongitude)
    }

    private mutating func reportMissingPosition(_ hasLatitude: Bool, _ hasLongitude: Bool) {
        let element = pointOwner == .waypoints ? "wpt" : pointOwner == .route ? "rtept" : "trkpt"
        if !hasLatitude { addIssue(.missingAttribute(element: element, attribute: "lat")) }
        if !hasLongitude { addIssue(.missingAttribute(element: element, attribute: "lon")) }
    }

    private mutating func endPoint() {
        switch pointOwner {
        case .segment: segment.points.append(point)
        case .route: route.points.append(point)
        case .waypoints: document.waypoints.append(point)
        case .none: break
        }
        pointOwner = .none
        pointDepth = 0
    }

    // MARK: Attributes

    /// True when the NUL-terminated name equals the literal.
    @inline(__always)
    static func equals(_ name: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0..<count where name[index] != bytes[index] { return false }
        return name[count] == 0
    }

    private func attributeValue(
        _ wanted: StaticString, _ attributeCount: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes else { return nil }
        for index in 0..<attributeCount {
            guard let attributeName = attributes[index * 5], Self.equals(attributeName, wanted),
                let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4]
            else { continue }
            return UnsafeBufferPointer(start: start, count: max(0, end - start))
        }
        return nil
    }

    private func attributeText(
        _ wanted: StaticString, _ attributeCount: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) -> String? {
        attributeValue(wanted, attributeCount, attributes).map { String(decoding: $0, as: UTF8.self) }
    }

    private mutating func attributeTime(
        _ wanted: StaticString, _ attributeCount: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) -> Date? {
        guard let value = attributeValue(wanted, attributeCount, attributes) else { return nil }
        return time(value, element: "\(wanted)")
    }
}
