/// What the text of the element being captured becomes when the element ends.
///
/// Only these elements' text is collected; all other character data is skipped without copying.
enum TextTarget: UInt8 {
    case none
    case documentName, documentTime
    case trackName, trackType, routeName
    case pointElevation, pointTime, pointHeartRate, pointCadence, pointTemperature, pointSpeed
    case pointDistance, pointLatitude, pointLongitude, pointFix
    case lapTotalTime, lapDistance
}

/// Where the point being read goes when its element ends.
enum PointOwner: UInt8 {
    case none, segment, route, waypoints
}
