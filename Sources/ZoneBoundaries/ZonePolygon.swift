/// One polygon of a zone: an outline and its holes, in the table's units (1/unitsPerDegree degree).
struct ZonePolygon: Sendable {
    /// Index into the table's zone names.
    var zone: Int
    /// Bounding box of the outline: longitude and latitude, minimum and maximum.
    var minLongitude, minLatitude, maxLongitude, maxLatitude: Int32
    /// Rings as interleaved longitude, latitude pairs; the first is the outline, the rest holes.
    var rings: [[Int32]]

    func boxContains(longitude: Int32, latitude: Int32) -> Bool {
        longitude >= minLongitude && longitude <= maxLongitude && latitude >= minLatitude && latitude <= maxLatitude
    }

    /// Even-odd rule over all rings: inside the outline and not in a hole.
    func contains(longitude: Int32, latitude: Int32) -> Bool {
        var inside = false
        let x = Int64(longitude)
        let y = Int64(latitude)
        for ring in rings {
            let count = ring.count / 2
            var j = count - 1
            for i in 0..<count {
                let xi = Int64(ring[2 * i])
                let yi = Int64(ring[2 * i + 1])
                let xj = Int64(ring[2 * j])
                let yj = Int64(ring[2 * j + 1])
                if (yi > y) != (yj > y) {
                    // x < xi + (y - yi) * (xj - xi) / (yj - yi), multiplied out with the sign of (yj - yi).
                    let lhs = (x - xi) * (yj - yi)
                    let rhs = (y - yi) * (xj - xi)
                    if yj > yi ? lhs < rhs : lhs > rhs { inside.toggle() }
                }
                j = i
            }
        }
        return inside
    }
}
